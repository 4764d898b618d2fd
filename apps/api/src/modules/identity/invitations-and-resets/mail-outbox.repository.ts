import type { EntityManager } from 'typeorm';
import { execute, selectRow } from '../../../database/sql';

/** A message to an account's own address: what it is for, and its neutral words. */
export interface AccountMessage {
  template: 'invitation' | 'password_reset' | 'security_alert';
  subject: string;
  body: string;
}

/**
 * To the address stored on the account; with no account (null) the same statement inserts nothing.
 * A woman's account names her record, so the worker applies her safe-contact rules when it sends.
 * The message id, or null.
 */
export async function insertOutboxMessageToAccount(em: EntityManager, accountId: string | null, message: AccountMessage): Promise<string | null> {
  const row = await selectRow<{ id: string }>(
    em,
    `INSERT INTO outbox_message (organisation_id, recipient, template, subject, body, service_user_id)
     SELECT ua.organisation_id, ua.email, $2, $3, $4, (SELECT su.id FROM service_user su WHERE su.account_id = ua.id)
     FROM user_account ua WHERE ua.id = $1 RETURNING id`,
    [accountId, message.template, message.subject, message.body],
  );
  return row?.id ?? null;
}

/**
 * Withdraws the account's invitations still waiting to leave: a newer link has replaced theirs, which
 * no longer works (a woman's are found by her record, whatever address they were queued to).
 */
export async function withdrawWaitingInvitations(em: EntityManager, accountId: string): Promise<void> {
  await execute(
    em,
    `UPDATE outbox_message SET status = 'withdrawn', failure_reason = 'A newer invitation replaced it.'
     WHERE template = 'invitation' AND status = 'queued'
       AND (service_user_id = (SELECT su.id FROM service_user su WHERE su.account_id = $1)
            OR recipient = (SELECT ua.email FROM user_account ua WHERE ua.id = $1))`,
    [accountId],
  );
}
