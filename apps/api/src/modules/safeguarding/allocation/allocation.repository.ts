import type { AdvocateCaseload } from '@beside/shared/contracts';
import { EntityManager } from 'typeorm';
import { existing } from '../../../common/existing';
import { selectRow, selectRows } from '../../../database/sql';

/** `week`: this week's bounds, Monday to Monday in London; `$1` is now. */
export const LONDON_WEEK = `week AS (
       SELECT date_trunc('week', $1::timestamptz AT TIME ZONE 'Europe/London') AT TIME ZONE 'Europe/London' AS starts,
              (date_trunc('week', $1::timestamptz AT TIME ZONE 'Europe/London') + interval '7 days') AT TIME ZONE 'Europe/London' AS ends
     )`;

interface CaseloadRow {
  id: string;
  name: string;
  active_journeys: number;
  high_concerns: number;
  appointments_this_week: number;
}

/**
 * Each active advocate's load, in one grouped pass over the organisation: active journeys,
 * open high/immediate concerns on journeys not closed, and their appointments this week (Monday to Sunday,
 * London time). `now` comes from the clock.
 */
export async function findCaseloadSizes(em: EntityManager, now: Date): Promise<AdvocateCaseload[]> {
  const rows = await selectRows<CaseloadRow>(
    em,
    `WITH ${LONDON_WEEK},
     assignment AS (
       SELECT j.id AS journey_id, j.status, a.advocate_id
       FROM journey j CROSS JOIN LATERAL (VALUES (j.primary_advocate_id), (j.secondary_advocate_id)) AS a(advocate_id)
       WHERE j.status <> 'closed' AND a.advocate_id IS NOT NULL
     ),
     -- "Active journeys" are those with status active: referred and closing ones are not counted as active.
     journeys AS (SELECT advocate_id, count(*) FILTER (WHERE status = 'active')::int AS n FROM assignment GROUP BY advocate_id),
     concerns AS (
       SELECT s.advocate_id, count(*)::int AS n
       FROM assignment s JOIN concern c ON c.journey_id = s.journey_id
       WHERE c.status <> 'closed' AND c.severity IN ('high', 'immediate')
       GROUP BY s.advocate_id
     ),
     appointments AS (
       SELECT s.advocate_id, count(*)::int AS n
       FROM assignment s JOIN appointment ap ON ap.journey_id = s.journey_id, week
       WHERE ap.starts_at >= week.starts AND ap.starts_at < week.ends AND ap.status IN ('planned', 'attended', 'missed')
       GROUP BY s.advocate_id
     )
     SELECT u.id, u.display_name AS name, COALESCE(j.n, 0) AS active_journeys, COALESCE(c.n, 0) AS high_concerns,
            COALESCE(a.n, 0) AS appointments_this_week
     FROM user_account u
     LEFT JOIN journeys j ON j.advocate_id = u.id
     LEFT JOIN concerns c ON c.advocate_id = u.id
     LEFT JOIN appointments a ON a.advocate_id = u.id
     WHERE u.role = 'advocate' AND u.status = 'active'
     ORDER BY active_journeys DESC, u.display_name, u.id`,
    [now],
  );
  return rows.map((r) => ({
    advocate: { id: r.id, name: r.name },
    activeJourneys: r.active_journeys,
    highSeverityOpenConcerns: r.high_concerns,
    appointmentsThisWeek: r.appointments_this_week,
  }));
}

export interface JourneyAllocation {
  primaryAdvocateId: string;
  secondaryAdvocateId: string | null;
  status: string;
}

/** Who a journey is allocated to now, and its status; the caller has checked scope. */
export async function findJourneyAllocation(em: EntityManager, journeyId: string): Promise<JourneyAllocation> {
  const row = await selectRow<{ primary_advocate_id: string; secondary_advocate_id: string | null; status: string }>(
    em,
    `SELECT primary_advocate_id, secondary_advocate_id, status FROM journey WHERE id = $1`,
    [journeyId],
  );
  const { primary_advocate_id, secondary_advocate_id, status } = existing(row, `journey ${journeyId}`);
  return { primaryAdvocateId: primary_advocate_id, secondaryAdvocateId: secondary_advocate_id, status };
}
