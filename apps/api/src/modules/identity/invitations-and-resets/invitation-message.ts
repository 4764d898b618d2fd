import type { EntityManager } from 'typeorm';
import type { MailOutbox } from './mail-outbox';
import { type AccountMessage, withdrawWaitingInvitations } from './mail-outbox.repository';
import { issueToken } from './one-time-tokens';

/**
 * The invitation message, with its one-time link (sent to the address stored on the account). Hers
 * names nothing: whoever else sees her inbox learns neither the service nor what it is for.
 */
export function invitationMessage(publicUrl: string, token: string, forHer: boolean): AccountMessage {
  const link = `${publicUrl}/invitation#token=${token}`;
  return forHer
    ? { template: 'invitation', subject: 'Your invitation', body: `Hello. You have been invited to set up an account. Choose your password here within 3 days:\n${link}\n` }
    : { template: 'invitation', subject: 'You have been invited to Beside', body: `Hello. You have been invited to Beside. Set your password here within 3 days:\n${link}\n` };
}

/** A fresh invitation link, in the outbox for the account's address (an earlier link stops working); when it expires. */
export async function sendInvitationLink(
  em: EntityManager,
  outbox: MailOutbox,
  publicUrl: string,
  account: { id: string; organisationId: string; forHer: boolean },
  sentBy: string,
): Promise<Date> {
  const { token, expiresAt } = await issueToken(em, 'invitation', account, sentBy);
  await withdrawWaitingInvitations(em, account.id);
  await outbox.sendToAccount(em, account.id, invitationMessage(publicUrl, token, account.forHer));
  return expiresAt;
}
