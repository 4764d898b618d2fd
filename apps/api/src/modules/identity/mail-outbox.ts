import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface OutgoingMessage {
  organisationId: string;
  recipient: string;
  template: 'invitation' | 'password_reset';
  subject: string;
  body: string;
}

/**
 * The mail port. Messages are written to outbox_message in the caller's transaction, so
 * a message exists exactly when the work that sent it committed; a delivery worker (or,
 * in development and tests, a person reading the table) takes them from there.
 * The log names the outbox row, never the recipient.
 */
@Injectable()
export class MailOutbox {
  private readonly logger = new Logger('MailOutbox');

  async send(em: EntityManager, message: OutgoingMessage): Promise<string> {
    const [row]: { id: string }[] = await em.query(
      `INSERT INTO outbox_message (organisation_id, recipient, template, subject, body) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [message.organisationId, message.recipient, message.template, message.subject, message.body],
    );
    this.logger.log({ outboxMessageId: row.id, template: message.template }, 'message queued in outbox_message');
    return row.id;
  }
}
