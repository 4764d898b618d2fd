import { DataSource } from 'typeorm';
import { GENESIS_HASH, hashAuditContent, hashAuditEvent, linkHash } from './audit-hash';
import { sealAll } from './audit-sealer';

export type ChainReport =
  | { intact: true; events: number; organisations: number; unsealed: number }
  | {
      intact: false;
      events: number;
      unsealed: number;
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
  content_hash: string | null;
}

const BATCH = 5000;

/**
 * Walks each organisation's sealed chain in order, up to its head, and recomputes every
 * hash; events written but not sealed yet are counted, not judged. An event sealed since
 * the AuditSealing migration links by sha256(prev_hash ':' seq ':' content_hash), and its
 * content hash must match what it says; one sealed before keeps its original hash. `query` is how the
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
  const [{ n: unsealedCount }] = (await query(
    organisationIds
      ? `SELECT count(*)::int AS n FROM audit_event WHERE seq IS NULL AND organisation_id = ANY($1)`
      : `SELECT count(*)::int AS n FROM audit_event WHERE seq IS NULL`,
    organisationIds ? [organisationIds] : [],
  )) as { n: number }[];
  const unsealed = Number(unsealedCount);
  for (const head of heads) {
    const headSeq = Number(head.seq);
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    for (;;) {
      const rows = (await query(
        // Up to the head as read: events sealed while this walk runs are the next walk's.
        `SELECT * FROM audit_event WHERE organisation_id = $1 AND seq >= $2 AND seq <= $3 ORDER BY seq LIMIT ${BATCH}`,
        [head.organisation_id, expectedSeq, headSeq],
      )) as Row[];
      for (const row of rows) {
        const seq = Number(row.seq);
        const broken = (problem: string): ChainReport => ({
          intact: false,
          events,
          unsealed,
          brokenAt: { organisationId: head.organisation_id, seq, eventId: row.id, problem },
        });
        if (seq !== expectedSeq) return broken(`event ${expectedSeq} is missing`);
        if (row.prev_hash !== prevHash) return broken('does not link to the event before it');
        const body = {
          id: row.id,
          organisationId: row.organisation_id,
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
        };
        if (row.content_hash !== null && hashAuditContent(body) !== row.content_hash) {
          return broken('its content does not match its hash (altered)');
        }
        const recomputed =
          row.content_hash === null
            ? hashAuditEvent({ ...body, seq, prevHash: row.prev_hash })
            : linkHash(row.prev_hash, seq, row.content_hash);
        if (recomputed !== row.hash) return broken('its content does not match its hash (altered)');
        prevHash = row.hash;
        expectedSeq += 1;
        events += 1;
      }
      if (rows.length < BATCH) break;
    }
    if (expectedSeq - 1 !== headSeq || prevHash !== head.hash) {
      return {
        intact: false,
        events,
        unsealed,
        brokenAt: {
          organisationId: head.organisation_id,
          seq: expectedSeq,
          eventId: null,
          problem: `the chain ends at event ${expectedSeq - 1} but its head says ${head.seq} (events removed)`,
        },
      };
    }
  }
  return { intact: true, events, organisations: heads.length, unsealed };
}

/** The CLI's check: seals whatever is waiting, then walks every chain. */
export async function verifyWithOwner(ds: DataSource): Promise<ChainReport> {
  await sealAll(ds);
  return verifyAuditChain((sql, params) => ds.query(sql, params));
}
