import type { NotificationKind, NotificationView } from '@beside/shared/contracts';
import { EntityManager } from 'typeorm';
import { changedRows } from '../../database/changed-rows';
import { execute, selectRow, selectRows } from '../../database/sql';

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  text: string;
  link: string;
  created_at: Date;
  read_at: Date | null;
}

const toView = (n: NotificationRow): NotificationView => ({
  id: n.id,
  kind: n.kind,
  text: n.text,
  link: n.link,
  createdAt: new Date(n.created_at).toISOString(),
  readAt: n.read_at ? new Date(n.read_at).toISOString() : null,
});

/** Her latest notifications, newest first. */
export async function findNotifications(em: EntityManager, recipientId: string): Promise<NotificationView[]> {
  const rows = await selectRows<NotificationRow>(
    em,
    `SELECT id, kind, text, link, created_at, read_at FROM notification WHERE recipient_id = $1 ORDER BY created_at DESC, id DESC LIMIT 50`,
    [recipientId],
  );
  return rows.map(toView);
}

export async function countUnreadNotifications(em: EntityManager, recipientId: string): Promise<number> {
  const row = await selectRow<{ unread: number }>(em, `SELECT count(*)::int AS unread FROM notification WHERE recipient_id = $1 AND read_at IS NULL`, [
    recipientId,
  ]);
  return row?.unread ?? 0;
}

/** One of her notifications and whether she has read it; null when it is not hers (or not there). */
export async function findOwnNotification(em: EntityManager, notificationId: string, recipientId: string): Promise<{ readAt: Date | null } | null> {
  const row = await selectRow<{ read_at: Date | null }>(em, `SELECT read_at FROM notification WHERE id = $1 AND recipient_id = $2`, [
    notificationId,
    recipientId,
  ]);
  return row ? { readAt: row.read_at } : null;
}

export async function markNotificationRead(em: EntityManager, notificationId: string): Promise<void> {
  await execute(em, `UPDATE notification SET read_at = now() WHERE id = $1`, [notificationId]);
}

/** Marks all her unread notifications read; the ids of those it marked. */
export async function markAllNotificationsRead(em: EntityManager, recipientId: string): Promise<string[]> {
  const rows = await changedRows<{ id: string }>(em, `UPDATE notification SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL RETURNING id`, [
    recipientId,
  ]);
  return rows.map((r) => r.id);
}

/** The same notification to each recipient. */
export async function insertNotifications(
  em: EntityManager,
  organisationId: string,
  recipientIds: string[],
  n: { kind: NotificationKind; text: string; link: string },
): Promise<void> {
  await execute(
    em,
    `INSERT INTO notification (organisation_id, recipient_id, kind, text, link)
     SELECT $1, r, $3, $4, $5 FROM unnest($2::uuid[]) AS r`,
    [organisationId, recipientIds, n.kind, n.text, n.link],
  );
}

/**
 * A copy by email for each recipient who asked for one (staff only): the in-app link and nothing
 * else; the worker adds the address of Beside when it sends.
 */
export async function queueEmailCopies(em: EntityManager, recipientIds: string[], link: string): Promise<void> {
  await execute(
    em,
    `INSERT INTO outbox_message (organisation_id, recipient, template, channel, subject, body)
     SELECT organisation_id, email, 'staff_alert', 'email', 'Something new for you', $2
     FROM user_account WHERE id = ANY($1::uuid[]) AND email_alerts AND status = 'active' AND role <> 'service_user'`,
    [recipientIds, link],
  );
}

/** The organisation's active managers. */
export async function findActiveManagerIds(em: EntityManager, organisationId: string): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(em, `SELECT id FROM user_account WHERE organisation_id = $1 AND role = 'manager' AND status = 'active'`, [
    organisationId,
  ]);
  return rows.map((r) => r.id);
}
