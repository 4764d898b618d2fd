import type { NotificationKind } from '@beside/shared/contracts';
import { EntityManager } from 'typeorm';
import { findActiveManagerIds, insertNotifications, queueEmailCopies } from './notification.repository';

export interface NewNotification {
  kind: NotificationKind;
  /** No names or case detail: a reference and what to do. */
  text: string;
  link: string;
}

/** In-app notifications, written in the caller's transaction so they exist exactly when the work does; an email copy (a link only) to those who asked. */
export async function notifyUsers(em: EntityManager, organisationId: string, recipientIds: string[], n: NewNotification): Promise<void> {
  const recipients = [...new Set(recipientIds)];
  if (!recipients.length) return;
  await insertNotifications(em, organisationId, recipients, n);
  await queueEmailCopies(em, recipients, n.link);
}

/** The organisation's active managers, the people told of urgent and overdue concerns. */
export function activeManagers(em: EntityManager, organisationId: string): Promise<string[]> {
  return findActiveManagerIds(em, organisationId);
}

/** Every active manager of the organisation except those named (the raiser, or a manager the concern is about). */
export async function notifyManagers(em: EntityManager, organisationId: string, except: (string | null)[], n: NewNotification): Promise<void> {
  const managers = await activeManagers(em, organisationId);
  await notifyUsers(em, organisationId, managers.filter((m) => !except.includes(m)), n);
}
