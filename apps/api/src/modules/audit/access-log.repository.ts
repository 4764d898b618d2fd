import type { AccessLogEntry, Role } from '@beside/shared/contracts';
import { EntityManager } from 'typeorm';
import { describeForHer } from './plain-language';

export interface AccessLogOwner {
  organisationId: string;
  serviceUserId: string;
  /** Her own account: what she did herself is not "someone looking". */
  userId: string;
}

/** Events of one person closer together than this are one look (opening her journey writes four or five at once). */
export const ONE_LOOK_GAP_MINUTES = 10;

/**
 * Every successful access to her data by someone other than herself, newest first, inside the caller's transaction:
 * used by her access-log page and by her data download. Grouped for reading: one line per person per day (her day, in
 * London), saying what they did and how many times they looked. Only the view is grouped: every event stays in the audit
 * trail. A page is a number of lines (groups), and a line is never split across pages: the cursor is a line's newest
 * event, compared with that event's exact time in the table.
 */
export async function findAccessLogEntries(
  em: EntityManager,
  owner: AccessLogOwner,
  take: number,
  after: (string | number)[] | null = null,
): Promise<AccessLogEntry[]> {
  const rows: {
    last_id: string;
    last_at: Date;
    first_at: Date;
    name: string | null;
    role: Role | null;
    looks: number;
    actions: string[];
  }[] = await em.query(
    `WITH hers AS (
       SELECT e.id, e.occurred_at, e.actor_user_id, e.actor_role, e.action, e.entity_type,
              (e.occurred_at AT TIME ZONE 'Europe/London')::date AS day
       FROM audit_event e
       WHERE e.organisation_id = $1 AND e.subject_id = $2 AND e.actor_user_id IS DISTINCT FROM $3
         AND e.outcome = 'success'
         -- A concern kept confidential from her (safeguarding) must not show through who looked at it.
         AND NOT (e.detail @> '{"confidentialFromSubject": true}'::jsonb)
     ),
     marked AS (
       SELECT h.*,
              CASE WHEN lag(h.occurred_at) OVER w IS NULL OR h.occurred_at - lag(h.occurred_at) OVER w > make_interval(mins => $7)
                   THEN 1 ELSE 0 END AS new_look
       FROM hers h
       WINDOW w AS (PARTITION BY h.actor_user_id, h.day ORDER BY h.occurred_at, h.id)
     ),
     lines AS (
       SELECT m.actor_user_id, m.day,
              (array_agg(m.id ORDER BY m.occurred_at DESC, m.id DESC))[1] AS last_id,
              max(m.occurred_at) AS last_at,
              min(m.occurred_at) AS first_at,
              (array_agg(m.actor_role ORDER BY m.occurred_at DESC, m.id DESC))[1] AS role,
              sum(m.new_look)::int AS looks,
              array_agg(m.action || ' ' || m.entity_type ORDER BY m.occurred_at, m.id) AS actions
       FROM marked m
       GROUP BY m.actor_user_id, m.day
     )
     SELECT l.last_id, l.last_at, l.first_at, u.display_name AS name, l.role, l.looks, l.actions
     FROM lines l LEFT JOIN user_account u ON u.id = l.actor_user_id
     WHERE ($4::timestamptz IS NULL AND $5::uuid IS NULL)
        OR (l.last_at, l.last_id) < ((SELECT c.occurred_at FROM audit_event c WHERE c.id = $5::uuid), $5::uuid)
     ORDER BY l.last_at DESC, l.last_id DESC
     LIMIT $6`,
    [owner.organisationId, owner.serviceUserId, owner.userId, after?.[0] ?? null, after?.[1] ?? null, take, ONE_LOOK_GAP_MINUTES],
  );
  return rows.map((r) => ({
    id: r.last_id,
    occurredAt: new Date(r.last_at).toISOString(),
    firstAt: new Date(r.first_at).toISOString(),
    who: r.name ?? 'Someone from the service',
    role: r.role,
    what: joinPhrases(r.actions.map((a) => describeForHer(a.slice(0, a.indexOf(' ')), a.slice(a.indexOf(' ') + 1)))),
    times: r.looks,
  }));
}

const LOOKED_AT = 'Looked at ';

/**
 * What one person did in a day, in one sentence, each thing once, in the order they did it:
 * "Looked at your journey, your plan and your appointments; read a note".
 */
export function joinPhrases(phrases: string[]): string {
  const distinct = [...new Set(phrases)];
  const looked = distinct.filter((p) => p.startsWith(LOOKED_AT)).map((p) => p.slice(LOOKED_AT.length));
  const parts: string[] = [];
  let lookedAdded = false;
  for (const p of distinct) {
    if (!p.startsWith(LOOKED_AT)) parts.push(p);
    else if (!lookedAdded) {
      parts.push(`${LOOKED_AT}${list(looked)}`);
      lookedAdded = true;
    }
  }
  const [first = '', ...rest] = parts;
  return [first, ...rest.map((p) => p.charAt(0).toLowerCase() + p.slice(1))].join('; ');
}

/** "a", "a and b", "a, b and c". */
function list(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
