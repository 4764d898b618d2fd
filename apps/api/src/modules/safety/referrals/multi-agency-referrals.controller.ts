import { Body } from '@nestjs/common';
import { OUT_OF_REACH, STALE_VERSION } from '../../../common/route-answers';
import { UuidParam } from '../../../common/uuid-param';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { ReferralActionsService } from './actions/referral-actions.service';
import { CreateMultiAgencyReferralDto, MarkReferralSentDto, MoveReferralStatusDto, UpdateMultiAgencyReferralDto } from './dto/multi-agency-referral.dto';
import { AddReferralActionDto, UpdateReferralActionDto } from './dto/referral-action.dto';
import { MultiAgencyReferralsService } from './multi-agency-referrals.service';
import { ReferralProgressService } from './referral-progress.service';

const CLOSED_OR_STALE = `${STALE_VERSION}, or the referral is closed`;

/** Referrals to MARAC, adult safeguarding, police, children's services and others, from the form to closure (issue 20). */
@RouteGroup('multi-agency referrals', { notFound: OUT_OF_REACH })
export class MultiAgencyReferralsController {
  constructor(
    private readonly referrals: MultiAgencyReferralsService,
    private readonly progress: ReferralProgressService,
    private readonly actions: ReferralActionsService,
  ) {}

  @Route.get('journeys/:journeyId/multi-agency-referrals', 'journey:read', { ok: 'Her referrals, open ones first' })
  list(@UuidParam('journeyId') journeyId: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.referrals.list(actor, journeyId, origin);
  }

  @Route.post('journeys/:journeyId/multi-agency-referrals', 'journey:write', {
    created: 'A draft, its form filled from her latest risk assessment (score, level and the answers that carried weight)',
    badRequest: 'An unknown or archived agency, or a concern not on her journey or not yours to see (each named)',
    conflict: 'Her journey is closed',
  })
  create(@UuidParam('journeyId') journeyId: string, @Body() body: CreateMultiAgencyReferralDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.referrals.create(actor, journeyId, body, origin);
  }

  @Route.get('multi-agency-referrals/:referralId', 'journey:read', { ok: 'One referral with its form, concerns, actions for us and history' })
  read(@UuidParam('referralId') id: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.referrals.read(actor, id, origin);
  }

  @Route.patch('multi-agency-referrals/:referralId', 'journey:write', {
    ok: "The referral as saved: a draft's words; the reference, next meeting and concerns until it is closed",
    badRequest: 'A concern not on her journey or not yours to see',
    conflict: `${CLOSED_OR_STALE}, or a sent referral's words`,
  })
  update(@UuidParam('referralId') id: string, @Body() body: UpdateMultiAgencyReferralDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.referrals.update(actor, id, body, origin);
  }

  @Route.post('multi-agency-referrals/:referralId/sent', 'journey:write', {
    created: 'Sent, with its sharing decision (linked to the referral)',
    badRequest: 'No sharing decision on her journey ("a referral cannot be marked sent without its sharing decision"), or a date in the future or before her referral to us',
    conflict: `${CLOSED_OR_STALE}, or it was sent already`,
  })
  markSent(@UuidParam('referralId') id: string, @Body() body: MarkReferralSentDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.progress.markSent(actor, id, body, origin);
  }

  @Route.post('multi-agency-referrals/:referralId/status', 'journey:write', {
    created: "Moved on (forward only: acknowledged → the agency's outcome → actions → closed), with the day and a note in its history",
    badRequest: 'A status not on its road, or a date in the future or before it was sent',
    conflict: `${CLOSED_OR_STALE}, a draft (mark it sent first), or a move backwards`,
  })
  move(@UuidParam('referralId') id: string, @Body() body: MoveReferralStatusDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.progress.move(actor, id, body, origin);
  }

  @Route.post('multi-agency-referrals/:referralId/actions', 'journey:write', {
    created: 'The referral with the new action for us',
    badRequest: 'An owner who is not an active advocate or manager here',
    conflict: 'The referral is closed',
  })
  addAction(@UuidParam('referralId') id: string, @Body() body: AddReferralActionDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.actions.add(actor, id, body, origin);
  }

  @Route.patch('multi-agency-referrals/:referralId/actions/:actionId', 'journey:write', {
    ok: 'The referral with the action changed or marked done',
    badRequest: 'Nothing to change, a done date in the future, or an owner who is not an active advocate or manager here',
    conflict: 'The referral is closed: its actions can only be marked done',
  })
  updateAction(
    @UuidParam('referralId') id: string,
    @UuidParam('actionId') actionId: string,
    @Body() body: UpdateReferralActionDto,
    @CurrentCaller() { actor, origin }: Caller,
  ) {
    return this.actions.update(actor, id, actionId, body, origin);
  }
}
