import {
  CLOSURE_OUTCOMES,
  CONCERN_CATEGORIES,
  RISK_LEVELS,
  SUPPORT_LEVELS,
  suppressSmallNumber,
  type MonthlyReportRow,
} from '@beside/shared/contracts';
import { EntityManager } from 'typeorm';
import { selectRow, selectRows } from '../../../database/sql';

// The agencies every organisation starts with (docs/SAFETY.md); an organisation's own are counted together.
const SHIPPED_AGENCY_LABELS: [string, string][] = [
  ['marac', 'MARAC'],
  ['adult_safeguarding', 'Adult safeguarding (Care Act section 42)'],
  ['police', 'Police'],
  ['childrens_services', "Children's services"],
];
const SHIPPED_AGENCIES = SHIPPED_AGENCY_LABELS.map(([key]) => key);

const words = (value: string) => value.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** `$1` is the first day of the month (a date); the month's bounds in London time. */
const BOUNDS = `bounds AS (
  SELECT $1::date AS first_day, ($1::date + interval '1 month')::date AS next_first_day,
         $1::date::timestamp AT TIME ZONE 'Europe/London' AS starts,
         ($1::date + interval '1 month')::timestamp AT TIME ZONE 'Europe/London' AS ends
)`;

async function countsBy(em: EntityManager, sql: string, firstDay: string): Promise<Map<string, number>> {
  const rows = await selectRows<{ key: string; n: number }>(em, `WITH ${BOUNDS} ${sql}`, [firstDay]);
  return new Map(rows.map((r) => [r.key, r.n]));
}

/**
 * The funders' and trustees' month: aggregates only, every count from 1 to 4 shown as "<5".
 * Each breakdown lists every category (zeros included) so its shape never depends on the data,
 * and no breakdown has a total beside it.
 */
export async function monthlyReportRows(em: EntityManager, firstDay: string): Promise<MonthlyReportRow[]> {
  const rows: MonthlyReportRow[] = [];
  const push = (section: MonthlyReportRow['section'], label: string, n: number) => rows.push({ section, label, value: suppressSmallNumber(n) });
  const breakdown = (section: MonthlyReportRow['section'], prefix: string, keys: readonly string[], counts: Map<string, number>) => {
    for (const key of keys) push(section, `${prefix}${words(key)}`, counts.get(key) ?? 0);
  };

  const referrals = await countsBy(
    em,
    `SELECT j.referral_source AS key, count(*)::int AS n FROM journey j, bounds
     WHERE j.referral_date >= bounds.first_day AND j.referral_date < bounds.next_first_day GROUP BY 1`,
    firstDay,
  );
  // No breakdown beside a total: with one, a suppressed cell could be worked out by subtraction.
  push('referrals', 'Referrals received', [...referrals.values()].reduce((a, b) => a + b, 0));

  const journeys = await countsBy(
    em,
    `SELECT 'active' AS key, count(*)::int AS n FROM journey j, bounds
     WHERE j.referral_date < bounds.next_first_day AND (j.closed_at IS NULL OR j.closed_at >= bounds.starts)`,
    firstDay,
  );
  push('journeys', 'Journeys open during the month', journeys.get('active') ?? 0);

  const appointments = await countsBy(
    em,
    `SELECT a.status AS key, count(*)::int AS n FROM appointment a, bounds
     WHERE a.starts_at >= bounds.starts AND a.starts_at < bounds.ends
       -- Attendance dated in the future is impossible (the API refuses it): rows from before that rule are not counted.
       AND (a.status NOT IN ('attended', 'missed') OR a.starts_at <= now())
     GROUP BY 1`,
    firstDay,
  );
  push('appointments', 'Appointments attended', appointments.get('attended') ?? 0);
  push('appointments', 'Appointments missed', appointments.get('missed') ?? 0);

  const accompaniments = await countsBy(
    em,
    `SELECT ac.support_level AS key, count(*)::int AS n FROM accompaniment ac JOIN appointment a ON a.id = ac.appointment_id, bounds
     -- Support given is support at an appointment that took place: planned, missed or cancelled ones gave none.
     WHERE a.starts_at >= bounds.starts AND a.starts_at < bounds.ends AND a.status = 'attended' AND a.starts_at <= now() GROUP BY 1`,
    firstDay,
  );
  breakdown('accompaniments', 'Support level: ', SUPPORT_LEVELS, accompaniments);

  const raised = await countsBy(
    em,
    `SELECT c.category AS key, count(*)::int AS n FROM concern c, bounds WHERE c.raised_at >= bounds.starts AND c.raised_at < bounds.ends GROUP BY 1`,
    firstDay,
  );
  breakdown('concerns', 'Raised: ', CONCERN_CATEGORIES, raised);
  const closed = await countsBy(
    em,
    `SELECT CASE WHEN c.referred_to IS NULL THEN 'within_the_service' ELSE 'after_referral_to_another_agency' END AS key, count(*)::int AS n
     FROM concern c, bounds WHERE c.closed_at >= bounds.starts AND c.closed_at < bounds.ends GROUP BY 1`,
    firstDay,
  );
  push('concerns', 'Closed: within the service', closed.get('within_the_service') ?? 0);
  push('concerns', 'Closed: after referral to another agency', closed.get('after_referral_to_another_agency') ?? 0);

  const closures = await countsBy(
    em,
    `SELECT j.closure_outcome AS key, count(*)::int AS n FROM journey j, bounds
     WHERE j.status = 'closed' AND j.closed_at >= bounds.starts AND j.closed_at < bounds.ends GROUP BY 1`,
    firstDay,
  );
  breakdown('closures', 'Journeys closed: ', CLOSURE_OUTCOMES, closures);

  // Issue 20: risk assessments by level, multi-agency referrals sent by agency, and information shared (breakdowns only).
  const assessments = await countsBy(
    em,
    `SELECT ra.level AS key, count(*)::int AS n FROM risk_assessment ra, bounds
     WHERE ra.assessed_on >= bounds.first_day AND ra.assessed_on < bounds.next_first_day GROUP BY 1`,
    firstDay,
  );
  breakdown('safety', 'Risk assessments: ', RISK_LEVELS, assessments);
  const sent = await countsBy(
    em,
    `SELECT CASE WHEN r.agency_key IN (${SHIPPED_AGENCIES.map((k) => `'${k}'`).join(', ')}) THEN r.agency_key ELSE 'other_agencies' END AS key, count(*)::int AS n
     FROM multi_agency_referral r, bounds WHERE r.sent_on >= bounds.first_day AND r.sent_on < bounds.next_first_day GROUP BY 1`,
    firstDay,
  );
  for (const [key, label] of [...SHIPPED_AGENCY_LABELS, ['other_agencies', 'Other agencies']]) push('safety', `Referrals sent: ${label}`, sent.get(key) ?? 0);
  const shared = await countsBy(
    em,
    `SELECT CASE WHEN s.with_consent THEN 'with' ELSE 'without' END AS key, count(*)::int AS n
     FROM sharing_decision s, bounds WHERE s.shared_on >= bounds.first_day AND s.shared_on < bounds.next_first_day GROUP BY 1`,
    firstDay,
  );
  push('safety', 'Information shared: with her consent', shared.get('with') ?? 0);
  push('safety', 'Information shared: without her consent', shared.get('without') ?? 0);
  return rows;
}

/** The organisation's name, for the report's heading ('' if it cannot be read). */
export async function findOrganisationName(em: EntityManager, organisationId: string): Promise<string> {
  const row = await selectRow<{ name: string }>(em, `SELECT name FROM organisation WHERE id = $1`, [organisationId]);
  return row?.name ?? '';
}
