import { inject, Injectable, signal } from '@angular/core';
import type { LetterTemplateView, LetterView } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import type { Observable } from 'rxjs';
import { ChallengesApi, type LetterFormat } from './challenges-api';
import { fetchFile, type FileResult } from './fetch-file';

/** The letters of one challenge, written with her, and the templates to draft one from. */
@Injectable()
export class ChallengeLettersStore {
  private readonly api = inject(ChallengesApi);
  private challengeId = '';
  readonly letters = signal<LetterView[]>([]);
  readonly templates = signal<LetterTemplateView[]>([]);
  readonly loaded = signal(false);
  readonly problem = signal<string | null>(null);

  async load(challengeId: string): Promise<void> {
    this.challengeId = challengeId;
    this.loaded.set(false);
    await Promise.all([
      readInto(this.api.letters(challengeId), (list) => this.letters.set(list), this.problem),
      readInto(this.api.letterTemplates(), (list) => this.templates.set(list.filter((t) => !t.archived)), this.problem),
    ]);
    this.loaded.set(true);
  }

  /** One letter as it is now (after her accepted change, or someone else's edit). */
  reload(letterId: string): Promise<boolean> {
    return readInto(this.api.letter(letterId), (l) => this.put(l), this.problem);
  }

  async draft(templateKey: string, idempotencyKey?: string): Promise<WriteResult<LetterView>> {
    const result = await attemptWrite<LetterView>(this.api.draftLetter(this.challengeId, templateKey, idempotencyKey));
    if (result.ok) this.put(result.value);
    return result;
  }

  save(letter: LetterView, words: { title: string; body: string }): Promise<WriteResult<LetterView>> {
    return this.change(this.api.updateLetter(letter.id, { version: letter.version, ...words }));
  }

  share(letter: LetterView): Promise<WriteResult<LetterView>> {
    return this.change(this.api.shareLetter(letter.id, letter.version));
  }

  sent(letter: LetterView, on: string): Promise<WriteResult<LetterView>> {
    return this.change(this.api.letterSent(letter.id, letter.version, on));
  }

  download(letter: LetterView, format: LetterFormat, version?: number): Promise<FileResult> {
    return fetchFile(this.api.letterFile(letter.id, format, version), `letter.${format}`);
  }

  private async change(request: Observable<LetterView>): Promise<WriteResult<LetterView>> {
    const result = await attemptWrite<LetterView>(request);
    const fresh = result.ok ? result.value : result.conflict?.current;
    if (fresh) this.put(fresh);
    return result;
  }

  private put(letter: LetterView): void {
    this.letters.update((list) => (list.some((l) => l.id === letter.id) ? list.map((l) => (l.id === letter.id ? letter : l)) : [...list, letter]));
  }
}
