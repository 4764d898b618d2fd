import { Injectable } from '@nestjs/common';
import type { NotificationList } from '@beside/shared/contracts';
import { OutOfScopeException } from '../../common/out-of-scope.exception';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditWriter } from '../audit';
import type { Actor, RequestOrigin } from '../authz';
import { countUnreadNotifications, findNotifications, findOwnNotification, markAllNotificationsRead, markNotificationRead } from './notification.repository';

/** Her own in-app notifications: row-level security lets each person read and mark only hers. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditWriter,
  ) {}

  list(actor: Actor): Promise<NotificationList> {
    return this.uow.runAs(actor, async (em) => {
      const items = await findNotifications(em, actor.userId);
      const unread = await countUnreadNotifications(em, actor.userId);
      return { unread, items };
    });
  }

  markRead(actor: Actor, notificationId: string, origin: RequestOrigin): Promise<void> {
    return this.uow.runAs(actor, async (em) => {
      const n = await findOwnNotification(em, notificationId, actor.userId);
      if (!n) throw new OutOfScopeException('notification', notificationId, false, 'Notification not found');
      if (n.readAt) return;
      await markNotificationRead(em, notificationId);
      await this.audit.append(em, actor, origin, [{ action: 'notification.updated', entityType: 'notification', entityId: notificationId, detail: { fields: ['read'] } }]);
    });
  }

  markAllRead(actor: Actor, origin: RequestOrigin): Promise<void> {
    return this.uow.runAs(actor, async (em) => {
      const ids = await markAllNotificationsRead(em, actor.userId);
      if (!ids.length) return;
      await this.audit.append(em, actor, origin, [
        { action: 'notification.updated', entityType: 'notification', detail: { fields: ['read'], count: ids.length, ids } },
      ]);
    });
  }
}
