import type { EntityManager } from 'typeorm';
import { selectRow } from '../../../database/sql';
import type { DeliveryChannel, MessagePurpose } from '../delivery/delivery-rules';

export interface NewOutboxMessage {
  recipient: string;
  purpose: MessagePurpose;
  channel: DeliveryChannel;
  subject: string;
  body: string;
  serviceUserId?: string | null;
  appointmentId?: string | null;
  sendAfter?: Date | null;
  /** For a reminder: the start time it reminds of (moved or cancelled by then: withdrawn). */
  aboutStartsAt?: Date | null;
  /** Makes the message exist once: a second insert with the same key queues nothing. */
  dedupeKey?: string | null;
}

/** Queues a message in the caller's transaction (the organisation is the transaction's own); null when its dedupe key was queued already. */
export async function insertOutboxMessage(em: EntityManager, m: NewOutboxMessage): Promise<string | null> {
  const row = await selectRow<{ id: string }>(
    em,
    `INSERT INTO outbox_message (organisation_id, recipient, template, channel, subject, body, service_user_id, appointment_id, send_after, about_starts_at, dedupe_key)
     VALUES (beside_current_organisation(), $1, $2, $3, $4, $5, $6, $7, coalesce($8, now()), $9, $10)
     ON CONFLICT (organisation_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
     RETURNING id`,
    [m.recipient, m.purpose, m.channel, m.subject, m.body, m.serviceUserId ?? null, m.appointmentId ?? null, m.sendAfter ?? null, m.aboutStartsAt ?? null, m.dedupeKey ?? null],
  );
  return row?.id ?? null;
}

/** Whether she already has an alert of this kind waiting, or one sent after `since` (so a burst of messages makes one alert). */
export async function hasAlertSince(em: EntityManager, serviceUserId: string, purpose: MessagePurpose, since: Date | null): Promise<boolean> {
  const row = await selectRow<{ found: boolean }>(
    em,
    `SELECT EXISTS (
       SELECT 1 FROM outbox_message
       WHERE service_user_id = $1 AND template = $2
         AND (status IN ('queued', 'sending') OR ($3::timestamptz IS NOT NULL AND created_at > $3) OR ($3::timestamptz IS NULL AND status = 'sent'))
     ) AS found`,
    [serviceUserId, purpose, since],
  );
  return !!row?.found;
}
