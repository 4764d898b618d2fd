import type { AccessLogEntry, Role } from '@beside/shared/contracts';
import { EntityManager } from 'typeorm';
import { describeForHer } from './plain-language';

export interface AccessLogOwner {
  organisationId: string;
  serviceUserId: string;
  /** Her own account: what she did herself is not "someone looking". */
  userId: string;
}

/**
 * Every successful access to her data by someone other than herself, newest first, inside
 * the caller's transaction: used by her access-log page and by her data download.
 */
export async function findAccessLogEntries(
  em: EntityManager,
  owner: AccessLogOwner,
  take: number,
  after: (string | number)[] | null = null,
): Promise<AccessLogEntry[]> {
  const rows: { id: string; occurred_at: Date; name: string | null; role: Role | null; action: string; entity_type: string }[] = await em.query(
    `SELECT e.id, e.occurred_at, u.display_name AS name, e.actor_role AS role, e.action, e.entity_type
     FROM audit_event e LEFT JOIN user_account u ON u.id = e.actor_user_id
     WHERE e.organisation_id = $1 AND e.subject_id = $2 AND e.actor_user_id IS DISTINCT FROM $3
       AND e.outcome = 'success'
       -- A concern kept confidential from her (safeguarding) must not show through who looked at it.
       AND NOT (e.detail @> '{"confidentialFromSubject": true}'::jsonb)
       AND ($4::timestamptz IS NULL OR (e.occurred_at, e.id) < ($4::timestamptz, $5::uuid))
     ORDER BY e.occurred_at DESC, e.id DESC
     LIMIT $6`,
    [owner.organisationId, owner.serviceUserId, owner.userId, after?.[0] ?? null, after?.[1] ?? null, take],
  );
  return rows.map((r) => ({
    id: r.id,
    occurredAt: new Date(r.occurred_at).toISOString(),
    who: r.name ?? 'Someone from the service',
    role: r.role,
    what: describeForHer(r.action, r.entity_type),
  }));
}
