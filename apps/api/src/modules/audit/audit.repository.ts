import type { AuditEventView, AuditPerson, Role } from '@beside/shared/contracts';
import { EntityManager } from 'typeorm';
import { execute, selectRow, selectRows } from '../../database/sql';
import type { Actor } from '../authz';
import type { AuditEventBody } from './audit-hash';
import { auditEventVisibleTo } from './audit-visibility';

/** An event as the writer made it, with the hash of its content. */
export interface AuditEventInsert extends AuditEventBody {
  contentHash: string;
}

const INSERT_COLUMNS = 16;

/** The events, unsealed (no seq or chain hash yet), in one statement. */
export async function insertAuditEvents(em: EntityManager, rows: AuditEventInsert[]): Promise<void> {
  const params: unknown[] = [];
  const tuples = rows.map((row, i) => {
    params.push(
      row.id, row.organisationId, row.occurredAt, row.actorUserId, row.actorRole, row.action, row.entityType,
      row.entityId, row.subjectId, row.outcome, row.reason, row.requestId, row.ip, row.userAgent,
      JSON.stringify(row.detail), row.contentHash,
    );
    return `(${Array.from({ length: INSERT_COLUMNS }, (_, c) => `$${i * INSERT_COLUMNS + c + 1}`).join(', ')})`;
  });
  await execute(
    em,
    `INSERT INTO audit_event (id, organisation_id, occurred_at, actor_user_id, actor_role, action, entity_type,
       entity_id, subject_id, outcome, reason, request_id, ip, user_agent, detail, content_hash)
     VALUES ${tuples.join(', ')}`,
    params,
  );
}

/** An event as the audit search shows it: who, whose data, and the account it concerns. */
export interface AuditSearchRow {
  id: string;
  seq: string;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_name: string | null;
  actor_role: Role | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  subject_id: string | null;
  subject_name: string | null;
  account_name?: string | null;
  account_email?: string | null;
  outcome: AuditEventView['outcome'];
  reason: string | null;
  request_id: string | null;
  ip: string | null;
  user_agent: string | null;
  detail: Record<string, unknown>;
}

export interface AuditSearch {
  actorId?: string;
  subjectId?: string;
  /** A LIKE pattern, already escaped. */
  action: string | null;
  entityType?: string;
  entityId?: string;
  outcome?: string;
  from?: string;
  to?: string;
  /** The cursor: [occurred at, id]. */
  after: (string | number)[] | null;
  accountEventsOnly: boolean;
  accountActions: string[];
  take: number;
}

/** The organisation's events, newest first, without those naming a concern the actor may not see. */
export async function searchAuditEvents(em: EntityManager, actor: Actor, q: AuditSearch): Promise<AuditSearchRow[]> {
  return selectRows<AuditSearchRow>(
    em,
    `SELECT e.*, u.display_name AS actor_name, su.name AS subject_name, acc.display_name AS account_name, acc.email AS account_email
     FROM audit_event e
     LEFT JOIN user_account u ON u.id = e.actor_user_id
     LEFT JOIN service_user su ON su.id = e.subject_id
     LEFT JOIN user_account acc ON acc.id = CASE
       WHEN e.entity_type = 'user_account' THEN e.entity_id
       WHEN e.entity_type = 'role_approval' AND e.detail->>'accountId' ~ '^[0-9a-f-]{36}$' THEN (e.detail->>'accountId')::uuid
     END
     WHERE e.organisation_id = beside_current_organisation()
       AND ($1::uuid IS NULL OR e.actor_user_id = $1)
       AND ($2::uuid IS NULL OR e.subject_id = $2)
       AND ($3::text IS NULL OR e.action LIKE $3)
       AND ($4::text IS NULL OR e.entity_type = $4)
       AND ($5::uuid IS NULL OR e.entity_id = $5)
       AND ($6::text IS NULL OR e.outcome = $6)
       AND ($7::timestamptz IS NULL OR e.occurred_at >= $7)
       AND ($8::timestamptz IS NULL OR e.occurred_at < $8)
       AND ($9::timestamptz IS NULL OR (e.occurred_at, e.id) < ($9::timestamptz, $10::uuid))
       AND (NOT $11 OR e.action LIKE ANY($12::text[]))
       AND ${auditEventVisibleTo(actor, 14)}
     ORDER BY e.occurred_at DESC, e.id DESC
     LIMIT $13`,
    [
      q.actorId ?? null,
      q.subjectId ?? null,
      q.action,
      q.entityType ?? null,
      q.entityId ?? null,
      q.outcome ?? null,
      q.from ?? null,
      q.to ?? null,
      q.after?.[0] ?? null,
      q.after?.[1] ?? null,
      q.accountEventsOnly,
      q.accountActions,
      q.take,
      actor.userId,
    ],
  );
}

/** The service user whose own account this is, if any. */
export async function findServiceUserIdOfAccount(em: EntityManager, accountId: string): Promise<string | null> {
  const row = await selectRow<{ id: string }>(em, `SELECT id FROM service_user WHERE account_id = $1`, [accountId]);
  return row?.id ?? null;
}

/** Accounts of the organisation by part of a name or email (every role), to search "who did it" by. */
export async function findAccountsByName(em: EntityManager, pattern: string | null, limit: number): Promise<AuditPerson[]> {
  return selectRows<AuditPerson>(
    em,
    `SELECT id, display_name AS name, role FROM user_account
     WHERE ($1::text IS NULL OR display_name ILIKE $1 OR email ILIKE $1)
     ORDER BY lower(display_name), id LIMIT $2`,
    [pattern, limit],
  );
}

/** Women (service users) by part of a name, to search "whose data" by. */
export async function findServiceUsersByName(em: EntityManager, pattern: string | null, limit: number): Promise<AuditPerson[]> {
  return selectRows<AuditPerson>(
    em,
    `SELECT id, coalesce(preferred_name, name) AS name, NULL AS role FROM service_user
     WHERE ($1::text IS NULL OR name ILIKE $1 OR preferred_name ILIKE $1)
     ORDER BY lower(coalesce(preferred_name, name)), id LIMIT $2`,
    [pattern, limit],
  );
}
