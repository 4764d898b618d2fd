import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SharingDecisionView } from '@beside/shared/contracts';
import { londonToday } from '@beside/shared/util';
import { Clock } from '../../../../common/clock';
import { staleVersion } from '../../../../database/versioned-update';
import type { Actor, RequestOrigin } from '../../../authz';
import type { CreateSharingDecisionDto, ReviewSharingDecisionDto } from '../dto/sharing-decision.dto';
import { findReferralJourneyId } from '../multi-agency-referral.repository';
import { keptFromHer } from '../kept-from-her';
import { SafetyRecordWork } from '../safety-record-work';
import { findJourneySharingDecisions, findSharingDecision, insertSharingDecision, recordReview } from './sharing-decision.repository';
import { sharingDecisionView } from './sharing-decision.view';
import { heldBackProblems, recordedSharing } from './sharing-rules';

/** Every disclosure of her information to another agency: what, to whom, on what basis, with her consent or why not. */
@Injectable()
export class SharingDecisionsService {
  constructor(
    private readonly work: SafetyRecordWork,
    private readonly clock: Clock,
  ) {}

  list(actor: Actor, journeyId: string, origin: RequestOrigin): Promise<SharingDecisionView[]> {
    return this.work.onJourney(actor, origin, journeyId, async (em, journey, audit) => {
      const rows = await findJourneySharingDecisions(em, journeyId);
      await audit({
        action: 'sharing_decision.list',
        entityType: 'sharing_decision',
        subjectId: journey.serviceUserId,
        detail: { journeyId, count: rows.length, ids: rows.map((r) => r.id), ...keptFromHer(rows.some((r) => !r.shownToHer)) },
      });
      return rows.map(sharingDecisionView);
    });
  }

  read(actor: Actor, id: string, origin: RequestOrigin): Promise<SharingDecisionView> {
    return this.work.onRecord(actor, origin, 'sharing_decision', id, async (em, journey, audit) => {
      const view = await this.view(em, id);
      await audit({ action: 'sharing_decision.read', entityType: 'sharing_decision', entityId: id, subjectId: journey.serviceUserId, detail: keptFromHer(!view.shownToHer) });
      return view;
    });
  }

  create(actor: Actor, journeyId: string, body: CreateSharingDecisionDto, origin: RequestOrigin): Promise<SharingDecisionView> {
    const recorded = recordedSharing(body);
    if (body.sharedOn > londonToday(this.clock.now())) throw new BadRequestException(['sharedOn must not be in the future']);
    return this.work.onJourney(actor, origin, journeyId, async (em, journey, audit) => {
      const referralId = body.referralId ?? null;
      if (referralId && (await findReferralJourneyId(em, referralId)) !== journeyId) throw new BadRequestException(['referralId is not a referral on this journey']);
      const id = await insertSharingDecision(em, {
        organisationId: actor.organisationId,
        journeyId,
        what: body.what,
        sharedWith: body.sharedWith,
        sharedOn: body.sharedOn,
        lawfulBasis: body.lawfulBasis,
        withConsent: body.withConsent,
        ...recorded,
        referralId,
        userId: actor.userId,
      });
      await audit({
        action: 'sharing_decision.recorded',
        entityType: 'sharing_decision',
        entityId: id,
        subjectId: journey.serviceUserId,
        detail: {
          journeyId,
          withConsent: body.withConsent,
          lawfulBasis: body.lawfulBasis,
          considerations: recorded.considerations,
          shownToHer: recorded.shownToHer,
          referralId,
          ...keptFromHer(!recorded.shownToHer),
        },
      });
      return this.view(em, id);
    });
  }

  /** A manager's review of a sharing without her consent, once; it may change whether she is shown it. */
  review(actor: Actor, id: string, body: ReviewSharingDecisionDto, origin: RequestOrigin): Promise<SharingDecisionView> {
    return this.work.onRecord(actor, origin, 'sharing_decision', id, async (em, journey, audit) => {
      const row = await findSharingDecision(em, id);
      if (!row) throw new ConflictException('This sharing decision is gone.');
      const current = sharingDecisionView(row);
      if (current.withConsent) throw new ConflictException({ message: 'This sharing was with her consent: there is nothing to review.', current });
      if (current.review) throw new ConflictException({ message: 'This sharing has been reviewed already.', current });
      if (row.decidedById === actor.userId) throw new ConflictException({ message: 'Another manager reviews a decision you made yourself.', current });
      if (current.version !== body.version) throw staleVersion(current);
      const shownToHer = body.shownToHer ?? current.shownToHer;
      const heldBackReason = body.heldBackReason !== undefined ? body.heldBackReason?.trim() || null : shownToHer ? null : current.heldBackReason;
      const problems = heldBackProblems(shownToHer, heldBackReason);
      if (problems.length) throw new BadRequestException(problems);
      if (!(await recordReview(em, id, body.version, { note: body.note, shownToHer, heldBackReason, userId: actor.userId }))) throw staleVersion(await this.view(em, id));
      await audit({
        action: 'sharing_decision.reviewed',
        entityType: 'sharing_decision',
        entityId: id,
        subjectId: journey.serviceUserId,
        detail: { shownToHer, shownToHerBefore: current.shownToHer, ...keptFromHer(!shownToHer || !current.shownToHer) },
      });
      return this.view(em, id);
    });
  }

  private async view(em: EntityManager, id: string): Promise<SharingDecisionView> {
    const row = await findSharingDecision(em, id);
    if (!row) throw new ConflictException('This sharing decision is gone.');
    return sharingDecisionView(row);
  }
}
