import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutOfScopeException } from '../../../common/out-of-scope.exception';
import type { Actor, RequestOrigin } from '../../authz';
import { JourneyAccess, JourneyWork, type JourneyTask } from '../../journeys';
import { findReferralJourneyId } from './multi-agency-referral.repository';
import { findSharingDecisionJourneyId } from './sharing/sharing-decision.repository';

type SafetyRecord = 'multi_agency_referral' | 'sharing_decision';

const RECORDS: Record<SafetyRecord, { notFound: string; journeyOf: (em: EntityManager, id: string) => Promise<string | null> }> = {
  multi_agency_referral: { notFound: 'Referral not found', journeyOf: findReferralJourneyId },
  sharing_decision: { notFound: 'Sharing decision not found', journeyOf: findSharingDecisionJourneyId },
};

/**
 * Work on a referral or a sharing decision addressed by its own id: in reach exactly when its journey is, and the same
 * 404 whether it is missing or out of reach (row-level security already hides other organisations').
 */
@Injectable()
export class SafetyRecordWork {
  constructor(
    private readonly work: JourneyWork,
    private readonly journeys: JourneyAccess,
  ) {}

  onJourney<T>(actor: Actor, origin: RequestOrigin, journeyId: string, task: JourneyTask<T>): Promise<T> {
    return this.work.onJourney(actor, origin, journeyId, task);
  }

  onRecord<T>(actor: Actor, origin: RequestOrigin, record: SafetyRecord, id: string, task: JourneyTask<T>): Promise<T> {
    const { notFound, journeyOf } = RECORDS[record];
    return this.work.run(actor, origin, async (em, audit) => {
      const journeyId = await journeyOf(em, id);
      if (!journeyId) throw new OutOfScopeException(record, id, false, notFound);
      const journey = await this.journeys.require(em, actor, journeyId).catch((e: unknown) => {
        throw e instanceof OutOfScopeException ? new OutOfScopeException(record, id, true, notFound) : e;
      });
      return task(em, journey, audit);
    });
  }
}
