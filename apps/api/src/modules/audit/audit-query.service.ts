import { Injectable } from '@nestjs/common';
import type { AccessLogEntry, AuditEventView, ChainVerification, Role } from '@beside/shared/contracts';
import type { Page } from '@beside/shared/util';
import { EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor } from '../../common/cursor';
import { UnitOfWork } from '../../database/unit-of-work';
import type { Actor, RequestOrigin } from '../authz/actor';
import { identityContext } from '../identity/identity-context';
import { verifyAuditChain } from './audit-chain-verifier';
import { AuditWriter } from './audit-writer';
import { AccessLogQueryDto, AuditSearchDto } from './dto/audit-search.dto';
import { findAccessLogEntries } from './access-log.query';

interface EventRow {
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
  outcome: AuditEventView['outcome'];
  reason: string | null;
  request_id: string | null;
  ip: string | null;
  user_agent: string | null;
  detail: Record<string, unknown>;
}

const ACCOUNT_ACTIONS = ['auth.%', 'account.%', 'access.%'];
export const CSV_EXPORT_LIMIT = 10000;

function toView(r: EventRow): AuditEventView {
  return {
    id: r.id,
    seq: Number(r.seq),
    occurredAt: new Date(r.occurred_at).toISOString(),
    actor: { id: r.actor_user_id, name: r.actor_name, role: r.actor_role },
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    subject: { id: r.subject_id, name: r.subject_name },
    outcome: r.outcome,
    reason: r.reason,
    requestId: r.request_id,
    ip: r.ip,
    userAgent: r.user_agent,
    detail: r.detail,
  };
}

/** Searching, exporting and verifying the audit trail; each use of it is itself audited. */
@Injectable()
export class AuditQueryService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditWriter,
  ) {}

  async search(actor: Actor, query: AuditSearchDto, origin: RequestOrigin, accountEventsOnly = false): Promise<Page<AuditEventView>> {
    const limit = query.limit ?? 50;
    return this.uow.run(identityContext(actor), async (em) => {
      const rows = await this.find(em, query, limit + 1, accountEventsOnly);
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      await this.audit.append(em, actor, origin, [
        {
          action: accountEventsOnly ? 'audit.search_account_events' : 'audit.search',
          entityType: 'audit_event',
          detail: { filters: this.filtersForAudit(query), count: page.length },
        },
      ]);
      return {
        items: page.map(toView),
        nextCursor: rows.length > limit && last ? encodeCursor([new Date(last.occurred_at).toISOString(), last.id]) : null,
      };
    });
  }

  async exportCsv(actor: Actor, query: AuditSearchDto, origin: RequestOrigin): Promise<string> {
    return this.uow.run(identityContext(actor), async (em) => {
      const rows = await this.find(em, { ...query, cursor: undefined }, CSV_EXPORT_LIMIT, false);
      await this.audit.append(em, actor, origin, [
        { action: 'audit.export', entityType: 'audit_event', detail: { filters: this.filtersForAudit(query), count: rows.length, format: 'csv' } },
      ]);
      const header = ['occurred_at', 'seq', 'actor_id', 'actor_name', 'actor_role', 'action', 'entity_type', 'entity_id', 'subject_id', 'subject_name', 'outcome', 'reason', 'request_id', 'ip', 'user_agent', 'event_id'];
      const lines = rows.map((r) =>
        [new Date(r.occurred_at).toISOString(), r.seq, r.actor_user_id, r.actor_name, r.actor_role, r.action, r.entity_type, r.entity_id, r.subject_id, r.subject_name, r.outcome, r.reason, r.request_id, r.ip, r.user_agent, r.id]
          .map(csvCell)
          .join(','),
      );
      return [header.join(','), ...lines].join('\r\n') + '\r\n';
    });
  }

  async verify(actor: Actor, origin: RequestOrigin): Promise<ChainVerification> {
    return this.uow.run(identityContext(actor), async (em) => {
      const report = await verifyAuditChain((sql, params) => em.query(sql, params), [actor.organisationId]);
      await this.audit.append(em, actor, origin, [
        { action: 'audit.verify', entityType: 'audit_event', detail: { intact: report.intact, events: report.events } },
      ]);
      return {
        intact: report.intact,
        events: report.events,
        brokenAt: 'brokenAt' in report ? { seq: report.brokenAt.seq, eventId: report.brokenAt.eventId, problem: report.brokenAt.problem } : null,
        checkedAt: new Date().toISOString(),
      };
    });
  }

  /** Every access to her data by someone other than herself, newest first. */
  async accessLog(actor: Actor, query: AccessLogQueryDto, origin: RequestOrigin): Promise<Page<AccessLogEntry>> {
    const limit = query.limit ?? 50;
    const after = decodeCursor(query.cursor, 2);
    return this.uow.run(identityContext(actor), async (em) => {
      const [me]: { id: string }[] = await em.query(`SELECT id FROM service_user WHERE account_id = $1`, [actor.userId]);
      if (!me) return { items: [], nextCursor: null };
      const rows = await findAccessLogEntries(em, { organisationId: actor.organisationId, serviceUserId: me.id, userId: actor.userId }, limit + 1, after);
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      await this.audit.append(em, actor, origin, [
        { action: 'audit.access_log_read', entityType: 'audit_event', subjectId: me.id, detail: { count: page.length } },
      ]);
      return {
        items: page,
        nextCursor: rows.length > limit && last ? encodeCursor([last.occurredAt, last.id]) : null,
      };
    });
  }

  private async find(em: EntityManager, q: AuditSearchDto, take: number, accountEventsOnly: boolean): Promise<EventRow[]> {
    const after = decodeCursor(q.cursor, 2);
    const escaped = q.action?.replace(/_/g, '\\_');
    const action = escaped?.endsWith('*') ? `${escaped.slice(0, -1)}%` : (escaped ?? null);
    return em.query(
      `SELECT e.*, u.display_name AS actor_name, su.name AS subject_name
       FROM audit_event e
       LEFT JOIN user_account u ON u.id = e.actor_user_id
       LEFT JOIN service_user su ON su.id = e.subject_id
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
       ORDER BY e.occurred_at DESC, e.id DESC
       LIMIT $13`,
      [
        q.actorId ?? null,
        q.subjectId ?? null,
        action,
        q.entityType ?? null,
        q.entityId ?? null,
        q.outcome ?? null,
        q.from ?? null,
        q.to ?? null,
        after?.[0] ?? null,
        after?.[1] ?? null,
        accountEventsOnly,
        ACCOUNT_ACTIONS,
        take,
      ],
    );
  }

  private filtersForAudit(q: AuditSearchDto): Record<string, string> {
    const { cursor: _c, limit: _l, ...filters } = q;
    return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as Record<string, string>;
  }
}

/** CSV cell, with formula-looking text defused so a spreadsheet never runs it. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
