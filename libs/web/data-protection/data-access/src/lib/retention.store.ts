import { computed, inject, Injectable, signal } from '@angular/core';
import type { RetentionRecordType, RetentionReviewView, RetentionRuleView } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import { RetentionApi } from './retention-api';

/** The retention schedule and the review queue: records whose time is up, each kept with a reason or anonymised. */
@Injectable()
export class RetentionStore {
  private readonly api = inject(RetentionApi);
  readonly rules = signal<RetentionRuleView[]>([]);
  readonly reviews = signal<RetentionReviewView[]>([]);
  readonly rulesLoaded = signal(false);
  readonly reviewsLoaded = signal(false);
  readonly rulesProblem = signal<string | null>(null);
  readonly reviewsProblem = signal<string | null>(null);
  /** Due and not yet approved: each waits for a manager's decision. */
  readonly awaitingDecision = computed(() => this.reviews().filter((r) => !r.approved));
  readonly approved = computed(() => this.reviews().filter((r) => r.approved));

  async loadRules(): Promise<void> {
    await readInto(this.api.rules(), (rules) => this.rules.set(rules), this.rulesProblem);
    this.rulesLoaded.set(true);
  }

  async loadReviews(): Promise<void> {
    await readInto(this.api.reviews(), (reviews) => this.reviews.set(reviews), this.reviewsProblem);
    this.reviewsLoaded.set(true);
  }

  async saveRule(recordType: RetentionRecordType, body: { keepMonths: number; reason: string }): Promise<WriteResult<RetentionRuleView>> {
    const version = this.rules().find((r) => r.recordType === recordType)?.version ?? 0;
    const result = await attemptWrite<RetentionRuleView>(this.api.saveRule(recordType, { ...body, version }));
    if (result.ok) this.replaceRule(result.value);
    else if (result.conflict) this.replaceRule(result.conflict.current);
    return result;
  }

  /** Kept until a later date: it leaves the queue until then. */
  async keep(reviewId: string, body: { keepUntil: string; reason: string }, key?: string): Promise<WriteResult<RetentionReviewView>> {
    const result = await attemptWrite<RetentionReviewView>(this.api.keep(reviewId, body, key));
    if (result.ok) this.reviews.update((all) => all.filter((r) => r.id !== reviewId));
    return result;
  }

  /** Approved for anonymisation: it stays in the queue, marked, until the job has done the work. */
  async anonymise(reviewId: string, reason: string | null, key?: string): Promise<WriteResult<RetentionReviewView>> {
    const result = await attemptWrite<RetentionReviewView>(this.api.anonymise(reviewId, { reason }, key));
    if (result.ok) this.reviews.update((all) => all.map((r) => (r.id === reviewId ? result.value : r)));
    return result;
  }

  private replaceRule(rule: RetentionRuleView): void {
    this.rules.update((all) => all.map((r) => (r.recordType === rule.recordType ? rule : r)));
  }
}
