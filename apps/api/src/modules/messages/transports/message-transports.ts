import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Environment } from '../../../config/environment';
import type { DeliveryChannel } from '../delivery/delivery-rules';
import { DevelopmentInbox } from './development-inbox';
import { EmailTransport, SentReceipt, smtpTransport } from './email-transport';
import { notifyTextTransport, type TextTransport } from './text-transport';

/** One message on its way out, by whichever channel. */
export interface Outgoing {
  outboxId: string;
  channel: DeliveryChannel;
  to: string;
  subject: string;
  text: string;
  /** The organisation's own neutral sender name (issue 17), shown with MAIL_FROM's address. */
  senderName?: string | null;
}

/** MAIL_FROM with another display name: `Name <address>` keeps the address, a bare address gains the name. */
export function fromWithName(mailFrom: string, name: string | null | undefined): string {
  const clean = name?.replace(/["<>@\r\n]/g, '').trim();
  if (!clean) return mailFrom;
  const address = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom.trim();
  return `"${clean}" <${address}>`;
}

/** A failure that says what went wrong in words an admin can act on, and never the message. */
export class DeliveryFailure extends Error {
  override readonly name = 'DeliveryFailure';
}

/**
 * The way out for each channel. Email goes by SMTP_URL; without it (never in production) by the
 * development inbox, an SMTP server inside this process. Text messages go through GOV.UK Notify
 * when NOTIFY_API_KEY is set, else to the development inbox; in production without Notify, text
 * is not a channel Beside uses (nothing is queued by text).
 */
@Injectable()
export class MessageTransports implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('MessageTransports');
  private email: EmailTransport | null = null;
  private readonly text: TextTransport | null;
  readonly inbox: DevelopmentInbox | null;
  private inboxPort: number | null = null;

  constructor(private readonly env: Environment) {
    this.inbox = env.SMTP_URL || env.NODE_ENV === 'production' ? null : new DevelopmentInbox();
    this.text =
      env.NOTIFY_API_KEY && env.NOTIFY_SMS_TEMPLATE_ID
        ? notifyTextTransport({ apiKey: env.NOTIFY_API_KEY, templateId: env.NOTIFY_SMS_TEMPLATE_ID, baseUrl: env.NOTIFY_BASE_URL, senderId: env.NOTIFY_SMS_SENDER_ID })
        : null;
  }

  /** The channels messages can go by here: text only with a provider (or the development inbox). */
  availableChannels(): DeliveryChannel[] {
    return this.text || this.inbox ? ['email', 'text'] : ['email'];
  }

  /**
   * For a send that was interrupted: the provider's id if it did go, null if it did not, and
   * undefined when the channel cannot tell (SMTP has no way to ask).
   */
  async findSent(channel: DeliveryChannel, outboxId: string): Promise<string | null | undefined> {
    if (channel === 'text' && this.text) return this.text.findSent(outboxId);
    return undefined;
  }

  async onModuleInit(): Promise<void> {
    if (!this.env.MESSAGE_DELIVERY_ENABLED) return;
    if (this.inbox) {
      this.inboxPort = await this.inbox.start();
      this.email = smtpTransport(`smtp://127.0.0.1:${this.inboxPort}`);
      return;
    }
    if (this.env.SMTP_URL) {
      this.email = smtpTransport(this.env.SMTP_URL);
      // A mail server that is down at start-up is not a reason to refuse to start: messages wait in the outbox.
      this.email.verify().catch((e: Error) => this.logger.warn({ err: e.message }, 'the mail server in SMTP_URL did not answer; messages wait in the outbox'));
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.email?.close();
    await this.inbox?.stop();
  }

  /** Where the development inbox listens, for the start-up banner; null when there is none. */
  developmentInboxPort(): number | null {
    return this.inboxPort;
  }

  async send(message: Outgoing): Promise<SentReceipt> {
    if (message.channel === 'email') {
      if (!this.email) throw new DeliveryFailure('No mail server is configured (SMTP_URL).');
      const from = fromWithName(this.env.MAIL_FROM, message.senderName);
      return this.email.send({ outboxId: message.outboxId, from, to: message.to, subject: message.subject, text: message.text });
    }
    if (this.text) return this.text.send(message.outboxId, message.to, message.text);
    if (this.inbox) return this.inbox.catchText(message.outboxId, message.to, message.text);
    throw new DeliveryFailure('No text message provider is configured (NOTIFY_API_KEY).');
  }
}
