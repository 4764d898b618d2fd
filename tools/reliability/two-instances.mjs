// Reliability check 5, two API instances on different ports over one database: a session made
// on one works on the other (and signing out on one ends it on both); sign-in throttling and the
// per-address limit count across both; background jobs run once per slot with both instances
// competing, the other takes over when the one claiming them stops, and their effect (a concern
// flagged overdue, managers notified) happens exactly once; the audit chain stays intact under
// writes through both.
import { DEMO, freshDatabase, query, SCALE, Session, signIn, sleep, startApi, verifyAuditChain, withClient } from './lib/api-instance.mjs';
import { say as sayFor, Verdict } from './lib/check.mjs';
import { findAcknowledged, halfWrittenCount, peopleOn, preparePeople, runWorkload, summarise } from './lib/workload.mjs';

const SETTINGS = {
  full: { connections: 40, seconds: 60 },
  ci: { connections: 10, seconds: 12 },
}[SCALE];
const RATE_LIMIT = 30;
const say = sayFor('two-instances');
const verdict = new Verdict('two-instances');
const figures = {};

const db = await freshDatabase(process.env.DATABASE_URL);
const instances = [];
let code = 1;
try {
  // One after the other: the first migrates and seeds, the second finds it done.
  for (const label of ['instance-a', 'instance-b']) {
    instances.push(await startApi({ databaseUrl: db.url, label, env: { JOBS_ENABLED: 'true', JOB_INTERVAL_SECONDS: '1', AUTH_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT) } }));
  }
  const [a, b] = instances;
  say(`instances at ${a.baseUrl} and ${b.baseUrl}`);

  // A session made on one instance works on the other; signing out on one ends it on both.
  // (The writers are signed in first: a staff member's two-step code works once per 30 s.)
  const peopleA = await preparePeople(a.baseUrl);
  const peopleB = peopleOn(peopleA, b.baseUrl);
  const amaraOnA = peopleA.staff[0].session;
  const amaraOnB = amaraOnA.on(b.baseUrl);
  const seenOnB = await amaraOnB.get('/api/auth/session');
  verdict.expect(seenOnB.body?.signedIn === true && seenOnB.body?.stage === 'full', `the session made on A is not signed in on B: ${seenOnB.text.slice(0, 200)}`);
  const writeOnB = await amaraOnB.get('/api/journeys');
  verdict.expect(writeOnB.status === 200, `the session made on A could not list journeys on B: ${writeOnB.status}`);
  const throwaway = await signIn(b.baseUrl, DEMO.serviceUser);
  const outOnA = await throwaway.on(a.baseUrl).post('/api/auth/sign-out', {});
  const afterSignOut = await throwaway.get('/api/my/plan');
  verdict.expect([200, 204].includes(outOnA.status) && afterSignOut.status === 401, `signing out on A left the session working on B (${outOnA.status}, then ${afterSignOut.status})`);
  figures.sessionAcrossInstances = seenOnB.body?.signedIn === true && afterSignOut.status === 401;

  // Failed sign-ins to one account from one address, spread over both instances: after five,
  // the next try is made to wait, on either instance.
  const attempts = [];
  for (let i = 0; i < 5; i++) {
    const res = await new Session(i % 2 ? b.baseUrl : a.baseUrl).post('/api/auth/sign-in', { email: DEMO.otherServiceUser, password: `not her password ${i}` });
    attempts.push(res.status);
  }
  const sixth = await new Session(b.baseUrl).post('/api/auth/sign-in', { email: DEMO.otherServiceUser, password: 'walk beside me, demo 2026' });
  attempts.push(sixth.status);
  verdict.expect(attempts.slice(0, 5).every((s) => s === 401) && sixth.status === 429, `five failed sign-ins over both instances did not make the sixth wait: ${attempts.join(', ')}`);
  figures.signInFailuresBeforeWait = attempts.filter((s) => s === 401).length;

  // The per-address limit of a public auth route, over both instances: one budget, not two.
  let firstRefused = null;
  for (let i = 1; i <= RATE_LIMIT * 2 + 2 && firstRefused === null; i++) {
    // An invitation look-up with an unknown token: limited per address, and no sign-in throttle behind it.
    const res = await new Session(i % 2 ? a.baseUrl : b.baseUrl).post('/api/auth/invitation', { token: `unknown-token-${i}-${'x'.repeat(40)}` });
    if (res.status === 429) firstRefused = i;
    else if (res.status >= 500 || res.status < 400) verdict.expect(false, `invitation look-up ${i} answered ${res.status}`);
  }
  verdict.expect(firstRefused === RATE_LIMIT + 1, `the per-address limit of ${RATE_LIMIT} a minute first refused request ${firstRefused} over two instances (expected ${RATE_LIMIT + 1})`);
  figures.rateLimitFirstRefused = firstRefused;

  // Writes through both, while both run the background jobs every second. Concerns the women
  // raise are made overdue as they come in, so the triage-deadline job always has work.
  const before = await withClient(db.url, halfWrittenCount);
  const stop = { stopped: false };
  const makeOverdue = (async () => {
    while (!stop.stopped) {
      try {
        await query(db.url, `UPDATE concern SET triage_due_at = now() - interval '1 minute' WHERE status = 'raised' AND overdue_notified_at IS NULL`);
      } catch (error) {
        // This check's own update of many concerns can deadlock with the job flagging them; PostgreSQL
        // ends one of the two, and the next round (or the job's next slot) does the work.
        if (error?.code !== '40P01') throw error;
      }
      await sleep(500);
    }
  })();
  // Both instances tick at the same period, so one of them tends to claim every slot. Halfway,
  // the instance that has been claiming them is stopped: the other must take over the next slot.
  const t0 = Date.now();
  const results = await runWorkload({
    pick: (i) => (i % 2 ? peopleB : peopleA),
    requests: Infinity,
    connections: SETTINGS.connections,
    until: t0 + (SETTINGS.seconds * 1000) / 2,
  });
  const [leader] = await query(db.url, `SELECT instance_id FROM job_run GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
  const leaderPid = Number(leader?.instance_id.split(':')[1]);
  const stopped = instances.find((x) => x.process.pid === leaderPid) ?? a;
  const survivor = stopped === a ? b : a;
  const stopResult = await stopped.stop();
  say(`stopped the instance that claimed the job slots so far (${stopped.baseUrl}, exit ${stopResult.code ?? stopResult.signal}); writes and jobs go on through ${survivor.baseUrl}`);
  const stoppedAt = Date.now();
  results.push(
    ...(await runWorkload({
      pick: () => (survivor === a ? peopleA : peopleB),
      requests: Infinity,
      connections: SETTINGS.connections,
      until: Date.now() + (SETTINGS.seconds * 1000) / 2,
    })),
  );
  stop.stopped = true;
  await makeOverdue;
  await query(db.url, `UPDATE concern SET triage_due_at = now() - interval '1 minute' WHERE status = 'raised' AND overdue_notified_at IS NULL`);
  await sleep(3000); // a few more slots, so the last concerns are flagged
  const summary = summarise(results);
  say(`${summary.requests} requests through both in ${SETTINGS.seconds} s: ${JSON.stringify(summary.byStatus)}`);

  const found = await withClient(db.url, (c) => findAcknowledged(c, results));
  const halfWritten = (await withClient(db.url, halfWrittenCount)) - before;
  const [jobs] = await query(
    db.url,
    `SELECT count(*)::int AS slots, count(DISTINCT instance_id)::int AS instances,
            count(*) FILTER (WHERE outcome = 'done')::int AS done, count(*) FILTER (WHERE outcome = 'failed')::int AS failed
       FROM job_run`,
  );
  const perInstance = await query(db.url, `SELECT instance_id, count(*)::int AS slots FROM job_run GROUP BY 1 ORDER BY 1`);
  const duplicateSlots = await query(db.url, `SELECT job_name, slot, count(*) FROM job_run GROUP BY 1, 2 HAVING count(*) > 1`);
  const [overdue] = await query(
    db.url,
    `SELECT count(*)::int AS raised,
            count(*) FILTER (WHERE overdue_notified_at IS NOT NULL)::int AS flagged
       FROM concern WHERE status = 'raised'`,
  );
  // Each flagged concern tells every active manager of its own organisation but one it is about.
  const [managers] = await query(
    db.url,
    `SELECT count(*)::int AS expected, count(DISTINCT m.id)::int AS n
       FROM concern c JOIN user_account m ON m.organisation_id = c.organisation_id AND m.role = 'manager' AND m.status = 'active'
      WHERE c.status = 'raised' AND c.overdue_notified_at IS NOT NULL AND m.id IS DISTINCT FROM c.about_staff_user_id`,
  );
  const [notices] = await query(
    db.url,
    `SELECT count(*)::int AS total, count(DISTINCT (link, recipient_id))::int AS distinct_pairs FROM notification WHERE kind = 'concern.overdue'`,
  );
  const [auditedOverdue] = await query(
    db.url,
    `SELECT count(*)::int AS events, count(DISTINCT entity_id)::int AS concerns FROM audit_event WHERE action = 'concern.overdue'`,
  );
  const chain = await verifyAuditChain(db.url);
  const [takeover] = await query(db.url, `SELECT min(started_at) AS at FROM job_run WHERE started_at > $1`, [new Date(stoppedAt)]);
  const takeoverMs = takeover?.at ? new Date(takeover.at).getTime() - stoppedAt : null;
  const manager = await signIn(survivor.baseUrl, DEMO.manager);
  const apiVerify = await manager.get('/api/audit/verify');
  say(`audit chain: ${chain.output.split('\n').at(-1)}; through the API: ${apiVerify.status} ${apiVerify.text.slice(0, 120)}`);
  say(`job slots: ${jobs.slots} (${perInstance.map((r) => `${r.instance_id.split(':').slice(1).join(':')}: ${r.slots}`).join(', ')})`);

  verdict.expect(summary.serverErrors === 0 && summary.networkErrors === 0, `${summary.serverErrors} 5xx answers and ${summary.networkErrors} requests without an answer`);
  const other = results.filter((r) => !r.error && (r.status < 200 || r.status >= 300));
  verdict.expect(other.length === 0, `${other.length} answers were not 2xx, e.g. ${JSON.stringify(other.slice(0, 3).map((r) => [r.kind, r.status, r.message]))}`);
  verdict.expect(found.found === found.acknowledged && found.foundWithAudit === found.acknowledged, `of ${found.acknowledged} acknowledged, ${found.found} found and ${found.foundWithAudit} with their audit event`);
  verdict.expect(halfWritten === 0, `${halfWritten} half-written records`);
  verdict.expect(duplicateSlots.length === 0, `job slots run more than once: ${JSON.stringify(duplicateSlots)}`);
  verdict.expect(jobs.slots >= SETTINGS.seconds / 2, `only ${jobs.slots} job slots ran in ${SETTINGS.seconds} s with a 1 s period`);
  verdict.expect(jobs.instances === 2, `only ${jobs.instances} instance ran job slots: the survivor did not take over`);
  verdict.expect(takeoverMs !== null && takeoverMs < 3000, `the survivor took over the jobs ${takeoverMs} ms after the other instance stopped`);
  verdict.expect(jobs.failed === 0, `${jobs.failed} job runs failed`);
  verdict.expect(overdue.raised > 0 && overdue.flagged === overdue.raised, `${overdue.flagged} of ${overdue.raised} overdue concerns were flagged`);
  verdict.expect(notices.total === notices.distinct_pairs && notices.total === managers.expected, `overdue notices: ${notices.total} for ${overdue.flagged} concerns and ${managers.n} managers, ${managers.expected} expected (${notices.distinct_pairs} distinct)`);
  verdict.expect(auditedOverdue.events === auditedOverdue.concerns && auditedOverdue.concerns === overdue.flagged, `concern.overdue audited ${auditedOverdue.events} times for ${auditedOverdue.concerns} concerns (${overdue.flagged} flagged)`);
  verdict.expect(chain.ok, `the audit chain does not verify: ${chain.output}`);
  verdict.expect(apiVerify.status === 200 && /intact|"ok":true|"valid":true/i.test(apiVerify.text), `GET /api/audit/verify answered ${apiVerify.status} ${apiVerify.text.slice(0, 200)}`);

  code = verdict.finish({
    ...figures,
    requests: summary.requests,
    byStatus: summary.byStatus,
    acknowledged: found.acknowledged,
    found: found.found,
    foundWithAudit: found.foundWithAudit,
    halfWritten,
    jobSlots: jobs.slots,
    jobSlotsPerInstance: perInstance.map((r) => r.slots),
    jobTakeoverMs: takeoverMs,
    duplicateJobSlots: duplicateSlots.length,
    overdueConcerns: overdue.flagged,
    overdueNotices: notices.total,
    managers: managers.n,
    auditChain: chain.ok ? 'intact' : 'broken',
  });
} catch (error) {
  code = verdict.crashed(error, figures);
} finally {
  for (const api of instances) await api.stop();
  await db.drop().catch(() => undefined);
}
process.exit(code);
