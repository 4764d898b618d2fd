import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import type { MultiAgencyReferralView } from '@beside/shared/contracts';
import { staleVersion } from '../../../database/versioned-update';
import type { Actor, RequestOrigin } from '../../authz';
import type { MarkReferralSentDto, MoveReferralStatusDto } from './dto/multi-agency-referral.dto';
import { findJourneyDates, insertReferralEvent, updateReferral } from './multi-agency-referral.repository';
import { MultiAgencyReferralsService } from './multi-agency-referrals.service';
import { keptFromHer } from './kept-from-her';
import { assertForward } from './referral-status';
import { findSharingDecision, linkDecisionToReferral } from './sharing/sharing-decision.repository';

export const SENT_NEEDS_DECISION = 'sharingDecisionId: a referral cannot be marked sent without its sharing decision';

/** A referral on its road: sent (only with its sharing decision), then forward status by status to closed. */
@Injectable()
export class ReferralProgressService {
  constructor(private readonly referrals: MultiAgencyReferralsService) {}

  markSent(actor: Actor, id: string, body: MarkReferralSentDto, origin: RequestOrigin): Promise<MultiAgencyReferralView> {
    return this.referrals.onOpenReferral(actor, id, body.version, origin, async (em, journey, row, audit) => {
      if (row.status !== 'draft') throw new ConflictException({ message: 'This referral has been sent already.', current: await this.referrals.view(em, id) });
      if (!body.sharingDecisionId) throw new BadRequestException([SENT_NEEDS_DECISION]);
      const decision = await findSharingDecision(em, body.sharingDecisionId);
      if (!decision || decision.journeyId !== row.journeyId) throw new BadRequestException([`${SENT_NEEDS_DECISION}: this is not a sharing decision on her journey`]);
      if (decision.referralId && decision.referralId !== id) throw new BadRequestException(['sharingDecisionId is the sharing decision of another referral']);
      const today = this.referrals.today();
      if (body.sentOn > today) throw new BadRequestException(['sentOn must not be in the future']);
      const referredOn = (await findJourneyDates(em, row.journeyId))?.referralDate;
      if (referredOn && body.sentOn < referredOn) throw new BadRequestException([`sentOn must not be before her referral to us (${referredOn})`]);
      const changes: Record<string, unknown> = { status: 'sent', sent_on: body.sentOn, sharing_decision_id: decision.id };
      if (body.reference !== undefined) changes['reference'] = body.reference;
      if (!(await updateReferral(em, id, body.version, changes, actor.userId))) throw staleVersion(await this.referrals.view(em, id));
      await insertReferralEvent(em, { organisationId: actor.organisationId, referralId: id, status: 'sent', on: body.sentOn, note: null, userId: actor.userId });
      await linkDecisionToReferral(em, decision.id, id);
      await audit({
        action: 'multi_agency_referral.sent',
        entityType: 'multi_agency_referral',
        entityId: id,
        subjectId: journey.serviceUserId,
        detail: { agency: row.agencyKey, sharingDecisionId: decision.id, withConsent: decision.withConsent, ...keptFromHer(row.heldBackFromHer || !decision.shownToHer) },
      });
      return this.referrals.view(em, id);
    });
  }

  move(actor: Actor, id: string, body: MoveReferralStatusDto, origin: RequestOrigin): Promise<MultiAgencyReferralView> {
    return this.referrals.onOpenReferral(actor, id, body.version, origin, async (em, journey, row, audit) => {
      assertForward(row.status, body.status, row.outcomeStatus);
      if (body.on > this.referrals.today()) throw new BadRequestException(['on must not be in the future']);
      if (row.sentOn && body.on < row.sentOn) throw new BadRequestException([`on must not be before the referral was sent (${row.sentOn})`]);
      const changes: Record<string, unknown> = { status: body.status };
      if (body.status === 'closed') changes['closed_on'] = body.on;
      if (body.nextMeetingOn !== undefined) changes['next_meeting_on'] = body.nextMeetingOn;
      if (!(await updateReferral(em, id, body.version, changes, actor.userId))) throw staleVersion(await this.referrals.view(em, id));
      await insertReferralEvent(em, { organisationId: actor.organisationId, referralId: id, status: body.status, on: body.on, note: body.note ?? null, userId: actor.userId });
      await audit({
        action: 'multi_agency_referral.status_moved',
        entityType: 'multi_agency_referral',
        entityId: id,
        subjectId: journey.serviceUserId,
        detail: { from: row.status, to: body.status, on: body.on, ...keptFromHer(row.heldBackFromHer) },
      });
      return this.referrals.view(em, id);
    });
  }
}
