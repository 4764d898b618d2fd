import { inject, Injectable, signal } from '@angular/core';
import type { MyReferralView } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import { newestFirst } from './journey-referrals.store';
import { ReferralsApi } from './referrals-api';

/** Her referrals to other member organisations, in plain words, and withdrawing one before it is accepted. */
@Injectable()
export class MyReferralsStore {
  private readonly api = inject(ReferralsApi);
  readonly referrals = signal<MyReferralView[]>([]);
  readonly loaded = signal(false);
  readonly problem = signal<string | null>(null);

  async load(): Promise<void> {
    await readInto(this.api.mine(), (list) => this.referrals.set(newestFirst(list)), this.problem);
    this.loaded.set(true);
  }

  async withdraw(referralId: string): Promise<WriteResult<MyReferralView>> {
    const result = await attemptWrite<MyReferralView>(this.api.withdrawMine(referralId));
    if (result.ok) this.referrals.update((list) => list.map((r) => (r.id === referralId ? result.value : r)));
    // Already answered (accepted meanwhile): read the list afresh so she sees what happened.
    else if (result.problem.status === 409) await this.load();
    return result;
  }
}
