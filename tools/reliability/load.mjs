// Reliability check 1, load with nothing lost: concurrent writes through the API (appointments
// with accompaniment, notes, check-ins, concerns), every acknowledged id then looked for in the
// database with its audit event; the audit chain verifies; no 5xx, no dropped connection.
import { freshDatabase, SCALE, startApi, withClient } from './lib/api-instance.mjs';
import { say as sayFor, Verdict } from './lib/check.mjs';
import { expectNothingLost, halfWrittenCount, preparePeople, runWorkload, summarise } from './lib/workload.mjs';

const SETTINGS = {
  full: { requests: 20_000, connections: 50, maxSeconds: 600 },
  ci: { requests: 1_500, connections: 20, maxSeconds: 120 },
}[SCALE];
const say = sayFor('load');
const verdict = new Verdict('load');

const db = await freshDatabase(process.env.DATABASE_URL);
let api;
let code = 1;
try {
  api = await startApi({ databaseUrl: db.url, label: 'load' });
  const people = await preparePeople(api.baseUrl);
  const before = await withClient(db.url, halfWrittenCount);
  say(`${SETTINGS.requests} requests at ${SETTINGS.connections} connections against ${api.baseUrl}`);
  const t0 = Date.now();
  const results = await runWorkload({ pick: () => people, requests: SETTINGS.requests, connections: SETTINGS.connections, until: t0 + SETTINGS.maxSeconds * 1000 });
  const seconds = (Date.now() - t0) / 1000;
  const summary = summarise(results);
  say(`${summary.requests} requests in ${seconds.toFixed(1)} s: ${JSON.stringify(summary.byStatus)}`);

  const nothingLost = await expectNothingLost(verdict, db.url, results, before, say);
  verdict.expect(summary.requests >= SETTINGS.requests, `only ${summary.requests} of ${SETTINGS.requests} requests were sent within ${SETTINGS.maxSeconds} s`);
  verdict.expect(summary.serverErrors === 0, `${summary.serverErrors} answers were 5xx`);
  verdict.expect(summary.networkErrors === 0, `${summary.networkErrors} requests got no answer`);
  const other = results.filter((r) => !r.error && (r.status < 200 || r.status >= 300));
  verdict.expect(other.length === 0, `${other.length} answers were not 2xx, e.g. ${JSON.stringify(other.slice(0, 3).map((r) => [r.kind, r.status, r.message]))}`);

  code = verdict.finish({
    requests: summary.requests,
    connections: SETTINGS.connections,
    seconds: Number(seconds.toFixed(1)),
    requestsPerSecond: Math.round(summary.requests / seconds),
    ...nothingLost,
    serverErrors: summary.serverErrors,
    networkErrors: summary.networkErrors,
    byStatus: summary.byStatus,
    p50Ms: summary.p50Ms,
    p99Ms: summary.p99Ms,
    maxMs: summary.maxMs,
  });
} catch (error) {
  code = verdict.crashed(error, {});
} finally {
  if (api) await api.stop();
  await db.drop().catch(() => undefined);
}
process.exit(code);
