// The key paths the benchmark drives, each as the HTTP requests one use of it makes.
// `audited`: a read that writes an audit event (so it gets the audit-overhead ratio);
// `growth`: also run at one tenth of the data, for the growth ratio.
import { createRequire } from 'node:module';
import { email } from './scale-accounts.mjs';

const require = createRequire(import.meta.url);
const { Client } = require('pg');

/** Who the benchmark signs in as; the service user is the first in organisation 0 with a portal account and an active journey. */
export const PEOPLE = {
  advocate: { email: email.advocate(0, 0), staff: true },
  serviceUser: { email: null, staff: false },
  serviceUserWriter: { email: null, staff: false },
  manager: { email: email.manager(0, 0), staff: true },
};

/** What the benchmark writes, so that a later run can tell it from the seeded data. */
const BENCH_PLACE = 'Clinic';
const BENCH_WORDS = 'Felt heard today';

/** The people of `f` (from findFixtures), each with her email. */
export function peopleOf(f) {
  return {
    ...PEOPLE,
    serviceUser: { ...PEOPLE.serviceUser, email: f.serviceUserEmail },
    serviceUserWriter: { ...PEOPLE.serviceUserWriter, email: f.writerEmail },
  };
}

/** Records the paths work on, chosen from the seeded data by SQL (the owner's connection). */
export async function findFixtures(databaseUrl) {
  const c = new Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    /** @type {(sql: string, params: unknown[]) => Promise<any>} */
    const one = async (sql, params) => (await c.query(sql, params)).rows[0];
    const advocate = await one(`SELECT id, organisation_id FROM user_account WHERE lower(email) = $1`, [PEOPLE.advocate.email]);
    if (!advocate) throw new Error(`no ${PEOPLE.advocate.email}: seed the database first (npm run seed:scale)`);
    // Two of her open journeys: the first the benchmark has never written to is read, the last
    // is written to, so no run's writes ever grow what a later run reads.
    const journeys = (
      await c.query(
        `SELECT j.id, EXISTS (SELECT 1 FROM appointment a WHERE a.journey_id = j.id AND a.location = '${BENCH_PLACE}') AS written
         FROM journey j WHERE j.primary_advocate_id = $1 AND j.status = 'active' ORDER BY j.id`,
        [advocate.id],
      )
    ).rows;
    const readJourney = journeys.find((j) => !j.written) ?? journeys[0];
    const writeJourney = journeys[journeys.length - 1];
    // Likewise two women with a portal account and an active journey: one reads her plan, the other records check-ins.
    const women = (
      await c.query(
        `SELECT su.id, u.email, EXISTS (SELECT 1 FROM check_in c WHERE c.service_user_id = su.id AND c.words = '${BENCH_WORDS}') AS written
         FROM service_user su JOIN user_account u ON u.id = su.account_id
         WHERE su.organisation_id = $1 AND EXISTS (SELECT 1 FROM journey j WHERE j.service_user_id = su.id AND j.status = 'active')
         ORDER BY u.email LIMIT 50`,
        [advocate.organisation_id],
      )
    ).rows;
    const serviceUser = women.find((w) => !w.written) ?? women[0];
    const writer = women[women.length - 1];
    // A woman whose history the manager searches, in a year deep in the past.
    const subject = await one(
      `SELECT subject_id AS id FROM audit_event WHERE organisation_id = $1 AND subject_id IS NOT NULL ORDER BY seq LIMIT 1 OFFSET 1000`,
      [advocate.organisation_id],
    );
    const oldest = await one(`SELECT min(occurred_at) AS at FROM audit_event WHERE organisation_id = $1`, [advocate.organisation_id]);
    // After every appointment she accompanies (earlier runs' included), so she is never double-booked.
    const latest = await one(
      `SELECT max(a.starts_at) AS at FROM appointment a
       JOIN accompaniment ac ON ac.appointment_id = a.id JOIN accompaniment_advocate aa ON aa.accompaniment_id = ac.id
       WHERE aa.advocate_id = $1`,
      [advocate.id],
    );
    const from = new Date(new Date(oldest.at).getTime() + 180 * 86400_000);
    return {
      advocateId: advocate.id,
      readJourneyId: readJourney.id,
      writeJourneyId: writeJourney.id,
      serviceUserId: serviceUser.id,
      serviceUserEmail: serviceUser.email,
      writerEmail: writer.email,
      auditSubjectId: subject.id,
      auditFrom: from.toISOString(),
      auditTo: new Date(from.getTime() + 365 * 86400_000).toISOString(),
      // New appointments go after every existing one, two hours apart, so no accompanying advocate is double-booked.
      firstFreeSlot: Math.max(Date.now(), new Date(latest.at ?? Date.now()).getTime()) + 86400_000,
    };
  } finally {
    await c.end();
  }
}

