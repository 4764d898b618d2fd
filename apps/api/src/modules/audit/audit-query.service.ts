import { Injectable } from '@nestjs/common';
import type { AccessLogEntry, AuditEventView, ChainVerification } from '@beside/shared/contracts';
import type { Page } from '@beside/shared/util';
import { EntityManager } from 'typeorm';
import { decodeCursor } from '../../common/cursor';
import { cutPage } from '../../common/keyset-page';
import { UnitOfWork } from '../../database/unit-of-work';
import { Environment } from '../../config/environment';
import type { Actor, RequestOrigin } from '../authz';
import { findAccessLogEntries } from './access-log.repository';
import { chainQueryOf } from './audit-chain.repository';
import { verifyAuditChain } from './audit-chain-verifier';
import { checkpointsFor } from './audit-checkpoint.job';
import { AuditWriter } from './audit-writer';
import { findServiceUserIdOfAccount, searchAuditEvents, type AuditSearchRow } from './audit.repository';
import { AccessLogQueryDto, AuditSearchDto } from './dto/audit-search.dto';
import { describeForStaff } from './plain-language';

const ACCOUNT_ACTIONS = ['auth.%', 'account.%', 'access.%'];
export const CSV_EXPORT_LIMIT = 10000;

/** The account an event is about (a change to it, or a manager's approval for it), so account events say which. */
function accountOf(r: AuditSearchRow): AuditEventView['account'] {
  const id = r.entity_type === 'user_account' ? r.entity_id : r.entity_type === 'role_approval' ? ((r.detail?.['accountId'] as string | undefined) ?? null) : null;
  return id && (r.account_name || r.account_email) ? { id, name: r.account_name ?? null, email: r.account_email ?? null } : null;
}

function toView(r: AuditSearchRow): AuditEventView {
  return {
    id: r.id,
    seq: Number(r.seq),
    occurredAt: new Date(r.occurred_at).toISOString(),
    actor: { id: r.actor_user_id, name: r.actor_name, role: r.actor_role },
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    subject: { id: r.subject_id, name: r.subject_name },
    account: accountOf(r),
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
    private readonly env: Environment,
  ) {}

  async search(actor: Actor, query: AuditSearchDto, origin: RequestOrigin, accountEventsOnly = false): Promise<Page<AuditEventView>> {
    const limit = query.limit ?? 50;
    return this.uow.runAs(actor, async (em) => {
      const rows = await this.find(em, actor, query, limit + 1, accountEventsOnly);
      const { page, nextCursor } = cutPage(rows, limit, (r) => new Date(r.occurred_at).toISOString());
      await this.audit.append(em, actor, origin, [
        {
          action: accountEventsOnly ? 'audit.search_account_events' : 'audit.search',
          entityType: 'audit_event',
          detail: { filters: this.filtersForAudit(query), count: page.length },
        },
      ]);
      return {
        items: page.map(toView),
        nextCursor,
      };
    });
  }

  async exportCsv(actor: Actor, query: AuditSearchDto, origin: RequestOrigin): Promise<string> {
    return this.uow.runAs(actor, async (em) => {
      const rows = await this.find(em, actor, { ...query, cursor: undefined }, CSV_EXPORT_LIMIT, false);
      await this.audit.append(em, actor, origin, [
        { action: 'audit.export', entityType: 'audit_event', detail: { filters: this.filtersForAudit(query), count: rows.length, format: 'csv' } },
      ]);
      const header = ['occurred_at', 'seq', 'actor_id', 'actor_name', 'actor_role', 'action', 'entity_type', 'entity_id', 'subject_id', 'subject_name', 'outcome', 'reason', 'request_id', 'ip', 'user_agent', 'event_id', 'what'];
      const lines = rows.map((r) =>
        [new Date(r.occurred_at).toISOString(), r.seq, r.actor_user_id, r.actor_name, r.actor_role, r.action, r.entity_type, r.entity_id, r.subject_id, r.subject_name, r.outcome, r.reason, r.request_id, r.ip, r.user_agent, r.id, describeForStaff(r.action, r.entity_type, r.outcome)]
          .map(csvCell)
          .join(','),
      );
      return [header.join(','), ...lines].join('\r\n') + '\r\n';
    });
  }

  async verify(actor: Actor, origin: RequestOrigin): Promise<ChainVerification> {
    return this.uow.runAs(actor, async (em) => {
      const query = chainQueryOf(em);
      const checkpoints = await checkpointsFor(query, this.env, [actor.organisationId]);
      const report = await verifyAuditChain(query, [actor.organisationId], checkpoints);
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
    return this.uow.runAs(actor, async (em) => {
      const serviceUserId = await findServiceUserIdOfAccount(em, actor.userId);
      if (!serviceUserId) return { items: [], nextCursor: null };
      const rows = await findAccessLogEntries(em, { organisationId: actor.organisationId, serviceUserId, userId: actor.userId }, limit + 1, after);
      const { page, nextCursor } = cutPage(rows, limit, (e) => e.occurredAt);
      await this.audit.append(em, actor, origin, [
        { action: 'audit.access_log_read', entityType: 'audit_event', subjectId: serviceUserId, detail: { count: page.length } },
      ]);
      return {
        items: page,
        nextCursor,
      };
    });
  }

  /** The search, without what the caller may not see (an event naming a concern hidden from her). */
  private async find(em: EntityManager, actor: Actor, q: AuditSearchDto, take: number, accountEventsOnly: boolean): Promise<AuditSearchRow[]> {
    const after = decodeCursor(q.cursor, 2);
    const escaped = q.action?.replace(/_/g, '\\_');
    const action = escaped?.endsWith('*') ? `${escaped.slice(0, -1)}%` : (escaped ?? null);
    return searchAuditEvents(em, actor, {
      actorId: q.actorId,
      subjectId: q.subjectId,
      action,
      entityType: q.entityType,
      entityId: q.entityId,
      outcome: q.outcome,
      from: q.from,
      to: q.to,
      after,
      accountEventsOnly,
      accountActions: ACCOUNT_ACTIONS,
      take,
    });
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
