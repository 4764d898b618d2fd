// Reliability check 7, graceful shutdown: SIGTERM in the middle of the write load. Every request
// sent before the signal gets its answer (no connection reset, no 5xx), the process exits by
// itself with code 0 within its grace period, and every acknowledged write is in the database.
import { freshDatabase, SCALE, sleep, startApi, verifyAuditChain, withClient } from './lib/api-instance.mjs';
import { say as sayFor, Verdict } from './lib/check.mjs';
import { findAcknowledged, halfWrittenCount, preparePeople, runWorkload, summarise } from './lib/workload.mjs';

const SETTINGS = {
  full: { connections: 50, warmSeconds: 10, rounds: 3 },
  ci: { connections: 20, warmSeconds: 3, rounds: 1 },
}[SCALE];
const GRACE_MS = 10_000;
const say = sayFor('shutdown');
const verdict = new Verdict('shutdown');

const db = await freshDatabase(process.env.DATABASE_URL);
let api;
let code = 1;
const rounds = [];
try {
  for (let round = 1; round <= SETTINGS.rounds; round++) {
    api = await startApi({ databaseUrl: db.url, label: `shutdown-${round}`, env: { SHUTDOWN_GRACE_MS: String(GRACE_MS) } });
    const people = await preparePeople(api.baseUrl);
    const before = await withClient(db.url, halfWrittenCount);
    const stop = { stopped: false };
    const load = runWorkload({ pick: () => people, requests: Infinity, connections: SETTINGS.connections, stopSignal: stop, timeoutMs: GRACE_MS * 2 });
    await sleep(SETTINGS.warmSeconds * 1000);

    const signalAt = Date.now();
    const exited = api.exited;
    api.process.kill('SIGTERM');
    const exit = await exited;
    // Keep sending a moment after the exit, as phones would: those requests find no server.
    await sleep(500);
    stop.stopped = true;
    const results = await load;
    const exitMs = exit.at - signalAt;

    const sentBefore = results.filter((r) => r.start < signalAt);
    const inFlight = sentBefore.filter((r) => r.end >= signalAt);
    const failedBefore = sentBefore.filter((r) => r.error || r.status < 200 || r.status >= 300);
    const sentAfter = results.filter((r) => r.start >= signalAt);
    const serverErrorsAfter = sentAfter.filter((r) => !r.error && r.status >= 500 && r.status !== 503);
    const found = await withClient(db.url, (c) => findAcknowledged(c, results));
    const halfWritten = (await withClient(db.url, halfWrittenCount)) - before;
    const summary = summarise(results);
    say(
      `round ${round}: SIGTERM after ${sentBefore.length} requests, ${inFlight.length} in flight; exit ${exit.code ?? exit.signal} after ${exitMs} ms; ` +
        `sent after the signal: ${JSON.stringify(summarise(sentAfter).byStatus)}`,
    );

    verdict.expect(exit.code === 0, `round ${round}: the API exited with ${exit.code ?? exit.signal} after SIGTERM`);
    verdict.expect(exitMs < GRACE_MS, `round ${round}: the API took ${exitMs} ms to exit (grace ${GRACE_MS} ms)`);
    verdict.expect(inFlight.length > 0, `round ${round}: no request was in flight at the signal`);
    verdict.expect(
      failedBefore.length === 0,
      `round ${round}: ${failedBefore.length} requests sent before the signal failed: ${JSON.stringify(failedBefore.slice(0, 5).map((r) => [r.kind, r.error ?? r.status, r.message, signalAt - r.start]))}`,
    );
    verdict.expect(serverErrorsAfter.length === 0, `round ${round}: ${serverErrorsAfter.length} requests after the signal got a 5xx other than 503`);
    verdict.expect(found.found === found.acknowledged && found.foundWithAudit === found.acknowledged, `round ${round}: of ${found.acknowledged} acknowledged, ${found.found} found and ${found.foundWithAudit} with their audit event`);
    verdict.expect(halfWritten === 0, `round ${round}: ${halfWritten} half-written records`);
    rounds.push({
      requests: summary.requests,
      sentBeforeSignal: sentBefore.length,
      inFlightAtSignal: inFlight.length,
      failedOfThose: failedBefore.length,
      sentAfterSignal: sentAfter.length,
      afterSignal: summarise(sentAfter).byStatus,
      exitCode: exit.code,
      exitMs,
      acknowledged: found.acknowledged,
      found: found.found,
      halfWritten,
    });
    api = null;
  }
  const chain = await verifyAuditChain(db.url);
  verdict.expect(chain.ok, `the audit chain does not verify: ${chain.output}`);
  code = verdict.finish({ graceMs: GRACE_MS, connections: SETTINGS.connections, rounds, auditChain: chain.ok ? 'intact' : 'broken' });
} catch (error) {
  code = verdict.crashed(error, { rounds });
} finally {
  if (api) await api.stop('SIGKILL');
  await db.drop().catch(() => undefined);
}
process.exit(code);
