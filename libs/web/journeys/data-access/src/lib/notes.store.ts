import { inject, Injectable, signal } from '@angular/core';
import type { NoteVersionView, NoteView, NoteVisibility } from '@beside/shared/contracts';
import { attemptWrite, KeysetList, toApiProblem, type WriteResult } from '@beside/web/core';
import { firstValueFrom } from 'rxjs';
import { JourneyWorkApi } from './journey-work-api';

/** A journey's notes, newest first; an edit keeps the earlier versions (staff can read them). */
@Injectable()
export class NotesStore {
  private readonly api = inject(JourneyWorkApi);
  private journeyId = '';
  readonly notes = new KeysetList<NoteView>((cursor) => this.api.notes(this.journeyId, cursor));
  readonly history = signal<Record<string, NoteVersionView[]>>({});
  readonly historyProblem = signal<string | null>(null);

  load(journeyId: string): Promise<void> {
    this.journeyId = journeyId;
    return this.notes.reload();
  }

  async write(note: { visibility: NoteVisibility; body: string }, idempotencyKey?: string): Promise<WriteResult<NoteView>> {
    const result = await attemptWrite<NoteView>(this.api.createNote(this.journeyId, note, idempotencyKey));
    if (result.ok) this.notes.prepend(result.value);
    return result;
  }

  async edit(note: NoteView, changes: { visibility: NoteVisibility; body: string }, version = note.version): Promise<WriteResult<NoteView>> {
    const result = await attemptWrite<NoteView>(this.api.updateNote(note.id, { ...changes, version }));
    if (result.ok) {
      this.notes.replace(result.value, (a, b) => a.id === b.id);
      this.history.update(({ [note.id]: _dropped, ...rest }) => rest);
    }
    return result;
  }

  async loadHistory(noteId: string): Promise<void> {
    try {
      const versions = await firstValueFrom(this.api.noteVersions(noteId));
      this.history.update((all) => ({ ...all, [noteId]: versions }));
      this.historyProblem.set(null);
    } catch (error) {
      this.historyProblem.set(toApiProblem(error).messages.join(' '));
    }
  }
}
