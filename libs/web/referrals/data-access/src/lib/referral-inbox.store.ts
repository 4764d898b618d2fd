import { inject, Injectable, signal } from '@angular/core';
import type { AcceptReferralRequest, DeclineReferralRequest, ReferralStatus, ReferralView, StaffMember } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import { newestFirst } from './journey-referrals.store';
import { ReferralsApi } from './referrals-api';

/** Referrals other members sent to this organisation: the inbox by status, and one referral to accept or decline. */
@Injectable()
export class ReferralInboxStore {
  private readonly api = inject(ReferralsApi);
  readonly referrals = signal<ReferralView[]>([]);
  readonly loaded = signal(false);
  readonly problem = signal<string | null>(null);
  readonly referral = signal<ReferralView | null>(null);
  readonly notFound = signal(false);
  readonly advocates = signal<StaffMember[]>([]);

  async loadInbox(status: ReferralStatus | null): Promise<void> {
    this.loaded.set(false);
    await readInto(this.api.incoming(status), (list) => this.referrals.set(newestFirst(list)), this.problem);
    this.loaded.set(true);
  }

  async loadReferral(referralId: string): Promise<void> {
    this.notFound.set(false);
    const result = await attemptWrite<ReferralView>(this.api.incomingOne(referralId));
    if (!result.ok) {
      // Missing and out of reach answer the same 404: the page says so in words.
      this.notFound.set(result.problem.status === 404);
      this.problem.set(result.problem.status === 404 ? null : result.problem.messages.join(' '));
      return;
    }
    this.problem.set(null);
    this.referral.set(result.value);
  }

  /** The active advocates here, for a manager to name hers when accepting. */
  async loadAdvocates(): Promise<void> {
    await readInto(this.api.advocates(), (list) => this.advocates.set(list), this.problem);
  }

  async accept(request: AcceptReferralRequest, idempotencyKey?: string): Promise<WriteResult<ReferralView>> {
    return this.answer(await attemptWrite<ReferralView>(this.api.accept(this.currentId(), request, idempotencyKey)));
  }

  async decline(request: DeclineReferralRequest, idempotencyKey?: string): Promise<WriteResult<ReferralView>> {
    return this.answer(await attemptWrite<ReferralView>(this.api.decline(this.currentId(), request, idempotencyKey)));
  }

  private currentId(): string {
    const referral = this.referral();
    if (!referral) throw new Error('No referral is open');
    return referral.id;
  }

  private answer(result: WriteResult<ReferralView>): WriteResult<ReferralView> {
    const fresh = result.ok ? result.value : result.conflict?.current;
    // The answer carries no `shared` record: keep what she agreed to share on the page.
    if (fresh) this.referral.update((r) => ({ ...fresh, shared: fresh.shared ?? r?.shared }));
    return result;
  }
}
