import { Injectable } from '@nestjs/common';
import type { MyReferralView } from '@beside/shared/contracts';
import { OutOfScopeException } from '../../../common/out-of-scope.exception';
import type { Actor, RequestOrigin } from '../../authz';
import { findOutgoingForServiceUser, findReferral, REFERRAL_NOT_FOUND, ReferralSteps, toMyReferralView } from '../../referrals';
import { PortalWork } from '../portal-work';

/** Her referrals to other member organisations, in plain words; she may withdraw one until it is accepted. */
@Injectable()
export class MyReferralsService {
  constructor(
    private readonly portal: PortalWork,
    private readonly steps: ReferralSteps,
  ) {}

  async list(actor: Actor, origin: RequestOrigin): Promise<MyReferralView[]> {
    return (await this.portal.listHers(actor, origin, 'referral', findOutgoingForServiceUser)).map(toMyReferralView);
  }

  withdraw(actor: Actor, referralId: string, origin: RequestOrigin): Promise<MyReferralView> {
    return this.portal.forHer(actor, origin, async (em, serviceUserId) => {
      const row = await findReferral(em, referralId, 'outgoing');
      if (!row || row.serviceUserId !== serviceUserId) throw new OutOfScopeException('referral', referralId, false, REFERRAL_NOT_FOUND);
      return toMyReferralView(await this.steps.withdraw(em, actor, row, null, origin));
    });
  }
}
