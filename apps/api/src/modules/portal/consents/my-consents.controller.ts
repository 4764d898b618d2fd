import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../../common/uuid-param';
import { type Actor, Allow, CurrentActor, Origin, type RequestOrigin } from '../../authz';
import { WithdrawConsentDto } from '../../service-users';
import { MyConsentsService } from './my-consents.service';

@ApiTags('my consents')
@Controller('my/consents')
export class MyConsentsController {
  constructor(private readonly consents: MyConsentsService) {}

  @Get()
  @Allow('portal:use')
  @ApiOkResponse({ description: 'What you agreed to, shared with whom, until when: current, withdrawn or expired' })
  list(@CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.consents.list(actor, origin);
  }

  @Post(':consentId/withdraw')
  @HttpCode(200)
  @Allow('portal:use')
  @ApiOkResponse({ description: 'Withdrawn from now on' })
  @ApiNotFoundResponse({ description: 'Not one of yours (or missing)' })
  @ApiConflictResponse({ description: 'Already withdrawn, or a stale version: { message, current }' })
  withdraw(@UuidParam('consentId') consentId: string, @Body() body: WithdrawConsentDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.consents.withdraw(actor, consentId, body.version, origin);
  }
}
