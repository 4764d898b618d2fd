import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { type AccountMessage, insertOutboxMessageToAccount } from './mail-outbox.repository';

/**
 * The mail port. Messages are written to outbox_message in the caller's transaction, so
 * a message exists exactly when the work that sent it committed; the delivery worker
 * (modules/messages) takes them from there, under her rules when the account is hers.
 * The log names the outbox row, never the recipient.
 */
@Injectable()
export class MailOutbox {
  private readonly logger = new Logger('MailOutbox');

  /**
   * Queues a message to the address stored on the account (never an address as someone typed it).
   * With no account (null) the same statement runs and queues nothing, so a caller can do the
   * same work whether or not an account exists. Returns the message id, or null.
   */
  async sendToAccount(em: EntityManager, accountId: string | null, message: AccountMessage): Promise<string | null> {
    const id = await insertOutboxMessageToAccount(em, accountId, message);
    if (id) this.logger.log({ outboxMessageId: id, template: message.template }, 'message queued in outbox_message');
    return id;
  }
}
