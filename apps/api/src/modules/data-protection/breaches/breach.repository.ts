import type { EntityManager } from 'typeorm';
import type { BreachActionView, BreachRisk } from '@beside/shared/contracts';
import { changedRows } from '../../../database/changed-rows';
import { execute, selectRow, selectRows } from '../../../database/sql';

export interface BreachRow {
  id: string;
  reference: string;
  summary: string;
  occurredAt: Date | null;
  foundAt: Date;
  recordsAffected: string;
  peopleAffected: number;
  risk: BreachRisk | null;
  riskReasoning: string | null;
  icoTell: boolean | null;
  icoReason: string | null;
  icoDecidedBy: string | null;
  icoDecidedAt: Date | null;
  icoToldAt: Date | null;
  icoReference: string | null;
  womenTell: boolean | null;
  womenReason: string | null;
  womenDecidedBy: string | null;
  womenDecidedAt: Date | null;
  womenToldAt: Date | null;
  recordedBy: string;
  createdAt: Date;
  closedAt: Date | null;
  version: number;
}

const SELECT = `
  SELECT b.id, b.reference, b.summary, b.occurred_at AS "occurredAt", b.found_at AS "foundAt", b.records_affected AS "recordsAffected",
         b.people_affected AS "peopleAffected", b.risk, b.risk_reasoning AS "riskReasoning",
         b.ico_tell AS "icoTell", b.ico_reason AS "icoReason", icod.display_name AS "icoDecidedBy", b.ico_decided_at AS "icoDecidedAt",
         b.ico_told_at AS "icoToldAt", b.ico_reference AS "icoReference",
         b.women_tell AS "womenTell", b.women_reason AS "womenReason", wd.display_name AS "womenDecidedBy", b.women_decided_at AS "womenDecidedAt",
         b.women_told_at AS "womenToldAt", rb.display_name AS "recordedBy", b.created_at AS "createdAt", b.closed_at AS "closedAt", b.version
  FROM breach b
  JOIN user_account rb ON rb.id = b.recorded_by
  LEFT JOIN user_account icod ON icod.id = b.ico_decided_by
  LEFT JOIN user_account wd ON wd.id = b.women_decided_by`;

export function findBreach(em: EntityManager, id: string): Promise<BreachRow | null> {
  return selectRow<BreachRow>(em, `${SELECT} WHERE b.id = $1`, [id]);
}

/** Open breaches first (newest found first), then closed ones. */
export function findBreaches(em: EntityManager): Promise<BreachRow[]> {
  return selectRows<BreachRow>(em, `${SELECT} ORDER BY b.closed_at IS NOT NULL, b.found_at DESC, b.id LIMIT 500`);
}

export function findBreachActions(em: EntityManager, breachIds: string[]): Promise<(BreachActionView & { breachId: string })[]> {
  return selectRows(
    em,
    `SELECT a.breach_id AS "breachId", a.taken_at AS at, u.display_name AS by, a.what
     FROM breach_action a JOIN user_account u ON u.id = a.taken_by
     WHERE a.breach_id = ANY($1) ORDER BY a.taken_at, a.id`,
    [breachIds],
  );
}

/**
 * The breach with the organisation's next reference of the year (B-2026-0001, B-2026-0002…), or null when another
 * took that number first (ON CONFLICT keeps the transaction usable to try the next).
 */
export function insertBreach(
  em: EntityManager,
  b: { organisationId: string; year: string; summary: string; occurredAt: string | null; foundAt: string; recordsAffected: string; peopleAffected: number; userId: string },
): Promise<{ id: string; reference: string } | null> {
  return selectRow<{ id: string; reference: string }>(
    em,
    `INSERT INTO breach (organisation_id, reference, summary, occurred_at, found_at, records_affected, people_affected, recorded_by, updated_by)
     SELECT $1, 'B-' || $2 || '-' || lpad((coalesce(max(substring(reference FROM 8)::int), 0) + 1)::text, 4, '0'), $3, $4, $5, $6, $7, $8, $8
     FROM breach WHERE reference LIKE 'B-' || $2 || '-%'
     ON CONFLICT (organisation_id, reference) DO NOTHING RETURNING id, reference`,
    [b.organisationId, b.year, b.summary, b.occurredAt, b.foundAt, b.recordsAffected, b.peopleAffected, b.userId],
  );
}

/** A change at the version the caller saw; false when the breach moved on since. Columns come from this module's own lists. */
export async function changeBreach(em: EntityManager, id: string, version: number, changes: Record<string, unknown>, userId: string): Promise<boolean> {
  const columns = Object.keys(changes);
  const rows = await changedRows<{ id: string }>(
    em,
    `UPDATE breach SET ${[...columns.map((c, i) => `${c} = $${i + 4}`), 'version = version + 1', 'updated_by = $3', 'updated_at = now()'].join(', ')}
     WHERE id = $1 AND version = $2 RETURNING id`,
    [id, version, userId, ...columns.map((c) => changes[c])],
  );
  return rows.length > 0;
}

export function insertBreachAction(em: EntityManager, a: { organisationId: string; breachId: string; what: string; userId: string; at: Date }): Promise<void> {
  return execute(em, `INSERT INTO breach_action (organisation_id, breach_id, what, taken_by, taken_at) VALUES ($1, $2, $3, $4, $5)`, [
    a.organisationId,
    a.breachId,
    a.what,
    a.userId,
    a.at,
  ]);
}
