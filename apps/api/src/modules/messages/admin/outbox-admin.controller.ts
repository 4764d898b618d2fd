import { UuidParam } from '../../../common/uuid-param';
import { type Actor, type Caller, CurrentActor, CurrentCaller, Route, RouteGroup } from '../../authz';
import { OutboxAdminService } from './outbox-admin.service';

@RouteGroup('messages')
export class OutboxAdminController {
  constructor(private readonly outbox: OutboxAdminService) {}

  @Route.get('messages/undelivered', 'organisation:manage', { ok: 'Messages that failed or were not sent, with the reason: never to whom or what they said' })
  undelivered(@CurrentCaller() { actor, origin }: Caller) {
    return this.outbox.undelivered(actor, origin);
  }

  @Route.post('messages/:messageId/retry', 'organisation:manage', { noContent: 'The failed message is queued again for a fresh set of attempts', conflict: 'It has not failed' })
  retry(@UuidParam('messageId') messageId: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.outbox.retry(actor, messageId, origin);
  }

  @Route.get('development/sent-messages', 'development:inbox', {
    ok: 'Development only: what the in-process inbox caught of your organisation’s messages',
    notFound: 'In production, or with a real mail server',
  })
  sent(@CurrentActor() actor: Actor) {
    return this.outbox.sentInDevelopment(actor);
  }
}
