import type { NotificationKind } from '@beside/shared/contracts';
import { EntityManager } from 'typeorm';

export interface NewNotification {
  kind: NotificationKind;
  /** No names or case detail: a reference and what to do. */
  text: string;
  link: string;
}

/** In-app notifications, written in the caller's transaction so they exist exactly when the work does. */
export async function notifyUsers(em: EntityManager, organisationId: string, recipientIds: string[], n: NewNotification): Promise<void> {
  const recipients = [...new Set(recipientIds)];
  if (!recipients.length) return;
  await em.query(
    `INSERT INTO notification (organisation_id, recipient_id, kind, text, link)
     SELECT $1, r, $3, $4, $5 FROM unnest($2::uuid[]) AS r`,
    [organisationId, recipients, n.kind, n.text, n.link],
  );
}

/** The organisation's active managers, the people told of urgent and overdue concerns. */
export async function activeManagers(em: EntityManager, organisationId: string): Promise<string[]> {
  const rows: { id: string }[] = await em.query(
    `SELECT id FROM user_account WHERE organisation_id = $1 AND role = 'manager' AND status = 'active'`,
    [organisationId],
  );
  return rows.map((r) => r.id);
}

/** Every active manager of the organisation except those named (the raiser, or a manager the concern is about). */
export async function notifyManagers(em: EntityManager, organisationId: string, except: (string | null)[], n: NewNotification): Promise<void> {
  const managers = await activeManagers(em, organisationId);
  await notifyUsers(em, organisationId, managers.filter((m) => !except.includes(m)), n);
}
