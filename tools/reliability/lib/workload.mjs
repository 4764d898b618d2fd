// The write workload of the load, outage, two-instance and shutdown checks: appointments with
// their accompaniment, notes (by the advocates), check-ins and concerns (by the women, in their
// portal), through the HTTP API as the demo people. Every acknowledged (2xx) write is recorded
// with its id, so that the check can look for it in the database afterwards.
import { DEMO, signIn, verifyAuditChain, withClient } from './api-instance.mjs';

/** Where each kind of record lives and the audit action that must accompany it. */
export const RECORD_KINDS = {
  appointment: { table: 'appointment', action: 'appointment.created' },
  accompaniment: { table: 'accompaniment', action: 'accompaniment.created' },
  note: { table: 'note', action: 'note.created' },
  check_in: { table: 'check_in', action: 'check_in.created' },
  concern: { table: 'concern', action: 'concern.created' },
};

/** The demo people who write: two advocates on their journeys, two women in their portal. */
export async function preparePeople(baseUrl) {
  const staff = [];
  for (const [email, herName] of [
    [DEMO.advocate, 'Nia'],
    [DEMO.otherAdvocate, 'Len'],
  ]) {
    const session = await signIn(baseUrl, email);
    const me = await session.get('/api/auth/session');
    const journeys = await session.get('/api/journeys');
    const journey = journeys.body?.items?.find((j) => j.serviceUserName === herName && j.status === 'active');
    if (!journey) throw new Error(`no active journey of ${herName} on the caseload of ${email}: ${journeys.text.slice(0, 300)}`);
    staff.push({ email, session, advocateId: me.body.user.id, journeyId: journey.id });
  }
  const women = [];
  for (const email of [DEMO.serviceUser, DEMO.thirdServiceUser]) women.push({ email, session: await signIn(baseUrl, email) });
  return { staff, women };
}

/** The same people on another API instance (their sessions live in the shared database). */
export function peopleOn(people, baseUrl) {
  return {
    staff: people.staff.map((s) => ({ ...s, session: s.session.on(baseUrl) })),
    women: people.women.map((w) => ({ ...w, session: w.session.on(baseUrl) })),
  };
}

// Appointments an advocate accompanies must not overlap: each gets its own half-hour slot.
const nextSlot = new Map();
function slotFor(advocateId) {
  const n = nextSlot.get(advocateId) ?? 0;
  nextSlot.set(advocateId, n + 1);
  const start = Date.UTC(2027, 0, 4, 0, 0) + n * 60 * 60 * 1000;
  return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + 30 * 60 * 1000).toISOString() };
}

/**
 * Runs the workload. `pick(i)` chooses the people (and so the instance) for the i-th operation.
 * Stops after `requests` requests or at `until` (ms since epoch), whichever comes first.
 * Resolves every request's { kind, start, end, status, error, id }.
 */
export async function runWorkload({ pick, requests, connections, until = Infinity, timeoutMs = 30_000, stopSignal = { stopped: false } }) {
  const results = [];
  let issued = 0;
  let op = 0;
  const send = async (kind, session, path, body) => {
    const start = Date.now();
    const result = { kind, start, end: 0, status: 0, error: null, id: null };
    results.push(result);
    try {
      const res = await session.post(path, body, { timeoutMs });
      result.status = res.status;
      if (res.status >= 200 && res.status < 300) result.id = res.body?.id ?? null;
      else result.message = typeof res.body === 'object' ? res.body?.message : String(res.text).slice(0, 200);
      result.body = res.status >= 500 ? res.text.slice(0, 300) : undefined;
    } catch (error) {
      result.error = error?.cause?.code ?? error?.name ?? 'error';
    }
    result.end = Date.now();
    // As a phone would: a short pause before trying again after a failure.
    if (!result.id) await new Promise((r) => setTimeout(r, 100));
    return result;
  };
  const more = () => issued < requests && Date.now() < until && !stopSignal.stopped;

  const operations = [
    async (people, i) => {
      const advocate = people.staff[i % people.staff.length];
      issued += 2;
      const created = await send('appointment', advocate.session, `/api/journeys/${advocate.journeyId}/appointments`, {
        professionalRole: 'gp',
        professionalOrganisation: 'Riverside Surgery',
        ...slotFor(advocate.advocateId),
        purpose: 'Medication review',
      });
      if (!created.id) {
        issued -= 1;
        return;
      }
      await send('accompaniment', advocate.session, `/api/appointments/${created.id}/accompaniment`, {
        advocateIds: [advocate.advocateId],
        supportLevel: 'accompanied',
      });
    },
    async (people, i) => {
      const advocate = people.staff[i % people.staff.length];
      issued += 1;
      await send('note', advocate.session, `/api/journeys/${advocate.journeyId}/notes`, { visibility: 'staff', body: `Spoke on the phone (${i})` });
    },
    async (people, i) => {
      const woman = people.women[i % people.women.length];
      issued += 1;
      await send('check_in', woman.session, '/api/my/check-ins', { confidence: i % 11, words: `Feeling steadier (${i})` });
    },
    async (people, i) => {
      const woman = people.women[i % people.women.length];
      issued += 1;
      await send('concern', woman.session, '/api/my/concerns', {
        category: 'service_quality',
        severity: 'low',
        description: `The waiting room was too loud (${i})`,
      });
    },
  ];

  const worker = async () => {
    while (more()) {
      const i = op++;
      await operations[i % operations.length](pick(i), Math.floor(i / operations.length));
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return results;
}

/** Counts by status, 5xx, network errors, latencies. */
export function summarise(results) {
  const byStatus = {};
  let serverErrors = 0;
  let networkErrors = 0;
  const latencies = [];
  for (const r of results) {
    const key = r.error ? `network:${r.error}` : String(r.status);
    byStatus[key] = (byStatus[key] ?? 0) + 1;
    if (r.error) networkErrors++;
    else if (r.status >= 500) serverErrors++;
    latencies.push(r.end - r.start);
  }
  latencies.sort((a, b) => a - b);
  const pct = (p) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] : 0);
  return {
    requests: results.length,
    acknowledged: results.filter((r) => r.id).length,
    byStatus,
    serverErrors,
    networkErrors,
    p50Ms: pct(50),
    p99Ms: pct(99),
    maxMs: latencies.at(-1) ?? 0,
  };
}

