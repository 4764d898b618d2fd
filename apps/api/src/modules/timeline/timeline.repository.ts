import { EntityManager } from 'typeorm';
import type { TimelineEntry, TrendPoint } from '@beside/shared/contracts';
import { selectRows } from '../../database/sql';
import type { Actor } from '../authz';
import { visibleTo } from '../safeguarding';

/**
 * Everything that happened on a journey, as one list ordered by (at, id). Each branch reads
 * one table through its journey index; the page is cut in SQL, so nothing is loaded whole.
 * Concerns appear only as the register would show them to the reader.
 */
const timelineSql = (actor: Actor) => `
  SELECT t.kind, t.id, t.at, t.at::text AS cursor_at, t.detail FROM (
    SELECT 'referral' AS kind, j.id, (j.referral_date::timestamp AT TIME ZONE 'Europe/London') AS at,
           jsonb_build_object('source', j.referral_source, 'reason', j.referral_reason) AS detail
    FROM journey j WHERE j.id = $1
    UNION ALL
    SELECT 'status_change', c.id, c.changed_at, jsonb_build_object('from', c.from_status, 'to', c.to_status, 'reason', c.reason)
    FROM journey_status_change c WHERE c.journey_id = $1
    UNION ALL
    SELECT 'appointment', a.id, a.starts_at,
           jsonb_build_object('professionalRole', a.professional_role, 'professionalOrganisation', a.professional_organisation,
                              'status', a.status, 'endsAt', a.ends_at, 'purpose', a.purpose)
    FROM appointment a WHERE a.journey_id = $1
    UNION ALL
    SELECT 'accompaniment', ac.id, a.starts_at,
           jsonb_build_object('appointmentId', a.id, 'supportLevel', ac.support_level, 'timeSpentMinutes', ac.time_spent_minutes)
    FROM accompaniment ac JOIN appointment a ON a.id = ac.appointment_id WHERE ac.journey_id = $1
    UNION ALL
    SELECT 'goal', g.id, g.created_at, jsonb_build_object('words', g.words, 'category', g.category, 'status', g.status)
    FROM goal g WHERE g.journey_id = $1
    UNION ALL
    SELECT 'step_done', s.id, s.done_at, jsonb_build_object('goalId', s.goal_id, 'description', s.description, 'owner', s.owner)
    FROM step s WHERE s.journey_id = $1 AND s.done_at IS NOT NULL
    UNION ALL
    SELECT 'check_in', c.id, c.recorded_at, jsonb_build_object('confidence', c.confidence, 'words', c.words)
    FROM check_in c WHERE c.journey_id = $1
    UNION ALL
    SELECT 'note', n.id, n.created_at, jsonb_build_object('visibility', n.visibility, 'body', n.body)
    FROM note n WHERE n.journey_id = $1
    UNION ALL
    SELECT 'message', m.id, m.sent_at, jsonb_build_object('fromHer', m.author_role = 'service_user', 'body', m.body, 'edited', m.edited_at IS NOT NULL)
    FROM conversation_message m WHERE m.journey_id = $1
    UNION ALL
    SELECT 'concern', c.id, c.raised_at,
           jsonb_build_object('reference', c.reference, 'category', c.category, 'severity', c.severity, 'status', c.status)
    FROM concern c WHERE c.journey_id = $1 AND ${visibleTo(actor, 5)}
  ) t
  WHERE ($2::timestamptz IS NULL OR (t.at, t.id) > ($2::timestamptz, $3::uuid))
  ORDER BY t.at, t.id
  LIMIT $4`;

export type TimelinePageRow = TimelineEntry & { cursor_at: string };

/** A page of the journey's timeline after the cursor (at, id); limit is the page size + 1. */
export async function findTimelinePage(em: EntityManager, actor: Actor, journeyId: string, after: (string | number)[] | null, limit: number): Promise<TimelinePageRow[]> {
  return selectRows<TimelinePageRow>(em, timelineSql(actor), [journeyId, after?.[0] ?? null, after?.[1] ?? null, limit, actor.userId]);
}

/** The support level of each attended appointment, in time order. */
export async function findSupportTrend(em: EntityManager, journeyId: string): Promise<TrendPoint[]> {
  return selectRows<TrendPoint>(
    em,
    `SELECT a.id AS "appointmentId", a.starts_at AS "startsAt", a.professional_role AS "professionalRole", ac.support_level AS "supportLevel"
     FROM appointment a JOIN accompaniment ac ON ac.appointment_id = a.id
     WHERE a.journey_id = $1 AND a.status = 'attended' AND a.starts_at <= now()
     ORDER BY a.starts_at, a.id LIMIT 1000`,
    [journeyId],
  );
}
