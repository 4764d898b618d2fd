// Reliability check 2, database outage: a private PostgreSQL is stopped for 20 seconds in the
// middle of the write load, then started again (and, with RELIABILITY_OUTAGE_FREEZE=true, then
// frozen for 20 s). During the outage readiness answers 503 and
// requests fail fast (under 10 s) with a clear 503 body; the API never drops a connection or
// exits; afterwards it recovers by itself; no acknowledged write is lost, none is half-written.
import { freshDatabase, SCALE, sleep, startApi, withClient } from './lib/api-instance.mjs';
import { say as sayFor, Verdict } from './lib/check.mjs';
import { createPrivatePostgres } from './lib/private-postgres.mjs';
import { expectNothingLost, halfWrittenCount, preparePeople, runWorkload, summarise } from './lib/workload.mjs';

const SETTINGS = {
  full: { connections: 50, warmSeconds: 15, outageSeconds: 20, afterSeconds: 20 },
  ci: { connections: 10, warmSeconds: 5, outageSeconds: 20, afterSeconds: 8 },
}[SCALE];
const FAIL_FAST_MS = 10_000;
const say = sayFor('outage');
const verdict = new Verdict('outage');

async function pollReadiness(baseUrl, stopSignal) {
  const polls = [];
  while (!stopSignal.stopped) {
    const start = Date.now();
    const poll = { start, end: 0, status: 0, error: null, body: '' };
    try {
      const res = await fetch(`${baseUrl}/api/health/ready`, { signal: AbortSignal.timeout(15_000) });
      poll.status = res.status;
      poll.body = (await res.text()).slice(0, 500);
    } catch (error) {
      poll.error = error?.cause?.code ?? error?.name ?? 'error';
    }
    poll.end = Date.now();
    polls.push(poll);
    await sleep(250);
  }
  return polls;
}

// Each phase: warm-up (or recovery from the one before), 20 s of outage, then the time after.
// `stop`: pg_ctl stop -m fast (every session ended, connections refused: a restart or crash).
// `freeze`: every server process paused (connections open but unanswered: a hung host or a cut
// network), which only the API's own timeouts can turn into a quick answer.
// The freeze is opt-in (RELIABILITY_OUTAGE_FREEZE=true): see docs/RELIABILITY.md for why it can
// still take longer than 10 s.
const PHASES = process.env.RELIABILITY_OUTAGE_FREEZE === 'true' ? ['stop', 'freeze'] : ['stop'];

function analysePhase(phase, results, polls) {
  const { name, beganAt, endingAt, endedAt, nextAt } = phase;
  const during = results.filter((r) => r.start >= beganAt && r.start < endedAt);
  const failedDuring = during.filter((r) => r.error || r.status >= 300);
  const maxLatencyDuringOutageMs = Math.max(0, ...during.map((r) => r.end - r.start));
  const inPhase = results.filter((r) => r.start >= beganAt - 2000 && r.start < nextAt);
  const not503 = inPhase.filter((r) => r.error || (r.status >= 500 && r.status !== 503));
  const unclear503 = inPhase.filter(
    (r) => r.status === 503 && !(typeof r.message === 'string' && /temporarily unavailable/.test(r.message) && !/\bat .+:\d+:\d+/.test(r.body ?? '')),
  );
  const pollsDuring = polls.filter((p) => p.start >= beganAt + 1000 && p.end <= endingAt);
  const readinessDuring = pollsDuring.reduce((acc, p) => ({ ...acc, [p.error ?? p.status]: (acc[p.error ?? p.status] ?? 0) + 1 }), {});
  const readinessMaxMs = Math.max(0, ...pollsDuring.map((p) => p.end - p.start));
  const firstWriteBack = results.filter((r) => r.start >= endedAt && r.start < nextAt && r.id).sort((a, b) => a.end - b.end)[0];
  const firstReadyBack = polls.filter((p) => p.start >= endedAt && p.status === 200).sort((a, b) => a.end - b.end)[0];
  const recoveryMs = firstWriteBack ? firstWriteBack.end - endedAt : null;
  const readinessRecoveryMs = firstReadyBack ? firstReadyBack.end - endedAt : null;
  // Judged here only if answered before the next phase began; the next phase judges the rest.
  const settled = firstWriteBack ? results.filter((r) => r.start >= firstWriteBack.end + 2000 && r.end < nextAt) : [];
  const failedAfter = settled.filter((r) => r.error || r.status >= 300);

  const at = `${name}:`;
  verdict.expect(during.length > 0, `${at} no request was made during the outage`);
  verdict.expect(failedDuring.length > 0, `${at} no request failed during the outage: was PostgreSQL really away?`);
  verdict.expect(maxLatencyDuringOutageMs < FAIL_FAST_MS, `${at} a request during the outage took ${maxLatencyDuringOutageMs} ms (limit ${FAIL_FAST_MS} ms)`);
  verdict.expect(not503.length === 0, `${at} ${not503.length} failures were not a 503 answer: ${JSON.stringify(not503.slice(0, 3).map((r) => [r.kind, r.error ?? r.status, r.body]))}`);
  verdict.expect(unclear503.length === 0, `${at} ${unclear503.length} 503 answers had no clear message: ${JSON.stringify(unclear503.slice(0, 2).map((r) => r.body))}`);
  verdict.expect(pollsDuring.length > 0 && pollsDuring.every((p) => p.status === 503), `${at} readiness during the outage answered ${JSON.stringify(readinessDuring)}, not only 503`);
  verdict.expect(pollsDuring.every((p) => !/\bat .+:\d+:\d+/.test(p.body)), `${at} a readiness answer showed a stack trace`);
  verdict.expect(readinessMaxMs < FAIL_FAST_MS, `${at} readiness took ${readinessMaxMs} ms during the outage`);
  verdict.expect(recoveryMs !== null, `${at} no write succeeded after PostgreSQL came back: the API did not recover by itself`);
  verdict.expect(readinessRecoveryMs !== null, `${at} readiness never answered 200 again after PostgreSQL came back`);
  verdict.expect(
    settled.length > 0 && failedAfter.length === 0,
    `${at} ${failedAfter.length} of ${settled.length} requests failed after recovery: ${JSON.stringify(failedAfter.slice(0, 3).map((r) => [r.kind, r.error ?? r.status, r.message]))}`,
  );
  return {
    phase: name,
    outageSeconds: Number(((endingAt - beganAt) / 1000).toFixed(1)),
    requestsDuringOutage: during.length,
    failedDuringOutage: failedDuring.length,
    maxLatencyDuringOutageMs,
    readinessDuringOutage: readinessDuring,
    readinessMaxMs,
    recoveryMs,
    readinessRecoveryMs,
  };
}

