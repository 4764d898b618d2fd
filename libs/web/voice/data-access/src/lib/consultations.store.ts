import { inject, Injectable, signal } from '@angular/core';
import type { ConsultationQuestionBody, ConsultationView, CreateConsultationRequest, UpdateConsultationRequest } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import type { Observable } from 'rxjs';
import { ConsultationsApi } from './consultations-api';

/**
 * Consultations as the staff who run them see them: `list` for the list page, `current` for the builder. Every change
 * carries the version it was read at; the API refuses it (409) once anyone has answered.
 */
@Injectable()
export class ConsultationsStore {
  private readonly api = inject(ConsultationsApi);
  readonly list = signal<ConsultationView[] | null>(null);
  readonly current = signal<ConsultationView | null>(null);
  /** Why the list or the consultation could not be read, in words. */
  readonly problem = signal<string | null>(null);

  loadAll(): Promise<boolean> {
    return readInto(this.api.list(), (list) => this.list.set(newestFirst(list)), this.problem);
  }

  load(id: string): Promise<boolean> {
    return readInto(this.api.get(id), (consultation) => this.current.set(consultation), this.problem);
  }

  /** A draft; anonymous or named is fixed now. */
  async create(request: CreateConsultationRequest, idempotencyKey?: string): Promise<WriteResult<ConsultationView>> {
    return this.keepAfter(this.api.create(request, idempotencyKey));
  }

  update(request: Omit<UpdateConsultationRequest, 'version'>): Promise<WriteResult<ConsultationView>> {
    const c = this.open();
    return this.keepAfter(this.api.update(c.id, { ...request, version: c.version }));
  }

  /** The questions in order, replacing any before. */
  replaceQuestions(questions: ConsultationQuestionBody[]): Promise<WriteResult<ConsultationView>> {
    const c = this.open();
    return this.keepAfter(this.api.replaceQuestions(c.id, { version: c.version, questions }));
  }

  /** Open from today: women can answer. */
  openForAnswers(idempotencyKey?: string): Promise<WriteResult<ConsultationView>> {
    const c = this.open();
    return this.keepAfter(this.api.open(c.id, c.version, idempotencyKey));
  }

  /** Close now: every answer still waiting moves into the results. */
  close(idempotencyKey?: string): Promise<WriteResult<ConsultationView>> {
    const c = this.open();
    return this.keepAfter(this.api.close(c.id, c.version, idempotencyKey));
  }

  /** After a stale version: the form continues from what someone else saved. */
  useCurrent(consultation: ConsultationView): void {
    this.current.set(consultation);
    this.keep(consultation);
  }

  private open(): ConsultationView {
    const c = this.current();
    if (!c) throw new Error('No consultation is open');
    return c;
  }

  private async keepAfter(request: Observable<ConsultationView>): Promise<WriteResult<ConsultationView>> {
    const result = await attemptWrite(request);
    if (result.ok) this.useCurrent(result.value);
    return result;
  }

  private keep(consultation: ConsultationView): void {
    const list = this.list();
    if (list) this.list.set(newestFirst([...list.filter((c) => c.id !== consultation.id), consultation]));
  }
}

/** The latest to close first: what is running or just ended is what staff look for. */
function newestFirst(list: ConsultationView[]): ConsultationView[] {
  return [...list].sort((a, b) => b.closesOn.localeCompare(a.closesOn) || a.title.localeCompare(b.title, 'en-GB'));
}