/**
 * Records of these kinds without their creation audit event, accompaniments without their
 * appointment or advocates: written half. Taken before and after a run (the demo data is
 * seeded without audit events), the difference is what the run wrote half.
 */
export async function halfWrittenCount(client) {
  let n = 0;
  for (const { table, action } of Object.values(RECORD_KINDS)) {
    const [row] = (
      await client.query(
        `SELECT count(*)::int AS n FROM ${table} t WHERE NOT EXISTS (SELECT 1 FROM audit_event a WHERE a.entity_id = t.id AND a.action = $1)`,
        [action],
      )
    ).rows;
    n += row.n;
  }
  const [orphans] = (
    await client.query(
      `SELECT count(*)::int AS n FROM accompaniment c
        WHERE NOT EXISTS (SELECT 1 FROM appointment a WHERE a.id = c.appointment_id)
           OR NOT EXISTS (SELECT 1 FROM accompaniment_advocate x WHERE x.accompaniment_id = c.id)`,
    )
  ).rows;
  return n + orphans.n;
}

/** Looks for every acknowledged record in the database, with its creation audit event. */
export async function findAcknowledged(client, results) {
  const acknowledged = results.filter((r) => r.id);
  const byKind = {};
  for (const r of acknowledged) (byKind[r.kind] ??= []).push(r.id);
  let found = 0;
  let foundWithAudit = 0;
  const missing = [];
  for (const [kind, ids] of Object.entries(byKind)) {
    const { table, action } = RECORD_KINDS[kind];
    const rows = (await client.query(`SELECT id FROM ${table} WHERE id = ANY($1::uuid[])`, [ids])).rows;
    found += rows.length;
    const audited = (
      await client.query(`SELECT DISTINCT entity_id FROM audit_event WHERE action = $1 AND entity_id = ANY($2::uuid[])`, [action, ids])
    ).rows;
    foundWithAudit += audited.length;
    const present = new Set(rows.map((r) => r.id));
    for (const id of ids) if (!present.has(id)) missing.push(`${kind} ${id}`);
  }
  return { acknowledged: acknowledged.length, found, foundWithAudit, missing: missing.slice(0, 10) };
}

/**
 * What the load and outage checks prove at the end of a workload: every acknowledged write is
 * in the database with its audit event, none is half-written (more than `before`), and the
 * audit chain verifies. Failures go to `verdict`; resolves the figures the check reports.
 * @param {import('./check.mjs').Verdict} verdict
 * @param {string} databaseUrl
 * @param {any[]} results what runWorkload resolved
 * @param {number} before halfWrittenCount before the workload
 * @param {(message: string) => void} say
 */
export async function expectNothingLost(verdict, databaseUrl, results, before, say) {
  const found = await withClient(databaseUrl, (c) => findAcknowledged(c, results));
  const halfWritten = (await withClient(databaseUrl, halfWrittenCount)) - before;
  const chain = await verifyAuditChain(databaseUrl);
  say(`audit chain: ${chain.output.split('\n').at(-1)}`);
  verdict.expect(found.found === found.acknowledged, `${found.acknowledged - found.found} acknowledged records are missing: ${found.missing.join(', ')}`);
  verdict.expect(found.foundWithAudit === found.acknowledged, `${found.acknowledged - found.foundWithAudit} acknowledged records have no audit event`);
  verdict.expect(halfWritten === 0, `${halfWritten} half-written records`);
  verdict.expect(chain.ok, `the audit chain does not verify: ${chain.output}`);
  return { acknowledged: found.acknowledged, found: found.found, foundWithAudit: found.foundWithAudit, halfWritten, auditChain: chain.ok ? 'intact' : 'broken' };
}