const pg = await createPrivatePostgres();
let db;
let api;
let code = 1;
try {
  db = await freshDatabase(pg.url);
  api = await startApi({ databaseUrl: db.url, label: 'outage' });
  const people = await preparePeople(api.baseUrl);
  const before = await withClient(db.url, halfWrittenCount);

  const loadStop = { stopped: false };
  const readinessStop = { stopped: false };
  const t0 = Date.now();
  const load = runWorkload({ pick: () => people, requests: Infinity, connections: SETTINGS.connections, stopSignal: loadStop, timeoutMs: 60_000 });
  const readiness = pollReadiness(api.baseUrl, readinessStop);

  await sleep(SETTINGS.warmSeconds * 1000);
  const phases = [];
  for (const name of PHASES) {
    say(`${name === 'stop' ? 'stopping' : 'freezing'} PostgreSQL after ${((Date.now() - t0) / 1000).toFixed(1)} s of load`);
    const beganAt = Date.now();
    await (name === 'stop' ? pg.stop() : pg.freeze());
    await sleep(SETTINGS.outageSeconds * 1000 - (Date.now() - beganAt));
    const endingAt = Date.now();
    await (name === 'stop' ? pg.start() : pg.thaw());
    const endedAt = Date.now();
    say(`PostgreSQL was away ${((endingAt - beganAt) / 1000).toFixed(1)} s; back after ${((endedAt - endingAt) / 1000).toFixed(1)} s more`);
    await sleep(SETTINGS.afterSeconds * 1000);
    phases.push({ name, beganAt, endingAt, endedAt, nextAt: Date.now() });
  }
  loadStop.stopped = true;
  const results = await load;
  readinessStop.stopped = true;
  const polls = await readiness;

  const alive = api.process.exitCode === null && api.process.signalCode === null;
  const summary = summarise(results);
  say(`${summary.requests} requests: ${JSON.stringify(summary.byStatus)}`);
  verdict.expect(alive, `the API process exited during the outage (${api.process.exitCode ?? api.process.signalCode}); see ${api.logPath}`);
  const phaseFigures = phases.map((phase) => analysePhase(phase, results, polls));

  const nothingLost = await expectNothingLost(verdict, db.url, results, before, say);

  code = verdict.finish({
    connections: SETTINGS.connections,
    requests: summary.requests,
    byStatus: summary.byStatus,
    phases: phaseFigures,
    ...nothingLost,
    apiStayedUp: alive,
  });
} catch (error) {
  code = verdict.crashed(error, {});
} finally {
  if (api) await api.stop();
  if (db) await db.drop().catch(() => undefined);
  await pg.destroy();
}
process.exit(code);
