import { Injectable, Optional } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Environment } from '../../config/environment';
import type { RequestOrigin } from '../authz/actor';
import { AuditEventContent, hashAuditEvent, NO_ORGANISATION } from './audit-hash';

export type AuditOutcome = 'success' | 'denied' | 'error';

/** One thing that happened to one record (or one list), as the caller describes it. */
export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  /** The service user whose data this is, where there is one. */
  subjectId?: string | null;
  outcome?: AuditOutcome;
  reason?: string | null;
  /** Field names changed, ids listed, counts: never the values of free text. */
  detail?: Record<string, unknown>;
  /** Defaults to the actor's organisation. */
  organisationId?: string | null;
}

/** Actions that only record that someone looked: what BENCH_SKIP_READ_AUDIT may skip. */
const READ_ACTION = /\.(read|list|search|search_account_events|export|verify|access_log_read)$/;

export function isReadEntry(entry: AuditEntry): boolean {
  return READ_ACTION.test(entry.action) && (entry.outcome ?? 'success') === 'success';
}

export interface AuditActor {
  userId: string | null;
  role: string | null;
  organisationId: string | null;
}

/**
 * Appends audit events inside the caller's transaction, so the work and its record
 * commit or fail together. Each organisation's chain head is locked while appending:
 * concurrent writers, from any number of API instances, queue there and never fork it.
 */
@Injectable()
export class AuditWriter {
  private readonly skipReads: boolean;

  constructor(@Optional() env?: Environment) {
    // Benchmark only; validateEnvironment refuses it in production.
    this.skipReads = env?.BENCH_SKIP_READ_AUDIT === true && env.NODE_ENV !== 'production';
  }

  async append(em: EntityManager, actor: AuditActor | null, origin: RequestOrigin, all: AuditEntry[]): Promise<void> {
    const entries = this.skipReads ? all.filter((e) => !isReadEntry(e)) : all;
    if (!entries.length) return;
    const occurredAt = new Date().toISOString();
    const byOrganisation = new Map<string, AuditEntry[]>();
    for (const entry of entries) {
      const org = entry.organisationId ?? actor?.organisationId ?? NO_ORGANISATION;
      byOrganisation.set(org, [...(byOrganisation.get(org) ?? []), entry]);
    }
    // A fixed lock order across organisations rules out deadlocks between writers.
    for (const organisationId of [...byOrganisation.keys()].sort()) {
      await this.appendToChain(em, organisationId, actor, origin, occurredAt, byOrganisation.get(organisationId) ?? []);
    }
  }

  private async appendToChain(
    em: EntityManager,
    organisationId: string,
    actor: AuditActor | null,
    origin: RequestOrigin,
    occurredAt: string,
    entries: AuditEntry[],
  ): Promise<void> {
    await em.query(
      `INSERT INTO audit_chain_head (organisation_id, seq, hash) VALUES ($1, 0, repeat('0', 64)) ON CONFLICT DO NOTHING`,
      [organisationId],
    );
    const [head]: { seq: string; hash: string }[] = await em.query(
      `SELECT seq, hash FROM audit_chain_head WHERE organisation_id = $1 FOR UPDATE`,
      [organisationId],
    );
    let seq = Number(head.seq);
    let prevHash = head.hash;
    const rows: (AuditEventContent & { hash: string })[] = [];
    for (const entry of entries) {
      seq += 1;
      const content: AuditEventContent = {
        id: randomUUID(),
        organisationId,
        seq,
        occurredAt,
        actorUserId: actor?.userId ?? null,
        actorRole: actor?.role ?? null,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId ?? null,
        subjectId: entry.subjectId ?? null,
        outcome: entry.outcome ?? 'success',
        reason: entry.reason ?? null,
        requestId: origin.requestId || null,
        ip: origin.ip,
        userAgent: origin.userAgent,
        detail: entry.detail ?? {},
        prevHash,
      };
      prevHash = hashAuditEvent(content);
      rows.push({ ...content, hash: prevHash });
    }
    const columns = 18;
    const params: unknown[] = [];
    const tuples = rows.map((row, i) => {
      params.push(
        row.id, row.organisationId, row.seq, row.occurredAt, row.actorUserId, row.actorRole, row.action,
        row.entityType, row.entityId, row.subjectId, row.outcome, row.reason, row.requestId, row.ip,
        row.userAgent, JSON.stringify(row.detail), row.prevHash, row.hash,
      );
      return `(${Array.from({ length: columns }, (_, c) => `$${i * columns + c + 1}`).join(', ')})`;
    });
    await em.query(
      `INSERT INTO audit_event (id, organisation_id, seq, occurred_at, actor_user_id, actor_role, action,
         entity_type, entity_id, subject_id, outcome, reason, request_id, ip, user_agent, detail, prev_hash, hash)
       VALUES ${tuples.join(', ')}`,
      params,
    );
    await em.query(`UPDATE audit_chain_head SET seq = $2, hash = $3 WHERE organisation_id = $1`, [organisationId, seq, prevHash]);
  }
}
