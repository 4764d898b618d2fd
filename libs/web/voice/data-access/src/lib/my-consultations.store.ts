import { computed, inject, Injectable, signal } from '@angular/core';
import type { ConsultationAnswer, MyConsultationView } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import { AnswerApi, type AnswerTaken } from './answer-api';
import { KeptAnswers, myKeptKey } from './kept-answers';

/** The open consultations that reach her, and her answer to one (once each). */
@Injectable()
export class MyConsultationsStore {
  private readonly api = inject(AnswerApi);
  private readonly kept = inject(KeptAnswers);
  readonly consultations = signal<MyConsultationView[]>([]);
  readonly loaded = signal(false);
  readonly problem = signal<string | null>(null);
  readonly waiting = computed(() => this.consultations().filter((c) => !c.answered));

  async load(): Promise<void> {
    const ok = await readInto(this.api.myConsultations(), (list) => this.consultations.set(list), this.problem);
    this.loaded.set(true);
    // What she kept of one she has answered since (on another device), or that has closed, has no use left.
    if (ok) this.kept.keepOnly(myKeptKey(''), this.waiting().map((c) => myKeptKey(c.id)));
  }

  find(id: string): MyConsultationView | null {
    return this.consultations().find((c) => c.id === id) ?? null;
  }

  async answer(id: string, answers: ConsultationAnswer[], idempotencyKey?: string): Promise<WriteResult<AnswerTaken>> {
    const result = await attemptWrite<AnswerTaken>(this.api.answerMine(id, { answers }, idempotencyKey));
    // Taken, or refused because she has answered already or it has closed: either way nothing is left to send.
    if (result.ok || result.problem.status === 409) {
      this.kept.forget(myKeptKey(id));
      this.consultations.update((list) => list.map((c) => (c.id === id ? { ...c, answered: true } : c)));
    }
    return result;
  }
}
