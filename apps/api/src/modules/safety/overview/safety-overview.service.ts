import { Injectable } from '@nestjs/common';
import type { SafetyOverview } from '@beside/shared/contracts';
import { londonToday } from '@beside/shared/util';
import { Clock } from '../../../common/clock';
import { UnitOfWork } from '../../../database/unit-of-work';
import { AuditWriter } from '../../audit';
import type { Actor, RequestOrigin } from '../../authz';
import { actionsDue, hiddenAssessmentsToReview, highRisk, meetingsSoon, referralsAwaiting, safetyPlansPastReview, sharingAwaitingReview } from './safety-overview.repository';

/** The managers' safety picture across the organisation, in one snapshot: who is at high risk and what waits for someone. */
@Injectable()
export class SafetyOverviewService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
  ) {}

  get(actor: Actor, origin: RequestOrigin): Promise<SafetyOverview> {
    return this.uow.runAs(actor, async (em) => {
      const today = londonToday(this.clock.now());
      const overview: SafetyOverview = {
        highRisk: await highRisk(em),
        referralsAwaiting: await referralsAwaiting(em),
        actionsDue: await actionsDue(em, today),
        meetingsSoon: await meetingsSoon(em, today),
        safetyPlansPastReview: await safetyPlansPastReview(em, today),
        sharingAwaitingReview: await sharingAwaitingReview(em),
        hiddenAssessmentsToReview: await hiddenAssessmentsToReview(em, today),
      };
      // The women named on it: whose records this read showed.
      const journeyIds = new Set(
        [overview.highRisk.women, overview.referralsAwaiting.referrals, overview.safetyPlansPastReview, overview.sharingAwaitingReview, overview.hiddenAssessmentsToReview]
          .flat()
          .map((x) => x.journeyId),
      );
      await this.audit.append(em, actor, origin, [{ action: 'safety.overview_read', entityType: 'safety_overview', detail: { journeyIds: [...journeyIds] } }]);
      return overview;
    });
  }
}
