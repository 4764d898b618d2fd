import type { EntityManager } from 'typeorm';
import type { SafeTimeWindow } from '@beside/shared/contracts';
import { changedRows } from '../../../database/changed-rows';
import { selectRow, selectRows } from '../../../database/sql';
import type { DeliveryChannel, HerContactRules, MessagePurpose } from './delivery-rules';

/** A message this instance has taken from the outbox to work on. */
export interface ClaimedMessage {
  id: string;
  organisationId: string;
  channel: DeliveryChannel;
  purpose: MessagePurpose;
  recipient: string;
  subject: string;
  body: string;
  attempts: number;
  serviceUserId: string | null;
  appointmentId: string | null;
  aboutStartsAt: Date | null;
  /** The organisation's neutral sender name for email (organisation.settings.messageSender), or null for MAIL_FROM's. */
  senderName: string | null;
}

/**
 * JavaScript's time has milliseconds and PostgreSQL's microseconds: "now" rounded down would leave
 * a message queued earlier in this same millisecond not yet due. Everything up to its end is.
 */
function dueBy(now: Date): string {
  return `${now.toISOString().slice(0, -1)}999Z`;
}

/** Organisations with a message due, or one left "sending" before `stuckBefore` (a SECURITY DEFINER function: the worker has no organisation). */
export async function organisationsWithMessagesDue(em: EntityManager, now: Date, stuckBefore: Date): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(em, `SELECT beside_outbox_organisations_due($1, $2) AS id`, [dueBy(now), stuckBefore]);
  return rows.map((r) => r.id);
}

/**
 * Takes up to `limit` due messages of the organisation and holds their rows to the end of the
 * transaction; another instance skips them (SKIP LOCKED), so each message has one sender.
 */
export async function lockDueMessages(em: EntityManager, now: Date, limit: number): Promise<ClaimedMessage[]> {
  return selectRows<ClaimedMessage>(
    em,
    `SELECT id, organisation_id AS "organisationId", channel, template AS purpose, recipient, subject, body, attempts,
            service_user_id AS "serviceUserId", appointment_id AS "appointmentId", about_starts_at AS "aboutStartsAt",
            (SELECT nullif(o.settings ->> 'messageSender', '') FROM organisation o WHERE o.id = outbox_message.organisation_id) AS "senderName"
     FROM outbox_message
     WHERE status = 'queued' AND send_after <= $1
     ORDER BY send_after
     LIMIT $2
     FOR UPDATE SKIP LOCKED`,
    [dueBy(now), limit],
  );
}

/** Records the attempt before anything is sent, so a process that stops mid-send leaves a trace, never a silent resend. */
export async function markSending(em: EntityManager, id: string, recipient: string, now: Date): Promise<void> {
  await changedRows(
    em,
    `UPDATE outbox_message SET status = 'sending', attempts = attempts + 1, last_attempt_at = $2, recipient = $3 WHERE id = $1 RETURNING id`,
    [id, now, recipient],
  );
}

export async function markSent(em: EntityManager, id: string, providerId: string, now: Date): Promise<void> {
  await changedRows(
    em,
    `UPDATE outbox_message SET status = 'sent', sent_at = $3, provider_id = $2, failure_reason = NULL WHERE id = $1 AND status = 'sending' RETURNING id`,
    [id, providerId.slice(0, 300), now],
  );
}

/** Back to the queue after a failed attempt, to be tried again no sooner than `sendAfter`. */
export async function scheduleRetry(em: EntityManager, id: string, sendAfter: Date, reason: string): Promise<void> {
  await changedRows(
    em,
    `UPDATE outbox_message SET status = 'queued', send_after = $2, failure_reason = $3 WHERE id = $1 AND status = 'sending' RETURNING id`,
    [id, sendAfter, reason.slice(0, 300)],
  );
}

/** Held, not attempted: her safe times have not opened yet. */
export async function holdUntil(em: EntityManager, id: string, sendAfter: Date): Promise<void> {
  await changedRows(em, `UPDATE outbox_message SET send_after = $2 WHERE id = $1 AND status = 'queued' RETURNING id`, [id, sendAfter]);
}

export async function markFailed(em: EntityManager, id: string, reason: string): Promise<void> {
  await changedRows(em, `UPDATE outbox_message SET status = 'failed', failure_reason = $2 WHERE id = $1 RETURNING id`, [id, reason.slice(0, 300)]);
}

/** Not sent, and never will be: her rules refused it (the reason, never the content, is kept for staff). */
export async function withdraw(em: EntityManager, id: string, reason: string): Promise<void> {
  await changedRows(em, `UPDATE outbox_message SET status = 'withdrawn', failure_reason = $2 WHERE id = $1 RETURNING id`, [id, reason.slice(0, 300)]);
}

/**
 * Messages an instance marked "sending" and never finished (it stopped): they may or may not have
 * left. Locked, so one instance looks into each.
 */
export async function lockInterruptedSends(em: EntityManager, stuckBefore: Date): Promise<{ id: string; purpose: MessagePurpose; channel: DeliveryChannel }[]> {
  return selectRows<{ id: string; purpose: MessagePurpose; channel: DeliveryChannel }>(
    em,
    `SELECT id, template AS purpose, channel FROM outbox_message
     WHERE status = 'sending' AND last_attempt_at < $1
     FOR UPDATE SKIP LOCKED`,
    [stuckBefore],
  );
}

/** An interrupted send the provider says never arrived: back in the queue, its attempt still counted. */
export async function requeueInterrupted(em: EntityManager, id: string): Promise<void> {
  await changedRows(em, `UPDATE outbox_message SET status = 'queued', send_after = now() WHERE id = $1 AND status = 'sending' RETURNING id`, [id]);
}

interface StoredContact {
  channels: string[] | null;
  safeWindows: SafeTimeWindow[] | null;
  consent: Partial<Record<MessagePurpose, DeliveryChannel[]>> | null;
  textNumber: string | null;
  email: string | null;
}

/** Her safe-contact rules as they stand now (not as they were when the message was queued). */
export async function findHerContactRules(em: EntityManager, serviceUserId: string, invitedEmail: string | null): Promise<HerContactRules | null> {
  const row = await selectRow<StoredContact>(
    em,
    `SELECT su.safe_contact -> 'channels' AS channels, su.safe_contact -> 'safeWindows' AS "safeWindows",
            su.safe_contact -> 'messageConsent' AS consent, su.safe_contact ->> 'textNumber' AS "textNumber",
            ua.email
     FROM service_user su LEFT JOIN user_account ua ON ua.id = su.account_id
     WHERE su.id = $1`,
    [serviceUserId],
  );
  if (!row) return null;
  return {
    safeChannels: Array.isArray(row.channels) ? row.channels : [],
    safeWindows: Array.isArray(row.safeWindows) ? row.safeWindows : [],
    consent: row.consent ?? {},
    email: row.email ?? invitedEmail,
    textNumber: row.textNumber,
  };
}

/** Whether the appointment a reminder is about is still planned for the time it reminds of. */
export async function isAppointmentStillAt(em: EntityManager, appointmentId: string, startsAt: Date): Promise<boolean> {
  const row = await selectRow<{ still: boolean }>(
    em,
    `SELECT status = 'planned' AND starts_at = $2 AS still FROM appointment WHERE id = $1`,
    [appointmentId, startsAt],
  );
  return !!row?.still;
}
