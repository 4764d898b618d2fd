import { CONCERN_SEVERITIES, SUPPORT_LEVELS, type ConcernAgeRow, type MonthlyCount, type MonthlySupportLevels, type SupportLevel } from '@beside/shared/contracts';
import { EntityManager } from 'typeorm';
import { selectRow, selectRows } from '../../../database/sql';
import { LONDON_WEEK } from '../allocation/allocation.repository';

// The last twelve months in London time, oldest first, as 'YYYY-MM' with their bounds.
const MONTHS = `
  months AS (
    SELECT to_char(m, 'YYYY-MM') AS month, m AT TIME ZONE 'Europe/London' AS starts, (m + interval '1 month') AT TIME ZONE 'Europe/London' AS ends
    FROM generate_series(date_trunc('month', $1::timestamptz AT TIME ZONE 'Europe/London') - interval '11 months',
                         date_trunc('month', $1::timestamptz AT TIME ZONE 'Europe/London'), interval '1 month') AS m
  )`;

export async function openConcernsByAge(em: EntityManager, now: Date): Promise<ConcernAgeRow[]> {
  const rows = await selectRows<{ severity: ConcernAgeRow['severity']; total: number; under_one_day: number; one_to_seven: number; over_seven: number }>(
    em,
    `SELECT s.severity, count(c.id)::int AS total,
            count(c.id) FILTER (WHERE c.raised_at > $1::timestamptz - interval '1 day')::int AS under_one_day,
            count(c.id) FILTER (WHERE c.raised_at <= $1::timestamptz - interval '1 day' AND c.raised_at > $1::timestamptz - interval '7 days')::int AS one_to_seven,
            count(c.id) FILTER (WHERE c.raised_at <= $1::timestamptz - interval '7 days')::int AS over_seven
     FROM unnest($2::varchar[]) WITH ORDINALITY AS s(severity, rank)
     LEFT JOIN concern c ON c.severity = s.severity AND c.status <> 'closed'
     GROUP BY s.severity, s.rank ORDER BY s.rank DESC`,
    [now, [...CONCERN_SEVERITIES]],
  );
  return rows.map((r) => ({ severity: r.severity, total: r.total, underOneDay: r.under_one_day, oneToSevenDays: r.one_to_seven, overSevenDays: r.over_seven }));
}

export async function countUnreviewedBreakGlass(em: EntityManager): Promise<number> {
  const row = await selectRow<{ n: number }>(em, `SELECT count(*)::int AS n FROM break_glass_access WHERE reviewed_at IS NULL`);
  return row?.n ?? 0;
}

export async function appointmentFigures(em: EntityManager, now: Date): Promise<{ thisWeek: number; attended: number; missed: number }> {
  const r = await selectRow<{ this_week: number; attended: number; missed: number }>(
    em,
    `WITH ${LONDON_WEEK}
     SELECT
       (SELECT count(*)::int FROM appointment a, week WHERE a.starts_at >= week.starts AND a.starts_at < week.ends
          AND a.status IN ('planned','attended','missed')) AS this_week,
       count(*) FILTER (WHERE a.status = 'attended')::int AS attended,
       count(*) FILTER (WHERE a.status = 'missed')::int AS missed
     FROM appointment a
     WHERE a.starts_at >= $1::timestamptz - interval '90 days' AND a.starts_at < $1::timestamptz AND a.status IN ('attended','missed')`,
    [now],
  );
  return { thisWeek: r?.this_week ?? 0, attended: r?.attended ?? 0, missed: r?.missed ?? 0 };
}

/** Accompaniments of attended appointments per month by support level (the month of the appointment), last twelve months. */
export async function accompanimentsByMonth(em: EntityManager, now: Date): Promise<MonthlySupportLevels[]> {
  const rows = await selectRows<{ month: string; support_level: SupportLevel | null; n: number }>(
    em,
    // The twelve months' appointments are read as one range (appointment_org_starts_idx), not
    // month by month against the whole table: at national scale that took seconds (docs/PERFORMANCE.md).
    `WITH ${MONTHS},
     counted AS (
       SELECT to_char(ap.starts_at AT TIME ZONE 'Europe/London', 'YYYY-MM') AS month, ac.support_level, count(*)::int AS n
       FROM appointment ap JOIN accompaniment ac ON ac.appointment_id = ap.id
       WHERE ap.starts_at >= (SELECT min(starts) FROM months) AND ap.starts_at < (SELECT max(ends) FROM months)
         -- Support given is support at an appointment that took place, as on her journey's own trend.
         AND ap.status = 'attended' AND ap.starts_at <= $1::timestamptz
       GROUP BY 1, 2
     )
     SELECT m.month, c.support_level, coalesce(c.n, 0) AS n
     FROM months m LEFT JOIN counted c ON c.month = m.month
     ORDER BY m.month`,
    [now],
  );
  const byMonth = new Map<string, Record<SupportLevel, number>>();
  for (const r of rows) {
    const counts = byMonth.get(r.month) ?? (Object.fromEntries(SUPPORT_LEVELS.map((l) => [l, 0])) as Record<SupportLevel, number>);
    if (r.support_level) counts[r.support_level] = r.n;
    byMonth.set(r.month, counts);
  }
  return [...byMonth].map(([month, counts]) => ({ month, counts }));
}

export async function goalsAchieved(em: EntityManager, now: Date): Promise<{ total: number; byMonth: MonthlyCount[] }> {
  const byMonth = await selectRows<MonthlyCount>(
    em,
    `WITH ${MONTHS}
     SELECT m.month, (SELECT count(*)::int FROM goal g WHERE g.achieved_at >= m.starts AND g.achieved_at < m.ends) AS count
     FROM months m ORDER BY m.month`,
    [now],
  );
  const row = await selectRow<{ total: number }>(em, `SELECT count(*)::int AS total FROM goal WHERE status = 'achieved'`);
  return { total: row?.total ?? 0, byMonth };
}
