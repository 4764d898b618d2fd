import { UuidParam } from '../../../common/uuid-param';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { MyReferralsService } from './my-referrals.service';

@RouteGroup('portal', { path: 'my/referrals', policy: 'portal:use' })
export class MyReferralsController {
  constructor(private readonly referrals: MyReferralsService) {}

  @Route.get('/', { ok: 'Her referrals to other member organisations, where each stands in plain words, and what she agreed to share' })
  list(@CurrentCaller() { actor, origin }: Caller) {
    return this.referrals.list(actor, origin);
  }

  @Route.post(':referralId/withdraw', { ok: 'Withdrawn: the other organisation no longer sees what she shared', conflict: 'Already accepted (or declined, or withdrawn): too late to withdraw' })
  withdraw(@UuidParam('referralId') referralId: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.referrals.withdraw(actor, referralId, origin);
  }
}