let slot = 0;

/** The `n` London months before this one, as ?from=&to= (YYYY-MM). */
function lastMonths(n) {
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit' }).format(new Date()).split('-').map(Number);
  const month = (back) => new Date(Date.UTC(y, m - 1 - back, 1)).toISOString().slice(0, 7);
  return { from: month(n), to: month(1) };
}

export function definePaths(f) {
  const nextSlot = () => {
    const starts = new Date(f.firstFreeSlot + (slot += 1) * 2 * 3600_000);
    starts.setUTCMinutes(0, 0, 0);
    return { startsAt: starts.toISOString(), endsAt: new Date(starts.getTime() + 3600_000).toISOString() };
  };
  const q = (o) => `?${new URLSearchParams(o)}`;
  return [
    { name: 'caseload (first page)', as: 'advocate', audited: true, growth: true, requests: [{ method: 'GET', path: '/api/journeys?limit=50' }] },
    { name: 'caseload (filtered page)', as: 'advocate', audited: true, requests: [{ method: 'GET', path: `/api/journeys${q({ status: 'active', q: 'a', sort: 'name', limit: '50' })}` }] },
    { name: 'journey page', as: 'advocate', audited: true, requests: [{ method: 'GET', path: `/api/journeys/${f.readJourneyId}` }] },
    { name: 'journey timeline', as: 'advocate', audited: true, growth: true, requests: [{ method: 'GET', path: `/api/journeys/${f.readJourneyId}/timeline?limit=50` }] },
    { name: 'my plan (service user)', as: 'serviceUser', audited: true, requests: [{ method: 'GET', path: '/api/my/plan' }] },
    {
      name: 'audit search (subject, date range)',
      as: 'manager',
      audited: true,
      growth: true,
      requests: [{ method: 'GET', path: `/api/audit/events${q({ subjectId: f.auditSubjectId, from: f.auditFrom, to: f.auditTo, limit: '50' })}` }],
    },
    { name: 'dashboard', as: 'manager', audited: true, optional: true, requests: [{ method: 'GET', path: '/api/dashboard' }] },
    { name: 'concerns register', as: 'manager', audited: true, optional: true, requests: [{ method: 'GET', path: '/api/concerns?view=open&limit=50' }] },
    // Issue 17.4: pooled across the five organisations (a manager of one of them), the twelve months before this one.
    { name: 'network figures (12 months)', as: 'manager', audited: true, growth: true, requests: [{ method: 'GET', path: '/api/network/figures' }] },
    {
      name: 'network figures CSV (24 months)',
      as: 'manager',
      audited: true,
      requests: [{ method: 'GET', path: `/api/network/figures.csv${q(lastMonths(24))}` }],
    },
    {
      name: 'create appointment + accompaniment',
      as: 'advocate',
      write: true,
      requests: [
        {
          method: 'POST',
          path: `/api/journeys/${f.writeJourneyId}/appointments`,
          body: () => ({ professionalRole: 'psychiatrist', professionalOrganisation: 'Riverside NHS Trust', ...nextSlot(), location: BENCH_PLACE, purpose: 'Medication review' }),
          keep: (json) => ({ appointmentId: json.id }),
        },
        {
          method: 'POST',
          path: (ctx) => `/api/appointments/${ctx.appointmentId}/accompaniment`,
          body: () => ({ advocateIds: [f.advocateId], supportLevel: 'accompanied' }),
        },
      ],
    },
    { name: 'record a check-in (service user)', as: 'serviceUserWriter', write: true, requests: [{ method: 'POST', path: '/api/my/check-ins', body: () => ({ confidence: 7, words: BENCH_WORDS }) }] },
  ];
}
