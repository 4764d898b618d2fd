// Issue 9, item 4 — hostile input. Generated from the running API's OpenAPI document
// (/api/docs-json): every mutating route gets bodies and parameters with wrong types, missing
// and unknown fields, huge strings and arrays, deep nesting, invalid UUIDs, dates and times,
// unicode edge cases, SQL and script injection, __proto__/constructor keys, wrong content
// types and malformed JSON — as nobody, a service user, an advocate, a manager and an admin,
// with real ids so that validation is reached. Every GET route gets hostile query strings.
// Every answer must be a 4xx in the one error shape with no internal detail (GETs: never a
// 5xx), and afterwards every table holds exactly what it held before, except the tables a
// refused request legitimately writes (see VOLATILE).
//
// RELIABILITY_SCALE=ci sends a seeded sample per route and role; full sends everything.
import { createHash } from 'node:crypto';
import { DEMO, freshDatabase, reportFigures, SCALE, signIn, startApi, withClient } from './lib/api-instance.mjs';
import { MUTATING, casesFor } from './hostile/openapi-cases.mjs';
import { pool, send } from './hostile/send.mjs';
import { sample, seededRandom } from './hostile/values.mjs';

const SEED = Number(process.env.FUZZ_SEED ?? 20261128);
const PER_ROUTE_AND_ROLE = SCALE === 'ci' ? 12 : Infinity;
const CONCURRENCY = 6;
// A hostile request must be refused fast; 10 s, as the outage check, leaves room for a busy CI machine.
const SLOW_MS = 10_000;

/** Tables a refused request may legitimately change, and why. */
const VOLATILE = {
  audit_event: 'every refusal for want of permission (403) or of an existing record out of scope is audited as access.denied; the GETs (answered) audit their reads',
  audit_chain_head: 'moves with every audit event',
  request_rate: 'the public sign-in routes count requests per address (rate limit)',
  sign_in_throttle: 'failed sign-ins (the fuzzed sign-in with a well-formed body) are counted per account and address',
};
/** Columns a refused request legitimately changes: left out of the comparison of that table. */
const VOLATILE_COLUMNS = {
  user_session: { columns: ['last_seen_at'], why: "each signed-in request touches its session's last-seen time (idle time-out)" },
};

const serverUrl = process.env.DATABASE_URL;
const random = seededRandom(SEED);
const problems = [];
const fail = (message) => {
  problems.push(message);
  if (problems.length <= 40) console.error(`  ✗ ${message}`);
};

