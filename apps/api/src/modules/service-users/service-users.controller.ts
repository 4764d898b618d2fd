import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../common/uuid-param';
import { type Actor, Allow, CurrentActor, Origin, type RequestOrigin } from '../authz';
import { CreateConsentDto, WithdrawConsentDto } from './dto/consent.dto';
import { UpdateServiceUserDto } from './dto/service-user.dto';
import { ServiceUsersService } from './service-users.service';

@ApiTags('service users')
@ApiNotFoundResponse({ description: 'Missing, or not in your reach: the same answer' })
@Controller()
export class ServiceUsersController {
  constructor(private readonly serviceUsers: ServiceUsersService) {}

  @Get('service-users/:serviceUserId')
  @Allow('service-user:read')
  @ApiOkResponse({ description: 'Her profile with safe-contact preferences' })
  read(@UuidParam('serviceUserId') id: string, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.serviceUsers.read(actor, id, origin);
  }

  @Patch('service-users/:serviceUserId')
  @Allow('service-user:write')
  @ApiOkResponse({ description: 'The profile as saved' })
  @ApiConflictResponse({ description: 'Stale version: { message, current }' })
  update(@UuidParam('serviceUserId') id: string, @Body() body: UpdateServiceUserDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.serviceUsers.update(actor, id, body, origin);
  }

  @Get('service-users/:serviceUserId/consents')
  @Allow('service-user:read')
  @ApiOkResponse({ description: 'Her consents, newest first; `current` is false once withdrawn or past its end date' })
  consents(@UuidParam('serviceUserId') id: string, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.serviceUsers.consents(actor, id, origin);
  }

  @Post('service-users/:serviceUserId/consents')
  @Allow('service-user:write')
  @ApiCreatedResponse({ description: 'The consent as recorded, with who recorded it and when' })
  recordConsent(@UuidParam('serviceUserId') id: string, @Body() body: CreateConsentDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.serviceUsers.recordConsent(actor, id, body, origin);
  }

  @Post('consents/:consentId/withdraw')
  @Allow('service-user:write')
  @ApiCreatedResponse({ description: 'The consent, withdrawn now by you' })
  @ApiConflictResponse({ description: 'Stale version or already withdrawn: { message, current }' })
  withdraw(@UuidParam('consentId') id: string, @Body() body: WithdrawConsentDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.serviceUsers.withdrawConsent(actor, id, body.version, origin);
  }
}
