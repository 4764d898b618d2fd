import { computed, inject, Injectable, signal } from '@angular/core';
import type { MyChallenge, MyLetter } from '@beside/shared/contracts';
import { readInto, toApiProblem } from '@beside/web/core';
import { firstValueFrom } from 'rxjs';
import { type FileDownload, fetchHerFile } from './file-download';
import { MyChallengesApi } from './my-challenges-api';

/** Her complaints, reviews and appeals in plain words, and the letters shared with her or sent. */
@Injectable()
export class MyChallengesStore {
  private readonly api = inject(MyChallengesApi);
  readonly challenges = signal<MyChallenge[]>([]);
  readonly letters = signal<MyLetter[]>([]);
  readonly loaded = signal(false);
  readonly problem = signal<string | null>(null);
  /** Open ones first (soonest date first), then those that have ended. */
  readonly ordered = computed(() => [...this.challenges()].sort(byWhatComesFirst));
  /** The soonest date of an open challenge, for her plan page. */
  readonly nextDate = computed(() => this.ordered().find((c) => c.status === 'open' && c.nextDeadline) ?? null);

  async load(): Promise<void> {
    try {
      const [challenges, letters] = await Promise.all([firstValueFrom(this.api.challenges()), firstValueFrom(this.api.letters())]);
      this.challenges.set(challenges);
      this.letters.set(letters);
      this.problem.set(null);
    } catch (error) {
      this.problem.set(toApiProblem(error).messages.join(' '));
    }
    this.loaded.set(true);
  }

  /** Only her challenges, not their letters: for her plan's "next date" card. */
  async loadChallenges(): Promise<void> {
    await readInto(this.api.challenges(), (challenges) => this.challenges.set(challenges), this.problem);
    this.loaded.set(true);
  }

  /** The letters of one challenge: those still to look at first, then those sent. */
  lettersFor(challengeId: string): MyLetter[] {
    return this.letters()
      .filter((l) => l.challengeId === challengeId)
      .sort((a, b) => (a.status === b.status ? 0 : a.status === 'shared' ? -1 : 1));
  }

  letter(letterId: string): MyLetter | null {
    return this.letters().find((l) => l.id === letterId) ?? null;
  }

  challenge(challengeId: string): MyChallenge | null {
    return this.challenges().find((c) => c.id === challengeId) ?? null;
  }

  downloadLetter(letterId: string): Promise<FileDownload> {
    return fetchHerFile(this.api.letterPdf(letterId), 'letter.pdf');
  }
}

function byWhatComesFirst(a: MyChallenge, b: MyChallenge): number {
  if (a.status !== b.status) return a.status === 'open' ? -1 : 1;
  const left = a.nextDeadline?.daysLeft ?? Number.POSITIVE_INFINITY;
  const right = b.nextDeadline?.daysLeft ?? Number.POSITIVE_INFINITY;
  return left - right;
}
