// A mail server the smtp-outage check controls: an SMTP server on a loopback port (smtp-server)
// that keeps every message it accepts — its Message-ID, recipients and when — and can be stopped
// and started again on the same port, as a provider's server restarting or going away would.
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from '../../run.mjs';

/**
 * @typedef {{ messageId: string | null, to: string[], at: number }} Accepted
 */

/**
 * Sessions still open when the server stops are given this long to finish, then closed: a
 * message half sent at that moment fails at the sender, which must try it again.
 */
const CLOSE_GRACE_MS = 500;

/** Starts the server; `accepted` grows with every message answered 250. */
export async function startSmtpCatcher() {
  const port = await freePort();
  /** @type {Accepted[]} */
  const accepted = [];
  /** @type {SMTPServer | null} */
  let server = null;

  const listen = async () => {
    const next = new SMTPServer({
      secure: false,
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      size: 1024 * 1024,
      closeTimeout: CLOSE_GRACE_MS,
      // No reverse DNS look-up of 127.0.0.1 on each connection: of no use here, and a slow resolver would delay every send.
      disableReverseLookup: true,
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((parsed) => {
            // Kept before the answer: what the server has accepted is what the sender is told.
            accepted.push({ messageId: parsed.messageId ?? null, to: session.envelope.rcptTo.map((r) => r.address), at: Date.now() });
            callback();
          })
          .catch((error) => callback(error));
      },
    });
    next.on('error', () => undefined);
    await new Promise((resolve, reject) => {
      next.server.once('error', reject);
      next.listen(port, '127.0.0.1', () => resolve(undefined));
    });
    server = next;
  };
  await listen();

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    /** Refuses new connections at once; closes any still open after a short grace. */
    async stop() {
      const current = server;
      server = null;
      if (current) await new Promise((resolve) => current.close(() => resolve(undefined)));
    },
    /** Listens again on the same port. */
    start: listen,
    get running() {
      return server !== null;
    },
  };
}
