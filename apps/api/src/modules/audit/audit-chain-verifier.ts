import { DataSource } from 'typeorm';
import { GENESIS_HASH, hashAuditEvent } from './audit-hash';

export type ChainReport =
  | { intact: true; events: number; organisations: number }
  | {
      intact: false;
      events: number;
      brokenAt: { organisationId: string; seq: number; eventId: string | null; problem: string };
    };

interface Row {
  id: string;
  organisation_id: string;
  seq: string;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_role: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  subject_id: string | null;
  outcome: string;
  reason: string | null;
  request_id: string | null;
  ip: string | null;
  user_agent: string | null;
  detail: unknown;
  prev_hash: string;
  hash: string;
}

const BATCH = 5000;

/**
 * Walks each organisation's chain in order and recomputes every hash. `run` is how the
 * caller reaches the rows: the owner's connection for the CLI, a manager's scoped
 * transaction for the API (which then sees her organisation's chain only).
 */
export async function verifyAuditChain(
  query: (sql: string, params: unknown[]) => Promise<unknown[]>,
  organisationIds?: string[],
): Promise<ChainReport> {
  const heads = (await query(
    organisationIds
      ? `SELECT organisation_id, seq, hash FROM audit_chain_head WHERE organisation_id = ANY($1) ORDER BY organisation_id`
      : `SELECT organisation_id, seq, hash FROM audit_chain_head ORDER BY organisation_id`,
    organisationIds ? [organisationIds] : [],
  )) as { organisation_id: string; seq: string; hash: string }[];
  let events = 0;
  for (const head of heads) {
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    for (;;) {
      const rows = (await query(
        `SELECT * FROM audit_event WHERE organisation_id = $1 AND seq >= $2 ORDER BY seq LIMIT ${BATCH}`,
        [head.organisation_id, expectedSeq],
      )) as Row[];
      for (const row of rows) {
        const seq = Number(row.seq);
        const broken = (problem: string): ChainReport => ({
          intact: false,
          events,
          brokenAt: { organisationId: head.organisation_id, seq, eventId: row.id, problem },
        });
        if (seq !== expectedSeq) return broken(`event ${expectedSeq} is missing`);
        if (row.prev_hash !== prevHash) return broken('does not link to the event before it');
        const recomputed = hashAuditEvent({
          id: row.id,
          organisationId: row.organisation_id,
          seq,
          occurredAt: new Date(row.occurred_at).toISOString(),
          actorUserId: row.actor_user_id,
          actorRole: row.actor_role,
          action: row.action,
          entityType: row.entity_type,
          entityId: row.entity_id,
          subjectId: row.subject_id,
          outcome: row.outcome,
          reason: row.reason,
          requestId: row.request_id,
          ip: row.ip,
          userAgent: row.user_agent,
          detail: row.detail,
          prevHash: row.prev_hash,
        });
        if (recomputed !== row.hash) return broken('its content does not match its hash (altered)');
        prevHash = row.hash;
        expectedSeq += 1;
        events += 1;
      }
      if (rows.length < BATCH) break;
    }
    if (expectedSeq - 1 !== Number(head.seq) || prevHash !== head.hash) {
      return {
        intact: false,
        events,
        brokenAt: {
          organisationId: head.organisation_id,
          seq: expectedSeq,
          eventId: null,
          problem: `the chain ends at event ${expectedSeq - 1} but its head says ${head.seq} (events removed)`,
        },
      };
    }
  }
  return { intact: true, events, organisations: heads.length };
}

export function verifyWithOwner(ds: DataSource): Promise<ChainReport> {
  return verifyAuditChain((sql, params) => ds.query(sql, params));
}
