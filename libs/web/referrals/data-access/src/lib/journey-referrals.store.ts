import { inject, Injectable, signal } from '@angular/core';
import type { GoalView, ReferralDestinationView, ReferralView, SendReferralRequest } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import { ReferralsApi } from './referrals-api';

/** Referring her from one journey: where to, the goals she may choose to share, and the referrals already sent from it. */
@Injectable()
export class JourneyReferralsStore {
  private readonly api = inject(ReferralsApi);
  private journeyId = '';
  readonly destinations = signal<ReferralDestinationView[]>([]);
  readonly goals = signal<GoalView[]>([]);
  readonly referrals = signal<ReferralView[]>([]);
  readonly loaded = signal(false);
  readonly problem = signal<string | null>(null);

  async load(journeyId: string): Promise<void> {
    this.journeyId = journeyId;
    this.loaded.set(false);
    await Promise.all([
      readInto(this.api.sent(journeyId), (list) => this.referrals.set(newestFirst(list)), this.problem),
      readInto(this.api.destinations(), (list) => this.destinations.set(list), this.problem),
      readInto(this.api.plan(journeyId), (plan) => this.goals.set(plan.goals), this.problem),
    ]);
    this.loaded.set(true);
  }

  async send(request: SendReferralRequest, idempotencyKey?: string): Promise<WriteResult<ReferralView>> {
    const result = await attemptWrite<ReferralView>(this.api.send(this.journeyId, request, idempotencyKey));
    if (result.ok) this.put(result.value);
    return result;
  }

  /** Withdrawn on her behalf while it is sent or held; a stale version puts the referral as it is now in the list. */
  async withdraw(referral: ReferralView): Promise<WriteResult<ReferralView>> {
    const result = await attemptWrite<ReferralView>(this.api.withdraw(referral.id, referral.version));
    const fresh = result.ok ? result.value : result.conflict?.current;
    if (fresh) this.put(fresh);
    return result;
  }

  private put(referral: ReferralView): void {
    this.referrals.update((list) => newestFirst([referral, ...list.filter((r) => r.id !== referral.id)]));
  }
}

export function newestFirst<T extends { sentAt: string }>(list: T[]): T[] {
  return [...list].sort((a, b) => b.sentAt.localeCompare(a.sentAt));
}
