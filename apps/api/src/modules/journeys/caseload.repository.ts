import { EntityManager } from 'typeorm';
import type { CaseloadEntry, CaseloadSort } from '@beside/shared/contracts';
import { selectRows } from '../../database/sql';

// Each sort is a text key (so one cursor shape serves all) and a direction; ties break on id.
const SORT_KEYS: Record<CaseloadSort, { key: string; direction: 'ASC' | 'DESC' }> = {
  referral: { key: `to_char(j.referral_date, 'YYYY-MM-DD')`, direction: 'DESC' },
  name: { key: `lower(coalesce(su.preferred_name, su.name))`, direction: 'ASC' },
  // Fixed-width UTC text sorts as time does; journeys with nothing planned come last.
  next_appointment: { key: `coalesce(to_char(na.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), '9999')`, direction: 'ASC' },
};

/**
 * The caseload, filtered and sorted in SQL with keyset pagination. Parameters:
 * $1 role, $2 user id, $3 status, $4 name pattern, $5/$6 cursor (sort key, id), $7 limit,
 * $8 one advocate's journeys (primary or second).
 *
 * Sorted by referral or name, the page is cut from her journeys first and only its rows get
 * the per-journey counts, so a caseload of hundreds costs about what one of fifty does
 * (docs/PERFORMANCE.md); sorted by next appointment, every journey needs that one first.
 */
function caseloadSql(sort: CaseloadSort): string {
  const { key, direction } = SORT_KEYS[sort];
  const cmp = direction === 'ASC' ? '>' : '<';
  if (sort === 'next_appointment') {
    return `
    SELECT * FROM (
      SELECT ${CASELOAD_COLUMNS}, ${key} AS sort_key
      FROM journey j
      JOIN service_user su ON su.id = j.service_user_id
      ${PER_JOURNEY}
      WHERE ${IN_SCOPE}
    ) c
    WHERE ($5::text IS NULL OR (c.sort_key, c.id) ${cmp} ($5::text, $6::uuid))
    ORDER BY c.sort_key ${direction}, c.id ${direction}
    LIMIT $7`;
  }
  // Sorted by referral, her name is looked up for the page's rows only (and to match a search).
  const byName = sort === 'name';
  return `
    WITH page AS (
      SELECT j.*, ${key} AS sort_key
      FROM journey j
      ${byName ? 'JOIN service_user su ON su.id = j.service_user_id' : ''}
      WHERE ${byName ? IN_SCOPE : IN_SCOPE_NAME_BY_LOOKUP}
        AND ($5::text IS NULL OR (${key}, j.id) ${cmp} ($5::text, $6::uuid))
      ORDER BY ${key} ${direction}, j.id ${direction}
      LIMIT $7
    )
    SELECT ${CASELOAD_COLUMNS}, j.sort_key
    FROM page j
    JOIN service_user su ON su.id = j.service_user_id
    ${PER_JOURNEY}
    ORDER BY j.sort_key ${direction}, j.id ${direction}`;
}

const CASELOAD_COLUMNS = `
      j.id, j.service_user_id AS "serviceUserId", coalesce(su.preferred_name, su.name) AS "serviceUserName", j.status,
      to_char(j.referral_date, 'YYYY-MM-DD') AS "referralDate", a.display_name AS "primaryAdvocateName",
      na.starts_at AS "nextAppointmentAt",
      (SELECT count(*)::int FROM step s
       WHERE s.journey_id = j.id AND s.done_at IS NULL AND s.due_date < (now() AT TIME ZONE 'Europe/London')::date) AS "overdueSteps",
      greatest(
        -- Attendance in the future is impossible (the API refuses it): older rows that say so are not a contact.
        (SELECT max(ap.starts_at) FROM appointment ap WHERE ap.journey_id = j.id AND ap.status = 'attended' AND ap.starts_at <= now()),
        (SELECT max(c.recorded_at) FROM check_in c WHERE c.journey_id = j.id)
      ) AS "lastContactAt",
      pp.n AS "pendingProposals",
      oc.open AS "openConcerns", oc.overdue AS "overdueConcerns",
      (SELECT to_char(min(ch.next_deadline_on), 'YYYY-MM-DD') FROM challenge ch
       WHERE ch.organisation_id = j.organisation_id AND ch.journey_id = j.id AND ch.status = 'open') AS "nextChallengeDeadlineOn"`;

const PER_JOURNEY = `
      JOIN user_account a ON a.id = j.primary_advocate_id
      LEFT JOIN LATERAL (
        SELECT ap.starts_at FROM appointment ap
        WHERE ap.journey_id = j.id AND ap.status = 'planned' AND ap.starts_at > now()
        ORDER BY ap.starts_at LIMIT 1
      ) na ON true
      -- Changes she proposed that nobody has answered yet (change_proposal_journey_idx covers it).
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS n FROM change_proposal cp WHERE cp.journey_id = j.id AND cp.status = 'pending'
      ) pp
      -- Concerns on the journey that the reader may see (row-level security hides any about her).
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS open, (count(*) FILTER (WHERE c.status = 'raised' AND c.triage_due_at <= now()))::int AS overdue
        FROM concern c
        WHERE c.journey_id = j.id AND c.status <> 'closed' AND ($1 = 'manager' OR c.raised_by = $2 OR NOT c.hide_raiser_from_advocate)
      ) oc`;

const IN_SCOPE = `($1 = 'manager' OR j.primary_advocate_id = $2 OR j.secondary_advocate_id = $2)
        AND ($3::text IS NULL OR j.status = $3)
        AND ($4::text IS NULL OR su.name ILIKE $4 OR su.preferred_name ILIKE $4)
        AND ($8::uuid IS NULL OR j.primary_advocate_id = $8 OR j.secondary_advocate_id = $8)`;

/** The same scope, matching her name through a look-up rather than a join, so the page needs no join to find its rows. */
const IN_SCOPE_NAME_BY_LOOKUP = IN_SCOPE.replace(
  'su.name ILIKE $4 OR su.preferred_name ILIKE $4',
  'EXISTS (SELECT 1 FROM service_user n WHERE n.id = j.service_user_id AND (n.name ILIKE $4 OR n.preferred_name ILIKE $4))',
);

export interface CaseloadFilter {
  role: string;
  userId: string;
  status: string | null;
  /** A LIKE pattern for her name (see containsPattern). */
  namePattern: string | null;
  /** The cursor: the last row's sort key and id. */
  after: (string | number)[] | null;
  limit: number;
  advocateId: string | null;
}

export type CaseloadRow = CaseloadEntry & { sort_key: string };

export async function findCaseload(em: EntityManager, sort: CaseloadSort, f: CaseloadFilter): Promise<CaseloadRow[]> {
  return selectRows<CaseloadRow>(em, caseloadSql(sort), [
    f.role,
    f.userId,
    f.status,
    f.namePattern,
    f.after ? String(f.after[0]) : null,
    f.after?.[1] ?? null,
    f.limit,
    f.advocateId,
  ]);
}

