import { Injectable } from '@nestjs/common';
import type { MyReferralView } from '@beside/shared/contracts';
import { OutOfScopeException } from '../../../common/out-of-scope.exception';
import { UnitOfWork } from '../../../database/unit-of-work';
import { AuditWriter } from '../../audit';
import type { Actor, RequestOrigin } from '../../authz';
import { findOutgoingForServiceUser, findReferral, REFERRAL_NOT_FOUND, ReferralSteps, toMyReferralView } from '../../referrals';
import { PortalScope } from '../portal.access';

/** Her referrals to other member organisations, in plain words; she may withdraw one until it is accepted. */
@Injectable()
export class MyReferralsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly scope: PortalScope,
    private readonly audit: AuditWriter,
    private readonly steps: ReferralSteps,
  ) {}

  list(actor: Actor, origin: RequestOrigin): Promise<MyReferralView[]> {
    return this.uow.runAs(actor, async (em) => {
      const serviceUserId = await this.scope.serviceUser(em, actor);
      const rows = await findOutgoingForServiceUser(em, serviceUserId);
      await this.audit.append(em, actor, origin, [
        { action: 'referral.list', entityType: 'referral', subjectId: serviceUserId, detail: { count: rows.length, ids: rows.map((r) => r.id) } },
      ]);
      return rows.map(toMyReferralView);
    });
  }

  withdraw(actor: Actor, referralId: string, origin: RequestOrigin): Promise<MyReferralView> {
    return this.uow.runAs(actor, async (em) => {
      const serviceUserId = await this.scope.serviceUser(em, actor);
      const row = await findReferral(em, referralId, 'outgoing');
      if (!row || row.serviceUserId !== serviceUserId) throw new OutOfScopeException('referral', referralId, false, REFERRAL_NOT_FOUND);
      return toMyReferralView(await this.steps.withdraw(em, actor, row, null, origin));
    });
  }
}
