import { Body, Query } from '@nestjs/common';
import { UuidParam } from '../../common/uuid-param';
import { OUT_OF_REACH } from '../../common/route-answers';
import { type Actor, type Caller, CurrentActor, CurrentCaller, Route, RouteGroup } from '../authz';
import { AcceptReferralDto, DeclineReferralDto, IncomingQueryDto, SendReferralDto, VersionDto } from './dto/referral.dto';
import { ReferralsService } from './referrals.service';

const WITHDRAWN_OR_ANSWERED = 'Withdrawn, already answered, or a stale version';

@RouteGroup('referrals', { notFound: OUT_OF_REACH })
export class ReferralsController {
  constructor(private readonly referrals: ReferralsService) {}

  @Route.get('referrals/destinations', 'referral:send', { ok: 'The other active member organisations, and what each offers' })
  destinations(@CurrentActor() actor: Actor) {
    return this.referrals.destinations(actor);
  }

  @Route.post('journeys/:journeyId/referrals', 'referral:send', {
    created: 'The referral as sent; the receiving organisation sees only the parts she agreed to share',
    badRequest: 'No consent, parts outside the list, goals not on her journey, her own or no member organisation',
    conflict: 'A closed journey, a suspended organisation, or a referral already waiting there',
  })
  send(@UuidParam('journeyId') journeyId: string, @Body() body: SendReferralDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.referrals.send(actor, journeyId, body, origin);
  }

  @Route.get('journeys/:journeyId/referrals', 'referral:send', { ok: 'The referrals sent from this journey and where each stands' })
  forJourney(@UuidParam('journeyId') journeyId: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.referrals.forJourney(actor, journeyId, origin);
  }

  @Route.post('referrals/:referralId/withdraw', 'referral:send', {
    ok: 'Withdrawn on her behalf; the receiving organisation no longer sees what she shared',
    conflict: 'Already accepted, declined or withdrawn, or a stale version',
  })
  withdraw(@UuidParam('referralId') referralId: string, @Body() body: VersionDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.referrals.withdraw(actor, referralId, body.version, origin);
  }

  @Route.get('referrals/incoming', 'referral:receive', { ok: 'Referrals to this organisation: who from, why and which parts she agreed to share (not the shared record)' })
  incoming(@Query() query: IncomingQueryDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.referrals.incoming(actor, query.status, origin);
  }

  @Route.get('referrals/incoming/:referralId', 'referral:receive', { ok: 'One referral with what she agreed to share, and nothing more; reading is audited' })
  readIncoming(@UuidParam('referralId') referralId: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.referrals.readIncoming(actor, referralId, origin);
  }

  @Route.post('referrals/incoming/:referralId/accept', 'referral:receive', { ok: 'Accepted: journeyId is the journey started here for her', conflict: WITHDRAWN_OR_ANSWERED })
  accept(@UuidParam('referralId') referralId: string, @Body() body: AcceptReferralDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.referrals.accept(actor, referralId, body, origin);
  }

  @Route.post('referrals/incoming/:referralId/decline', 'referral:receive', { ok: 'Declined with a reason the sending organisation reads', conflict: WITHDRAWN_OR_ANSWERED })
  decline(@UuidParam('referralId') referralId: string, @Body() body: DeclineReferralDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.referrals.decline(actor, referralId, body, origin);
  }
}
