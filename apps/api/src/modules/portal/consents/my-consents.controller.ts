import { Body } from '@nestjs/common';
import { UuidParam } from '../../../common/uuid-param';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { WithdrawConsentDto } from '../../service-users';
import { MyConsentsService } from './my-consents.service';

@RouteGroup('my consents', { path: 'my/consents', policy: 'portal:use' })
export class MyConsentsController {
  constructor(private readonly consents: MyConsentsService) {}

  @Route.get('/', { ok: 'What you agreed to, shared with whom, until when: current, withdrawn or expired' })
  list(@CurrentCaller() { actor, origin }: Caller) {
    return this.consents.list(actor, origin);
  }

  @Route.post(':consentId/withdraw', { ok: 'Withdrawn from now on', notFound: 'Not one of yours (or missing)', conflict: 'Already withdrawn, or a stale version: { message, current }' })
  withdraw(@UuidParam('consentId') consentId: string, @Body() body: WithdrawConsentDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.consents.withdraw(actor, consentId, body.version, origin);
  }
}
