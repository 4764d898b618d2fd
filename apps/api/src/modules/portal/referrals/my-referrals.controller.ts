import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../../common/uuid-param';
import { type Actor, Allow, CurrentActor, Origin, type RequestOrigin } from '../../authz';
import { MyReferralsService } from './my-referrals.service';

@ApiTags('portal')
@Controller('my/referrals')
export class MyReferralsController {
  constructor(private readonly referrals: MyReferralsService) {}

  @Get()
  @Allow('portal:use')
  @ApiOkResponse({ description: 'Her referrals to other member organisations, where each stands in plain words, and what she agreed to share' })
  list(@CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.referrals.list(actor, origin);
  }

  @Post(':referralId/withdraw')
  @Allow('portal:use')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Withdrawn: the other organisation no longer sees what she shared' })
  @ApiConflictResponse({ description: 'Already accepted (or declined, or withdrawn): too late to withdraw' })
  withdraw(@UuidParam('referralId') referralId: string, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.referrals.withdraw(actor, referralId, origin);
  }
}