/** Row count and a digest of every row of every table, as the owner. */
async function snapshot(databaseUrl) {
  return withClient(databaseUrl, async (c) => {
    const tables = (await c.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).rows.map((r) => r.tablename);
    const out = {};
    for (const t of tables) {
      const skip = VOLATILE_COLUMNS[t]?.columns ?? [];
      const columns = (await c.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`, [t])).rows
        .map((r) => r.column_name)
        .filter((name) => !skip.includes(name));
      const select = columns.map((name) => `"${name}"`).join(', ');
      const rows = (await c.query(`SELECT (${select})::text AS row FROM "${t}" ORDER BY 1`)).rows.map((r) => r.row);
      out[t] = { count: rows.length, digest: createHash('sha256').update(rows.join('\n')).digest('hex') };
    }
    return out;
  });
}

async function must(answer, what) {
  const a = await answer;
  if (a.status < 200 || a.status >= 300) throw new Error(`setup: ${what} failed: ${a.status} ${a.text.slice(0, 300)}`);
  return a.body;
}

const started = Date.now();
const db = await freshDatabase(serverUrl);
const api = await startApi({ databaseUrl: db.url, label: 'fuzz', env: {
    // Every request is heard (not cut short by the per-address limit)…
    AUTH_RATE_LIMIT_PER_MINUTE: '10000',
    // …and nothing but the requests writes: the triage-deadline job would mark concerns overdue mid-run.
    JOBS_ENABLED: 'false',
  },
});
const figures = { seed: SEED };
try {
  // Real records of every kind a path names, made through the API before the snapshot.
  const nia = await signIn(api.baseUrl, DEMO.serviceUser);
  const amara = await signIn(api.baseUrl, DEMO.advocate);
  const maya = await signIn(api.baseUrl, DEMO.manager);
  const ada = await signIn(api.baseUrl, DEMO.admin);
  const niaSpare = await signIn(api.baseUrl, DEMO.serviceUser);
  const amaraId = (await amara.get('/api/auth/session')).body.user.id;
  const plan = await must(nia.get('/api/my/plan'), 'her plan');
  const journeyId = plan.journeyId;
  const caseload = await must(amara.get('/api/journeys'), 'the caseload');
  const serviceUserId = caseload.items.find((j) => j.id === journeyId).serviceUserId;
  const otherJourneyId = caseload.items.find((j) => j.id !== journeyId)?.id ?? journeyId;
  const goal = await must(amara.post(`/api/journeys/${journeyId}/goals`, { words: 'Get a housing assessment', category: 'housing' }), 'a goal');
  const step = await must(amara.post(`/api/goals/${goal.id}/steps`, { description: 'Call the council', owner: 'together' }), 'a step');
  const myGoal = await must(nia.post('/api/my/goals', { words: 'Walk every morning', category: 'wellbeing' }), 'her goal');
  const myStep = await must(nia.post(`/api/my/goals/${myGoal.id}/steps`, { description: 'Buy shoes' }), 'her step');
  const note = await must(amara.post(`/api/journeys/${journeyId}/notes`, { visibility: 'shared', body: 'We met at the café.' }), 'a note');
  const appointment = await must(
    amara.post(`/api/journeys/${journeyId}/appointments`, { professionalRole: 'gp', startsAt: '2026-12-03T10:00:00.000Z', endsAt: '2026-12-03T10:30:00.000Z' }),
    'an appointment',
  );
  const accompaniment = await must(amara.post(`/api/appointments/${appointment.id}/accompaniment`, { advocateIds: [amaraId], supportLevel: 'accompanied' }), 'an accompaniment');
  const consent = await must(amara.post(`/api/service-users/${serviceUserId}/consents`, { agreement: 'Beside keeps my details', givenOn: '2026-11-01' }), 'a consent');
  const proposal = await must(
    nia.post('/api/my/change-proposals', { targetType: 'goal', targetId: goal.id, field: 'words', proposedValue: 'Get a housing assessment soon', reason: 'It is urgent' }),
    'a change proposal',
  );
  const grant = await maya.post(`/api/journeys/${otherJourneyId}/break-glass`, { reasonCategory: 'immediate_risk', reason: 'Fuzz setup: covering an urgent call' });
  const grants = await maya.get('/api/break-glass?include=all');
  const grantId = grant.body?.grantId ?? grant.body?.id ?? grants.body?.items?.[0]?.id ?? grants.body?.[0]?.id ?? '7f1d0c3e-5b7a-4c2e-9d1f-3a2b1c0d9e8f';
  const concern = await must(
    amara.post('/api/concerns', { journeyId, category: 'neglect', severity: 'high', description: 'Fuzz setup: she has not been seen for a week' }),
    'a concern',
  );
  const withAction = await must(
    maya.post(`/api/concerns/${concern.id}/actions`, { description: 'Call her safe contact', ownerId: amaraId, dueOn: '2026-12-10' }),
    'a concern action',
  );
  const notifications = await must(maya.get('/api/notifications'), 'her notifications');
  const accounts = await must(ada.get('/api/accounts'), 'the accounts');
  const accountList = accounts.items ?? accounts;
  const accountId = accountList.find((a) => /bea\.advocate/.test(a.email ?? ''))?.id ?? accountList[0].id;
  const sessions = await must(niaSpare.get('/api/account/sessions'), 'her sessions');
  const sessionList = sessions.items ?? sessions;
  const spareSessionId = (sessionList.find((s) => s.current) ?? sessionList[0]).id;

  const byParam = {
    journeyId,
    serviceUserId,
    noteId: note.id,
    appointmentId: appointment.id,
    accompanimentId: accompaniment.id,
    consentId: consent.id,
    proposalId: proposal.id,
    grantId,
    accountId,
    sessionId: spareSessionId,
    concernId: concern.id,
    actionId: withAction.actions?.[0]?.id,
    notificationId: notifications.items?.[0]?.id,
  };
  const ids = {
    version: 1,
    forParam(name, template) {
      if (name === 'goalId') return template.startsWith('/api/my/') ? myGoal.id : goal.id;
      if (name === 'stepId') return template.startsWith('/api/my/') ? myStep.id : step.id;
      return byParam[name] ?? '7f1d0c3e-5b7a-4c2e-9d1f-3a2b1c0d9e8f';
    },
    forField(name) {
      if (name === 'serviceUserId') return serviceUserId;
      if (/advocateId|advocateIds/.test(name)) return amaraId;
      if (name === 'targetId') return goal.id;
      if (name === 'journeyId') return journeyId;
      if (name === 'ownerId' || name === 'aboutStaffUserId') return amaraId;
      return '7f1d0c3e-5b7a-4c2e-9d1f-3a2b1c0d9e8f';
    },
  };

  const doc = await (await fetch(`${api.baseUrl}/api/docs-json`)).json();
  const all = casesFor(doc, ids);
  const routes = [...new Set(all.map((c) => c.route))];
  const mutatingRoutes = routes.filter((r) => MUTATING.includes(r.split(' ')[0].toLowerCase()));
  const roles = { nobody: null, 'service user': nia, advocate: amara, manager: maya, admin: ada };

  // Every case for every role (full), or a seeded sample per route and role (ci). The routes
  // that end sessions go last: should one wrongly succeed, it cannot blind the rest.
  const endsSessions = /sign-out|\/sessions|\/password|\/mfa/;
  routes.sort((a, b) => Number(endsSessions.test(a)) - Number(endsSessions.test(b)));
  const plan_ = [];
  for (const [role, session] of Object.entries(roles)) {
    for (const route of routes) {
      const mine = all.filter((c) => c.route === route);
      for (const c of Number.isFinite(PER_ROUTE_AND_ROLE) ? sample(random, mine, PER_ROUTE_AND_ROLE) : mine) plan_.push({ role, session, c });
    }
  }
  console.log(`fuzz (${SCALE}, seed ${SEED}): ${routes.length} routes (${mutatingRoutes.length} mutating), ${all.length} cases, ${plan_.length} requests as ${Object.keys(roles).length} roles`);

  const before = await snapshot(db.url);
  const auditBefore = before.audit_event.count;
  const auditHeadsBefore = await withClient(db.url, async (c) => (await c.query('SELECT organisation_id, max(seq)::bigint AS seq FROM audit_event GROUP BY 1')).rows);

  const perStatus = {};
  const perCategory = {};
  const failures = new Map();
  let maxMs = 0;
  let slow = 0;
  const tFuzz = Date.now();
  // Which callers each write's validation was reached by (a 400 naming a field, not a 401/403/404).
  const validatedBy = new Map();
  await pool(plan_, CONCURRENCY, async ({ role, session, c }) => {
    const r = await send(api.baseUrl, session, c);
    perStatus[r.status] = (perStatus[r.status] ?? 0) + 1;
    if (r.status === 400 && ['wrong-type', 'missing-field', 'invalid-enum', 'invalid-uuid', 'invalid-date', 'invalid-date-time', 'invalid-number'].includes(c.category)) {
      if (!validatedBy.has(c.route)) validatedBy.set(c.route, new Set());
      validatedBy.get(c.route).add(role);
    }
    const cat = (perCategory[c.category] ??= { requests: 0, problems: 0 });
    cat.requests++;
    maxMs = Math.max(maxMs, r.ms);
    if (r.ms > SLOW_MS) {
      slow++;
      r.problems.push(`took ${Math.round(r.ms)} ms`);
    }
    if (r.problems.length) {
      cat.problems++;
      // One line per route, case and kind of fault (not per role).
      const key = `${c.route} [${c.category}] ${c.label} ${r.problems[0].replace(/\d+ ms/, '')}`;
      if (!failures.has(key)) {
        failures.set(key, 1);
        fail(`${c.route} as ${role} — ${c.category}: ${c.label} → ${r.status} ${r.problems.join('; ')} ${r.text.slice(0, 160)}`);
      } else failures.set(key, failures.get(key) + 1);
    }
  });
  figures.fuzzSeconds = Math.round((Date.now() - tFuzz) / 1000);
  const withBody = new Set(all.filter((c) => c.category === 'missing-field' || c.category === 'wrong-type').map((c) => c.route));
  figures.writesWithBody = withBody.size;
  figures.writesValidated = [...withBody].filter((r) => validatedBy.has(r)).length;
  figures.writesNotValidated = [...withBody].filter((r) => !validatedBy.has(r));
  if (figures.writesNotValidated.length) console.log(`  validation never reached (every caller refused before it): ${figures.writesNotValidated.join(', ')}`);

  // The API is still up, and the people are still signed in (no hostile request ended a session).
  const ready = await fetch(`${api.baseUrl}/api/health/ready`).then((r) => r.status).catch(() => 0);
  if (ready !== 200) fail(`the API is not ready after the fuzzing (${ready})`);
  if (api.process.exitCode !== null || api.process.signalCode !== null) fail('the API process died during the fuzzing');
  for (const [role, session] of Object.entries(roles)) {
    if (!session) continue;
    const s = await session.get('/api/auth/session');
    if (s.body?.signedIn !== true) fail(`the ${role}'s session ended during the fuzzing`);
  }
  const spare = await niaSpare.get('/api/auth/session');
  if (spare.body?.signedIn !== true) fail('her spare session (whose id the session routes were given) was ended by a hostile request');

  const after = await snapshot(db.url);
  const changed = {};
  const volatileChanged = {};
  for (const t of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const b = before[t];
    const a = after[t];
    if (b?.count === a?.count && b?.digest === a?.digest) continue;
    const entry = { before: b?.count ?? null, after: a?.count ?? null, contentChanged: b?.digest !== a?.digest };
    if (VOLATILE[t]) volatileChanged[t] = { ...entry, why: VOLATILE[t] };
    else changed[t] = entry;
  }
  for (const [t, e] of Object.entries(changed)) fail(`table ${t} changed: ${e.before} → ${e.after} rows${e.contentChanged ? ', contents changed' : ''}`);
  const newAudit = await withClient(db.url, async (c) =>
    (
      await c.query(
        `SELECT e.action, e.outcome, count(*)::int AS n FROM audit_event e
         LEFT JOIN jsonb_to_recordset($1::jsonb) AS b(organisation_id uuid, seq bigint) ON b.organisation_id = e.organisation_id
         WHERE e.seq > coalesce(b.seq, 0) GROUP BY 1, 2 ORDER BY 3 DESC`,
        [JSON.stringify(auditHeadsBefore)],
      )
    ).rows,
  );

  const requests = plan_.length;
  figures.routes = routes.length;
  figures.mutatingRoutes = mutatingRoutes.length;
  figures.cases = all.length;
  figures.requests = requests;
  figures.perStatus = perStatus;
  figures.fiveHundreds = Object.entries(perStatus).filter(([s]) => Number(s) >= 500).reduce((n, [, v]) => n + v, 0);
  figures.accepted2xxOnWrites = 0;
  figures.perCategory = perCategory;
  figures.maxMs = Math.round(maxMs);
  figures.slow = slow;
  figures.distinctFailures = failures.size;
  figures.tablesChanged = Object.keys(changed);
  figures.volatileTablesChanged = volatileChanged;
  figures.volatileColumns = VOLATILE_COLUMNS;
  figures.auditEventsWritten = after.audit_event.count - auditBefore;
  figures.auditActions = newAudit;
  console.log(`  ${requests} requests in ${figures.fuzzSeconds} s; per status ${JSON.stringify(perStatus)}; slowest ${figures.maxMs} ms`);
  console.log(`  per category ${JSON.stringify(perCategory)}`);
  console.log(`  tables changed: ${Object.keys(changed).length ? JSON.stringify(changed) : 'none'}; legitimately: ${JSON.stringify(volatileChanged)}`);
  console.log(`  audit events written by refused requests: ${figures.auditEventsWritten} ${JSON.stringify(newAudit)}`);
} catch (error) {
  fail(`the check could not run: ${error.stack}`);
} finally {
  await api.stop();
  await db.drop();
}
figures.problems = problems.length;
figures.seconds = Math.round((Date.now() - started) / 1000);
reportFigures('fuzz', figures);
if (problems.length) {
  console.error(`fuzz: FAILED (${problems.length} distinct problems)`);
  process.exit(1);
}
console.log('fuzz: passed');
