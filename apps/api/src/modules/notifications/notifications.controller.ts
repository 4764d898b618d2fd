import { UuidParam } from '../../common/uuid-param';
import { type Actor, type Caller, CurrentActor, CurrentCaller, Route, RouteGroup } from '../authz';
import { NotificationsService } from './notifications.service';

@RouteGroup('notifications', { path: 'notifications' })
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Route.get('/', 'account:read-own', { ok: 'Your latest 50 notifications and how many are unread' })
  list(@CurrentActor() actor: Actor) {
    return this.notifications.list(actor);
  }

  @Route.post('read-all', 'account:manage-own', { noContent: 'Every notification of yours marked read' })
  markAllRead(@CurrentCaller() { actor, origin }: Caller) {
    return this.notifications.markAllRead(actor, origin);
  }

  @Route.post(':notificationId/read', 'account:manage-own', { noContent: 'Marked read' })
  markRead(@UuidParam('notificationId') notificationId: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.notifications.markRead(actor, notificationId, origin);
  }
}
