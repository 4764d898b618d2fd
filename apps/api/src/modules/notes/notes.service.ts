import { Injectable } from '@nestjs/common';
import type { NoteVersionView, NoteView } from '@beside/shared/contracts';
import type { Page } from '@beside/shared/util';
import { existing } from '../../common/existing';
import { PageQueryDto } from '../../common/page-query.dto';
import type { Actor, RequestOrigin } from '../authz';
import { journeyListed, JourneyWork } from '../journeys';
import { pickChanges, staleVersion, versionedUpdate } from '../../database/versioned-update';
import { CreateNoteDto, UpdateNoteDto } from './dto/note.dto';
import { findNote, findNotePage, findNoteVersions, insertNote, keepNoteVersion } from './note.repository';

@Injectable()
export class NotesService {
  constructor(private readonly work: JourneyWork) {}

  /** A journey's notes, newest first, a page at a time (staff routes: staff and shared notes both). */
  async list(actor: Actor, journeyId: string, query: PageQueryDto, origin: RequestOrigin): Promise<Page<NoteView>> {
    return this.work.page(actor, origin, journeyId, query, (em, after, limit) => findNotePage(em, journeyId, after, limit), journeyListed('note'));
  }

  async create(actor: Actor, journeyId: string, body: CreateNoteDto, origin: RequestOrigin): Promise<NoteView> {
    return this.work.onJourney(actor, origin, journeyId, async (em, scope, audit) => {
      const noteId = await insertNote(em, actor, { journeyId, serviceUserId: scope.serviceUserId }, body);
      await audit({ action: 'note.created', entityType: 'note', entityId: noteId, subjectId: scope.serviceUserId, detail: { visibility: body.visibility } });
      return existing(await findNote(em, noteId), 'note');
    });
  }

  /** An edit keeps what the note said before, as it said it, in note_version. */
  async update(actor: Actor, noteId: string, body: UpdateNoteDto, origin: RequestOrigin): Promise<NoteView> {
    return this.work.onRecord(actor, origin, 'note', noteId, async (em, scope, audit) => {
      await keepNoteVersion(em, noteId, body.version);
      const { changes, fields } = pickChanges(body, { visibility: 'visibility', body: 'body' });
      if (!(await versionedUpdate(em, 'note', noteId, body.version, changes, actor.userId))) throw staleVersion(await findNote(em, noteId));
      await audit({ action: 'note.updated', entityType: 'note', entityId: noteId, subjectId: scope.serviceUserId, detail: { fields } });
      return existing(await findNote(em, noteId), 'note');
    });
  }

  /** Earlier versions of a note, newest first (staff only: these are staff routes). */
  async versions(actor: Actor, noteId: string, origin: RequestOrigin): Promise<NoteVersionView[]> {
    return this.work.onRecord(actor, origin, 'note', noteId, async (em, scope, audit) => {
      const rows = await findNoteVersions(em, noteId);
      await audit({ action: 'note.read', entityType: 'note', entityId: noteId, subjectId: scope.serviceUserId, detail: { history: true, versions: rows.map((r) => r.version) } });
      return rows;
    });
  }
}
