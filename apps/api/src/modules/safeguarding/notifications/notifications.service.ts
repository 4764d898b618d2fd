import { Injectable } from '@nestjs/common';
import type { NotificationList } from '@beside/shared/contracts';
import { changedRows } from '../../../database/changed-rows';
import { UnitOfWork } from '../../../database/unit-of-work';
import { OutOfScopeException } from '../../../common/out-of-scope.exception';
import { AuditWriter } from '../../audit/audit-writer';
import type { Actor, RequestOrigin } from '../../authz/actor';
import { identityContext } from '../../identity/identity-context';

/** Her own in-app notifications: row-level security lets each person read and mark only hers. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditWriter,
  ) {}

  list(actor: Actor): Promise<NotificationList> {
    return this.uow.run(identityContext(actor), async (em) => {
      const items: { id: string; kind: string; text: string; link: string; created_at: Date; read_at: Date | null }[] = await em.query(
        `SELECT id, kind, text, link, created_at, read_at FROM notification WHERE recipient_id = $1 ORDER BY created_at DESC, id DESC LIMIT 50`,
        [actor.userId],
      );
      const [{ unread }]: { unread: number }[] = await em.query(
        `SELECT count(*)::int AS unread FROM notification WHERE recipient_id = $1 AND read_at IS NULL`,
        [actor.userId],
      );
      return {
        unread,
        items: items.map((n) => ({
          id: n.id,
          kind: n.kind as NotificationList['items'][number]['kind'],
          text: n.text,
          link: n.link,
          createdAt: new Date(n.created_at).toISOString(),
          readAt: n.read_at ? new Date(n.read_at).toISOString() : null,
        })),
      };
    });
  }

  markRead(actor: Actor, notificationId: string, origin: RequestOrigin): Promise<void> {
    return this.uow.run(identityContext(actor), async (em) => {
      const [n]: { read_at: Date | null }[] = await em.query(`SELECT read_at FROM notification WHERE id = $1 AND recipient_id = $2`, [
        notificationId,
        actor.userId,
      ]);
      if (!n) throw new OutOfScopeException('notification', notificationId, false, 'Notification not found');
      if (n.read_at) return;
      await em.query(`UPDATE notification SET read_at = now() WHERE id = $1`, [notificationId]);
      await this.audit.append(em, actor, origin, [{ action: 'notification.updated', entityType: 'notification', entityId: notificationId, detail: { fields: ['read'] } }]);
    });
  }

  markAllRead(actor: Actor, origin: RequestOrigin): Promise<void> {
    return this.uow.run(identityContext(actor), async (em) => {
      const rows = await changedRows<{ id: string }>(
        em,
        `UPDATE notification SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL RETURNING id`,
        [actor.userId],
      );
      if (!rows.length) return;
      await this.audit.append(em, actor, origin, [
        { action: 'notification.updated', entityType: 'notification', detail: { fields: ['read'], count: rows.length, ids: rows.map((r) => r.id) } },
      ]);
    });
  }
}
