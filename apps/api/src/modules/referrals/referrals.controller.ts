import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../common/uuid-param';
import { type Actor, Allow, CurrentActor, Origin, type RequestOrigin } from '../authz';
import { AcceptReferralDto, DeclineReferralDto, IncomingQueryDto, SendReferralDto, VersionDto } from './dto/referral.dto';
import { ReferralsService } from './referrals.service';

@ApiTags('referrals')
@ApiNotFoundResponse({ description: 'Missing, or not in your reach: the same answer' })
@Controller()
export class ReferralsController {
  constructor(private readonly referrals: ReferralsService) {}

  @Get('referrals/destinations')
  @Allow('referral:send')
  @ApiOkResponse({ description: 'The other active member organisations, and what each offers' })
  destinations(@CurrentActor() actor: Actor) {
    return this.referrals.destinations(actor);
  }

  @Post('journeys/:journeyId/referrals')
  @Allow('referral:send')
  @ApiCreatedResponse({ description: 'The referral as sent; the receiving organisation sees only the parts she agreed to share' })
  @ApiBadRequestResponse({ description: 'No consent, parts outside the list, goals not on her journey, her own or no member organisation' })
  @ApiConflictResponse({ description: 'A closed journey, a suspended organisation, or a referral already waiting there' })
  send(@UuidParam('journeyId') journeyId: string, @Body() body: SendReferralDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.referrals.send(actor, journeyId, body, origin);
  }

  @Get('journeys/:journeyId/referrals')
  @Allow('referral:send')
  @ApiOkResponse({ description: 'The referrals sent from this journey and where each stands' })
  forJourney(@UuidParam('journeyId') journeyId: string, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.referrals.forJourney(actor, journeyId, origin);
  }

  @Post('referrals/:referralId/withdraw')
  @Allow('referral:send')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Withdrawn on her behalf; the receiving organisation no longer sees what she shared' })
  @ApiConflictResponse({ description: 'Already accepted, declined or withdrawn, or a stale version' })
  withdraw(@UuidParam('referralId') referralId: string, @Body() body: VersionDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.referrals.withdraw(actor, referralId, body.version, origin);
  }

  @Get('referrals/incoming')
  @Allow('referral:receive')
  @ApiOkResponse({ description: "Referrals to this organisation: who from, why and which parts she agreed to share (not the shared record)" })
  incoming(@Query() query: IncomingQueryDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.referrals.incoming(actor, query.status, origin);
  }

  @Get('referrals/incoming/:referralId')
  @Allow('referral:receive')
  @ApiOkResponse({ description: 'One referral with what she agreed to share, and nothing more; reading is audited' })
  readIncoming(@UuidParam('referralId') referralId: string, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.referrals.readIncoming(actor, referralId, origin);
  }

  @Post('referrals/incoming/:referralId/accept')
  @Allow('referral:receive')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Accepted: journeyId is the journey started here for her' })
  @ApiConflictResponse({ description: 'Withdrawn, already answered, or a stale version' })
  accept(@UuidParam('referralId') referralId: string, @Body() body: AcceptReferralDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.referrals.accept(actor, referralId, body, origin);
  }

  @Post('referrals/incoming/:referralId/decline')
  @Allow('referral:receive')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Declined with a reason the sending organisation reads' })
  @ApiConflictResponse({ description: 'Withdrawn, already answered, or a stale version' })
  decline(@UuidParam('referralId') referralId: string, @Body() body: DeclineReferralDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.referrals.decline(actor, referralId, body, origin);
  }
}
