import { GENESIS_HASH, hashAuditContent, hashAuditEvent, linkHash } from './audit-hash';
import {
  ChainQuery,
  chainQueryOf,
  countUnsealedEvents,
  findChainEvents,
  findChainHead,
  findChainOrganisations,
  sealAll,
  type SqlConnection,
} from './audit-chain.repository';
import type { ReadCheckpoint } from './audit-checkpoints';

export type { AuditEventRow } from './audit-chain.repository';

export interface ChainBreak {
  organisationId: string;
  seq: number;
  eventId: string | null;
  problem: string;
}

export type ChainReport =
  | { intact: true; events: number; organisations: number; unsealed: number; checkpoints: number }
  | { intact: false; events: number; unsealed: number; checkpoints: number; brokenAt: ChainBreak };

const BATCH = 5000;
/** How many times a walk follows a head that moved on while it walked (events sealed meanwhile). */
const CATCH_UP = 5;

/**
 * Walks each organisation's sealed chain from its first event, without trusting the chain
 * head, and recomputes every hash; events written but not sealed yet are counted, not judged.
 * Then the head must agree with where the chain ends (a head moved back, or forward past
 * the events, is a break), and so must every signed checkpoint kept outside the database
 * (an event rewritten, the chain rewound or its tail cut off after a checkpoint).
 * An event sealed since the AuditSealing migration links by sha256(prev_hash ':' seq ':'
 * content_hash), and its content hash must match what it says; one sealed before keeps its
 * original hash. `query` is how the caller reaches the rows: the owner's connection for the
 * CLI, a manager's scoped transaction for the API (which then sees her organisation's chain
 * only). Never throws: a failure to read is reported as a break.
 */
export async function verifyAuditChain(query: ChainQuery, organisationIds?: string[], checkpoints?: Map<string, ReadCheckpoint[]>): Promise<ChainReport> {
  let events = 0;
  let unsealed = 0;
  let checked = 0;
  let current = organisationIds?.[0] ?? '';
  const broken = (brokenAt: ChainBreak): ChainReport => ({ intact: false, events, unsealed, checkpoints: checked, brokenAt });
  try {
    unsealed = await countUnsealedEvents(query, organisationIds);
    const chains = organisationIds
      ? [...organisationIds].sort()
      : [...new Set([...(await findChainOrganisations(query)), ...(checkpoints?.keys() ?? [])])].sort();
    for (const organisationId of chains) {
      current = organisationId;
      const result = await walkChain(query, organisationId, checkpoints?.get(organisationId) ?? []);
      events += result.events;
      checked += result.checkpoints;
      if (result.brokenAt) return broken(result.brokenAt);
    }
    return { intact: true, events, organisations: chains.length, unsealed, checkpoints: checked };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return broken({ organisationId: current, seq: 0, eventId: null, problem: `the chain could not be read (${message})` });
  }
}

async function walkChain(
  query: ChainQuery,
  organisationId: string,
  checkpoints: ReadCheckpoint[],
): Promise<{ events: number; checkpoints: number; brokenAt?: ChainBreak }> {
  let events = 0;
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let lastId: string | null = null;
  // The hash of each event a checkpoint names, as the walk passes it.
  const wanted = new Set(checkpoints.flatMap((c) => (c.valid ? [c.seq] : [])));
  const seen = new Map<number, string>();
  const at = (seq: number, eventId: string | null, problem: string) => ({ events, checkpoints: 0, brokenAt: { organisationId, seq, eventId, problem } });
  const invalid = checkpoints.find((c): c is Extract<ReadCheckpoint, { valid: false }> => !c.valid);
  if (invalid) return at(0, null, `signed checkpoint line ${invalid.line} of this chain is not genuine: ${invalid.problem}`);
  for (let round = 0; ; round += 1) {
    for (;;) {
      const rows = await findChainEvents(query, organisationId, expectedSeq, BATCH);
      for (const row of rows) {
        const seq = Number(row.seq);
        if (seq !== expectedSeq) return at(seq, row.id, `event ${expectedSeq} is missing`);
        if (row.prev_hash !== prevHash) return at(seq, row.id, 'does not link to the event before it');
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
        if (row.content_hash !== null && hashAuditContent(body) !== row.content_hash) return at(seq, row.id, 'its content does not match its hash (altered)');
        const recomputed = row.content_hash === null ? hashAuditEvent({ ...body, seq, prevHash: row.prev_hash }) : linkHash(row.prev_hash, seq, row.content_hash);
        if (recomputed !== row.hash) return at(seq, row.id, 'its content does not match its hash (altered)');
        if (wanted.has(seq)) seen.set(seq, row.hash);
        prevHash = row.hash;
        lastId = row.id;
        expectedSeq += 1;
        events += 1;
      }
      if (rows.length < BATCH) break;
    }
    const last = expectedSeq - 1;
    const head = await findChainHead(query, organisationId);
    const headSeq = head ? Number(head.seq) : 0;
    if (headSeq > last && round < CATCH_UP) continue; // sealed while this walk ran: follow it
    if (!head && last > 0) return at(last, lastId, `the chain has ${last} events but no head`);
    if (headSeq > last) return at(last + 1, null, `the chain ends at event ${last} but its head says ${headSeq} (events removed)`);
    if (headSeq < last) return at(headSeq, null, `the chain goes on to event ${last} but its head says ${headSeq} (the head was moved back)`);
    if (head && head.hash !== prevHash) return at(last, lastId, 'the chain head does not match its last event (the head was rewritten)');
    let checked = 0;
    for (const c of checkpoints) {
      if (!c.valid) continue;
      if (c.seq > last) return at(last + 1, null, `a checkpoint signed at ${c.at} saw event ${c.seq}, but the chain ends at event ${last} (rewound or cut off)`);
      if (c.seq > 0 && seen.get(c.seq) !== c.hash) return at(c.seq, null, `event ${c.seq} is not the one a checkpoint signed at ${c.at} saw (rewritten)`);
      checked += 1;
    }
    return { events, checkpoints: checked };
  }
}

/** The CLI's check: seals whatever is waiting, then walks every chain (and its checkpoints, if given). */
export async function verifyWithOwner(ds: SqlConnection, checkpoints?: Map<string, ReadCheckpoint[]>): Promise<ChainReport> {
  try {
    await sealAll(ds);
  } catch {
    // A chain that cannot be sealed is found by the walk.
  }
  return verifyAuditChain(chainQueryOf(ds), undefined, checkpoints);
}
