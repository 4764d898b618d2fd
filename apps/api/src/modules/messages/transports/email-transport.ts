import { createTransport } from 'nodemailer';

export { smtpUrlProblem } from './smtp-url';

/** One email as it leaves Beside: neutral words only, and nothing that is not also in the outbox. */
export interface OutgoingEmail {
  /** The outbox message's id: it makes the Message-ID, so a receiving system can tell a resend from a new message. */
  outboxId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
}

export interface SentReceipt {
  providerId: string;
}

export interface EmailTransport {
  /** Checks the server answers and accepts the credentials; start-up calls it. */
  verify(): Promise<void>;
  send(email: OutgoingEmail): Promise<SentReceipt>;
  close(): void;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** Email over SMTP with nodemailer, to any provider. */
export function smtpTransport(smtpUrl: string): EmailTransport {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  const transporter = createTransport({
    // A few connections kept open and reused: a new SMTP session per message held one instance to about 8 a second.
    pool: true,
    maxConnections: 4,
    maxMessages: 100,
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    requireTLS: !secure && !LOOPBACK.has(url.hostname),
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    tls: { minVersion: 'TLSv1.2' },
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
    // Nodemailer would otherwise log envelopes (recipients) at debug level.
    logger: false,
    debug: false,
  });
  return {
    async verify() {
      await transporter.verify();
    },
    async send(email) {
      const domain = email.from.replace(/^.*@/, '').replace(/>.*$/, '') || 'messages.invalid';
      const info = await transporter.sendMail({
        from: email.from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        messageId: `<${email.outboxId}@${domain}>`,
      });
      return { providerId: info.messageId };
    },
    close() {
      transporter.close();
    },
  };
}
