import { Body } from '@nestjs/common';
import { UuidParam } from '../../common/uuid-param';
import { OUT_OF_REACH, STALE_VERSION } from '../../common/route-answers';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../authz';
import { CreateConsentDto, WithdrawConsentDto } from './dto/consent.dto';
import { UpdateServiceUserDto } from './dto/service-user.dto';
import { ServiceUsersService } from './service-users.service';

@RouteGroup('service users', { notFound: OUT_OF_REACH })
export class ServiceUsersController {
  constructor(private readonly serviceUsers: ServiceUsersService) {}

  @Route.get('service-users/:serviceUserId', 'service-user:read', { ok: 'Her profile with safe-contact preferences' })
  read(@UuidParam('serviceUserId') id: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.serviceUsers.read(actor, id, origin);
  }

  @Route.patch('service-users/:serviceUserId', 'service-user:write', { ok: 'The profile as saved', conflict: STALE_VERSION })
  update(@UuidParam('serviceUserId') id: string, @Body() body: UpdateServiceUserDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.serviceUsers.update(actor, id, body, origin);
  }

  @Route.get('service-users/:serviceUserId/consents', 'service-user:read', { ok: 'Her consents, newest first; `current` is false once withdrawn or past its end date' })
  consents(@UuidParam('serviceUserId') id: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.serviceUsers.consents(actor, id, origin);
  }

  @Route.post('service-users/:serviceUserId/consents', 'service-user:write', { created: 'The consent as recorded, with who recorded it and when' })
  recordConsent(@UuidParam('serviceUserId') id: string, @Body() body: CreateConsentDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.serviceUsers.recordConsent(actor, id, body, origin);
  }

  @Route.post('consents/:consentId/withdraw', 'service-user:write', { created: 'The consent, withdrawn now by you', conflict: 'Stale version or already withdrawn: { message, current }' })
  withdraw(@UuidParam('consentId') id: string, @Body() body: WithdrawConsentDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.serviceUsers.withdrawConsent(actor, id, body.version, origin);
  }
}
