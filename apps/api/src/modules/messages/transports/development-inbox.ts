import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message the development inbox caught, as a newcomer sees it on the Sent messages page. */
export interface CaughtMessage {
  id: string;
  channel: 'email' | 'text';
  messageId: string | null;
  from: string;
  to: string[];
  subject: string;
  text: string;
  receivedAt: string;
}

const KEPT = 200;

/**
 * An SMTP server inside the API process, on a loopback port, for development and tests: whatever is
 * sent to it is kept in memory (the last 200 messages) and never leaves the machine.
 */
export class DevelopmentInbox {
  private readonly caught: CaughtMessage[] = [];
  private server: SMTPServer | null = null;
  private counter = 0;

  async start(port = 0): Promise<number> {
    const server = new SMTPServer({
      secure: false,
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      size: 1024 * 1024,
      // Stopping does not wait for senders' idle kept-open connections.
      closeTimeout: 500,
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            this.keep({
              id: String(++this.counter),
              channel: 'email',
              messageId: parsed.messageId ?? null,
              from: parsed.from?.text ?? session.envelope.mailFrom?.toString() ?? '',
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              receivedAt: new Date().toISOString(),
            });
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    const address = server.server.address();
    return typeof address === 'object' && address ? address.port : port;
  }

  /** A text message in development: kept beside the emails, so a newcomer sees both in one place. */
  catchText(outboxId: string, to: string, text: string): { providerId: string } {
    const id = String(++this.counter);
    this.keep({ id, channel: 'text', messageId: outboxId, from: 'Text message', to: [to], subject: '', text, receivedAt: new Date().toISOString() });
    return { providerId: `development-text-${id}` };
  }

  /** Newest first. */
  messages(): CaughtMessage[] {
    return [...this.caught].reverse();
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private keep(message: CaughtMessage): void {
    this.caught.push(message);
    if (this.caught.length > KEPT) this.caught.splice(0, this.caught.length - KEPT);
  }
}
