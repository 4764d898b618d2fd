import { computed, effect, inject, Injectable, signal, untracked } from '@angular/core';
import type { CreateSharingDecisionRequest, ReviewSharingDecisionRequest, SharingDecisionView } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import type { Observable } from 'rxjs';
import { SharingDecisionsApi } from './sharing-decisions-api';
import { SharingDecisionsEvents } from './sharing-decisions-events';

/**
 * Every decision to share her information with another agency on one journey, newest first: what, with whom, the
 * lawful basis, with or without her consent, and a manager's review of those without it.
 */
@Injectable()
export class SharingDecisionsStore {
  private readonly api = inject(SharingDecisionsApi);
  private readonly events = inject(SharingDecisionsEvents);
  private journeyId = '';
  readonly decisions = signal<SharingDecisionView[]>([]);
  readonly loaded = signal(false);
  readonly problem = signal<string | null>(null);
  /** Without her consent and not yet reviewed by a manager. */
  readonly awaitingReview = computed(() => this.decisions().filter(needsReview));

  constructor() {
    // A decision recorded or reviewed by another store on this journey: fetch it as it is now.
    effect(() => {
      const change = this.events.changed();
      untracked(() => {
        if (!change || change.journeyId !== this.journeyId || this.byId(change.decisionId)?.version === change.version) return;
        void this.reload(change.decisionId);
      });
    });
  }

  async load(journeyId: string): Promise<void> {
    if (journeyId !== this.journeyId) this.decisions.set([]);
    this.journeyId = journeyId;
    this.loaded.set(false);
    await readInto(this.api.list(journeyId), (list) => this.decisions.set(newestFirst(list)), this.problem);
    this.loaded.set(true);
  }

  byId(decisionId: string): SharingDecisionView | undefined {
    return this.decisions().find((d) => d.id === decisionId);
  }

  /** One decision as it is now (after a referral it let go was marked sent, say). */
  reload(decisionId: string): Promise<boolean> {
    return readInto(this.api.read(decisionId), (d) => this.put(d), signal(null));
  }

  async create(request: CreateSharingDecisionRequest, idempotencyKey?: string): Promise<WriteResult<SharingDecisionView>> {
    const result = await attemptWrite<SharingDecisionView>(this.api.create(this.journeyId, request, idempotencyKey));
    if (result.ok) this.changed(result.value);
    return result;
  }

  async review(decision: SharingDecisionView, review: Omit<ReviewSharingDecisionRequest, 'version'>, idempotencyKey?: string): Promise<WriteResult<SharingDecisionView>> {
    return this.change(this.api.review(decision.id, { ...review, version: decision.version }, idempotencyKey));
  }

  private async change(request: Observable<SharingDecisionView>): Promise<WriteResult<SharingDecisionView>> {
    const result = await attemptWrite<SharingDecisionView>(request);
    const fresh = result.ok ? result.value : result.conflict?.current;
    if (fresh) this.changed(fresh);
    return result;
  }

  private changed(decision: SharingDecisionView): void {
    this.put(decision);
    this.events.changed.set({ journeyId: decision.journeyId, decisionId: decision.id, version: decision.version });
  }

  private put(decision: SharingDecisionView): void {
    this.decisions.update((list) => newestFirst(list.some((d) => d.id === decision.id) ? list.map((d) => (d.id === decision.id ? decision : d)) : [decision, ...list]));
  }
}

/** Without her consent and not yet reviewed: a manager's review is due. */
export function needsReview(decision: SharingDecisionView): boolean {
  return !decision.withConsent && !decision.review;
}

/** The day it was shared, newest first, then when it was recorded. */
export function newestFirst(list: SharingDecisionView[]): SharingDecisionView[] {
  return [...list].sort((a, b) => b.sharedOn.localeCompare(a.sharedOn) || b.createdAt.localeCompare(a.createdAt));
}
