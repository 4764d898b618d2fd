// Reliability check 10, mail server outage: while an admin invites staff members (each invitation
// queues one email in the outbox), the SMTP server the API sends through is stopped for 20 s, then
// started again on the same port. The API keeps accepting invitations throughout; once the outbox
// has drained, every queued message reached the server exactly once (its Message-ID names its
// outbox row), none is lost, none doubled, none failed, each has one `message.sent` audit event,
// and the audit chain verifies.
import { DEMO, freshDatabase, query, SCALE, signIn, sleep, startApi, verifyAuditChain } from './lib/api-instance.mjs';
import { say as sayFor, Verdict } from './lib/check.mjs';
import { startSmtpCatcher } from './lib/smtp-catcher.mjs';

// Both rates are above what one instance sends (one message at a time, one SMTP connection each;
// about 8 a second here): a backlog builds during the load, as well as during the outage.
const SETTINGS = {
  full: { connections: 8, invitationsPerSecond: 12, warmSeconds: 15, outageSeconds: 20, afterSeconds: 20 },
  ci: { connections: 4, invitationsPerSecond: 12, warmSeconds: 5, outageSeconds: 20, afterSeconds: 5 },
}[SCALE];
// After the first failure the worker waits 15–30 s, after the second 30–60 s (delivery-rules.ts):
// a message first refused early in the outage can be refused once more before the server is back,
// and then wait up to a minute after it. So the outbox has stopped draining only when nothing has
// been sent for longer than that; and in any case it is given no more than five minutes.
const STALLED_AFTER_MS = 75_000;
const DRAIN_LIMIT_MS = 300_000;
const MAX_ATTEMPTS = 20;
const DOMAIN = 'smtp-outage.beside.test';
const say = sayFor('smtp-outage');
const verdict = new Verdict('smtp-outage');

/**
 * The admin invites advocates at a steady rate over `connections` until stopped; resolves every
 * request's { email, start, end, status, error, accountId }.
 * @param {import('./lib/api-instance.mjs').Session} admin
 * @param {{ stopped: boolean }} stopSignal
 */
async function inviteStaff(admin, stopSignal) {
  /** @type {{ email: string, start: number, end: number, status: number, error: string | null, accountId: string | null, message?: unknown }[]} */
  const results = [];
  const t0 = Date.now();
  let next = 0;
  const worker = async () => {
    while (!stopSignal.stopped) {
      const i = next++;
      const due = t0 + (i * 1000) / SETTINGS.invitationsPerSecond;
      if (due > Date.now()) await sleep(due - Date.now());
      if (stopSignal.stopped) break;
      const email = `staff-${i}@${DOMAIN}`;
      const result = { email, start: Date.now(), end: 0, status: 0, error: null, accountId: null };
      results.push(result);
      try {
        const res = await admin.post('/api/accounts/invitations', { email, displayName: `Staff member ${i}`, role: 'advocate' });
        result.status = res.status;
        if (res.status === 201 || res.status === 200) result.accountId = res.body?.accountId ?? null;
        else result.message = typeof res.body === 'object' ? res.body?.message : String(res.text).slice(0, 200);
      } catch (error) {
        result.error = error?.cause?.code ?? error?.name ?? 'error';
      }
      result.end = Date.now();
    }
  };
  await Promise.all(Array.from({ length: SETTINGS.connections }, worker));
  return results;
}

/** The outbox rows of this run's invitations (as the database superuser: no organisation needed). */
function outboxRows(databaseUrl) {
  return query(
    databaseUrl,
    `SELECT id, recipient, status, attempts, provider_id AS "providerId", failure_reason AS "failureReason"
     FROM outbox_message WHERE recipient LIKE $1`,
    [`%@${DOMAIN}`],
  );
}

