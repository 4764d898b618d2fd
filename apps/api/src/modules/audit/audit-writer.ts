import { Injectable, Optional } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Environment } from '../../config/environment';
import type { RequestOrigin } from '../authz';
import { AuditEventBody, hashAuditContent, NO_ORGANISATION } from './audit-hash';
import { insertAuditEvents } from './audit.repository';
import { markForSealing } from './audit-sealer';

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
 * commit or fail together. Events go in unsealed, without touching the chain head, so
 * concurrent requests never queue behind one another here; AuditSealer gives them their
 * place in the organisation's chain right after the transaction commits.
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
    const rows = entries.map((entry) => {
      const body: AuditEventBody = {
        id: randomUUID(),
        organisationId: entry.organisationId ?? actor?.organisationId ?? NO_ORGANISATION,
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
        // As jsonb will give it back (no undefined, dates as text), so the hash verifies later.
        detail: JSON.parse(JSON.stringify(entry.detail ?? {})) as Record<string, unknown>,
      };
      return { ...body, contentHash: hashAuditContent(body) };
    });
    await insertAuditEvents(em, rows);
    markForSealing(em, rows.map((r) => r.organisationId));
  }
}

/** The audit of the work in hand: its events go in with the work's own transaction, as its actor, from its request. */
export type AuditNow = (...entries: AuditEntry[]) => Promise<void>;

export function auditNow(audit: AuditWriter, em: EntityManager, actor: AuditActor | null, origin: RequestOrigin): AuditNow {
  return (...entries) => audit.append(em, actor, origin, entries);
}