const smtp = await startSmtpCatcher();
const db = await freshDatabase(process.env.DATABASE_URL);
let api;
let code = 1;
try {
  api = await startApi({
    databaseUrl: db.url,
    label: 'smtp-outage',
    env: {
      SMTP_URL: smtp.url,
      MAIL_FROM: `Appointments <no-reply@${DOMAIN}>`,
      MESSAGE_DELIVERY_ENABLED: 'true',
      MESSAGE_DELIVERY_INTERVAL_SECONDS: '1',
      // Retries 2 s, 4 s, 8 s … apart instead of 30 s, 60 s …: the check waits on them, and the rule is the same.
      MESSAGE_RETRY_BASE_SECONDS: '2',
      MESSAGE_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
    },
  });
  say(`API at ${api.baseUrl}, sending through ${smtp.url}`);
  const admin = await signIn(api.baseUrl, DEMO.admin);

  const stop = { stopped: false };
  const t0 = Date.now();
  const load = inviteStaff(admin, stop);
  await sleep(SETTINGS.warmSeconds * 1000);

  say(`stopping the SMTP server after ${((Date.now() - t0) / 1000).toFixed(1)} s of invitations (${smtp.accepted.length} messages accepted so far)`);
  const outageBegan = Date.now();
  await smtp.stop();
  await sleep(SETTINGS.outageSeconds * 1000 - (Date.now() - outageBegan));
  await smtp.start();
  const backAt = Date.now();
  const outageSeconds = Number(((backAt - outageBegan) / 1000).toFixed(1));
  say(`the SMTP server was away ${outageSeconds} s; listening again on port ${smtp.port}`);
  await sleep(SETTINGS.afterSeconds * 1000);
  stop.stopped = true;
  const invitations = await load;
  const loadEnd = Date.now();

  // Wait until nothing is queued or being sent, or the outbox stops draining.
  let rows = await outboxRows(db.url);
  let sentSoFar = -1;
  let lastSentAt = Date.now();
  let gaveUp = '';
  while (rows.some((r) => r.status === 'queued' || r.status === 'sending')) {
    const sent = rows.filter((r) => r.status === 'sent').length;
    if (sent !== sentSoFar) [sentSoFar, lastSentAt] = [sent, Date.now()];
    if (Date.now() - lastSentAt > STALLED_AFTER_MS) gaveUp = `nothing was sent for ${STALLED_AFTER_MS / 1000} s`;
    if (Date.now() - backAt > DRAIN_LIMIT_MS) gaveUp = `${DRAIN_LIMIT_MS / 1000} s after the server came back`;
    if (gaveUp) break;
    await sleep(500);
    rows = await outboxRows(db.url);
  }
  const drainedAt = Date.now();
  const pending = rows.filter((r) => r.status === 'queued' || r.status === 'sending');
  // A moment more for anything that would still arrive (a second copy would come now).
  await sleep(2000);
  say(`invitations for ${((loadEnd - t0) / 1000).toFixed(1)} s; outbox ${pending.length ? 'NOT drained' : 'drained'} ${((drainedAt - backAt) / 1000).toFixed(1)} s after the server came back`);

  // Each outbox row against what the server accepted, by the Message-ID <outbox id@domain of MAIL_FROM>.
  const copies = new Map();
  let unexpected = 0;
  const ours = smtp.accepted.filter((m) => m.to.some((to) => to.endsWith(`@${DOMAIN}`)));
  const rowIds = new Set(rows.map((r) => r.id));
  for (const m of ours) {
    const id = /^<([0-9a-f-]{36})@/.exec(m.messageId ?? '')?.[1];
    if (id && rowIds.has(id)) copies.set(id, (copies.get(id) ?? 0) + 1);
    else unexpected++;
  }
  const delivered = rows.filter((r) => copies.has(r.id)).length;
  const lost = rows.filter((r) => !copies.has(r.id));
  const doubled = rows.filter((r) => (copies.get(r.id) ?? 0) > 1);
  const duplicates = doubled.reduce((n, r) => n + copies.get(r.id) - 1, 0);
  const byStatus = rows.reduce((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {});
  const failed = rows.filter((r) => r.status === 'failed');
  const notSent = rows.filter((r) => r.status !== 'sent');
  const wrongProviderId = rows.filter((r) => r.status === 'sent' && r.providerId !== `<${r.id}@${DOMAIN}>`);
  const retried = rows.filter((r) => r.attempts > 1).length;
  const maxAttempts = Math.max(0, ...rows.map((r) => r.attempts));
  const acceptedAfter = smtp.accepted.filter((m) => m.at >= backAt).map((m) => m.at);
  const drainRatePerSecond = acceptedAfter.length > 1 ? Number(((acceptedAfter.length - 1) / ((Math.max(...acceptedAfter) - backAt) / 1000)).toFixed(1)) : 0;
  // Attempts the server was not there for (each sent message's last attempt is the one that went).
  const failedAttempts = rows.reduce((n, r) => n + r.attempts, 0) - rows.filter((r) => r.status === 'sent').length;

  // The invitations: every one answered 2xx, SMTP or not, and queued exactly one message.
  const acknowledged = invitations.filter((r) => r.accountId);
  const refused = invitations.filter((r) => !r.accountId);
  const invitationStatus = invitations.reduce((acc, r) => ({ ...acc, [r.error ?? r.status]: (acc[r.error ?? r.status] ?? 0) + 1 }), {});
  const rowsPerRecipient = new Map();
  for (const r of rows) rowsPerRecipient.set(r.recipient, (rowsPerRecipient.get(r.recipient) ?? 0) + 1);
  const withoutOneMessage = acknowledged.filter((r) => rowsPerRecipient.get(r.email) !== 1);
  const duringOutage = invitations.filter((r) => r.start >= outageBegan && r.start < backAt);

  // One `message.sent` audit event for each message sent.
  const audited = await query(
    db.url,
    `SELECT entity_id AS id, count(*)::int AS n FROM audit_event WHERE action = 'message.sent' AND entity_id = ANY($1::uuid[]) GROUP BY entity_id`,
    [rows.map((r) => r.id)],
  );
  const sentEvents = new Map(audited.map((a) => [a.id, a.n]));
  const notOneEvent = rows.filter((r) => r.status === 'sent' && sentEvents.get(r.id) !== 1);
  const chain = await verifyAuditChain(db.url);
  say(`audit chain: ${chain.output.split('\n').at(-1)}`);
  const alive = api.process.exitCode === null && api.process.signalCode === null;
  const sample = (list) => list.slice(0, 5).map((r) => r.id).join(', ');

  verdict.expect(alive, `the API process exited (${api.process.exitCode ?? api.process.signalCode}); see ${api.logPath}`);
  verdict.expect(rows.length > 0, 'no message was queued: did the invitations reach the outbox?');
  verdict.expect(duringOutage.length > 0, 'no invitation was made while the SMTP server was away');
  verdict.expect(
    refused.length === 0,
    `${refused.length} of ${invitations.length} invitations were not accepted: ${JSON.stringify(refused.slice(0, 3).map((r) => [r.error ?? r.status, r.message]))}`,
  );
  verdict.expect(withoutOneMessage.length === 0, `${withoutOneMessage.length} accepted invitations did not queue exactly one message (e.g. ${withoutOneMessage.slice(0, 3).map((r) => r.email).join(', ')})`);
  verdict.expect(pending.length === 0, `the outbox did not drain (${gaveUp}): ${pending.length} still queued or sending (${sample(pending)})`);
  verdict.expect(lost.length === 0, `${lost.length} of ${rows.length} messages never reached the SMTP server: ${sample(lost)}`);
  verdict.expect(duplicates === 0, `duplicate deliveries: ${duplicates} (of ${doubled.length} messages that reached the SMTP server more than once: ${sample(doubled)})`);
  verdict.expect(failed.length === 0, `${failed.length} messages were marked failed: ${JSON.stringify(failed.slice(0, 3).map((r) => [r.id, r.failureReason]))}`);
  verdict.expect(notSent.length === 0, `${notSent.length} messages are not marked sent: ${JSON.stringify(byStatus)}`);
  verdict.expect(unexpected === 0, `${unexpected} messages reached the SMTP server that match no outbox row`);
  verdict.expect(wrongProviderId.length === 0, `${wrongProviderId.length} sent messages do not keep their Message-ID as the provider id (${sample(wrongProviderId)})`);
  verdict.expect(retried > 0, 'no message needed a second attempt: was the SMTP server really away while messages were due?');
  verdict.expect(notOneEvent.length === 0, `${notOneEvent.length} sent messages do not have exactly one message.sent audit event (${sample(notOneEvent)})`);
  verdict.expect(chain.ok, `the audit chain does not verify: ${chain.output}`);

  code = verdict.finish({
    invitations: invitations.length,
    invitationStatus,
    invitedDuringOutage: duringOutage.length,
    messages: rows.length,
    delivered,
    duplicates,
    lost: lost.length,
    failed: failed.length,
    byStatus,
    retried,
    failedAttempts,
    maxAttempts,
    acceptedBySmtp: ours.length,
    outageSeconds,
    drainSeconds: Number(((drainedAt - backAt) / 1000).toFixed(1)),
    drainRatePerSecond,
    auditChain: chain.ok ? 'intact' : 'broken',
  });
} catch (error) {
  code = verdict.crashed(error, {});
} finally {
  if (api) await api.stop();
  await smtp.stop();
  await db.drop().catch(() => undefined);
}
process.exit(code);
