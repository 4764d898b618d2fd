import { BadRequestException, Injectable } from '@nestjs/common';
import type { ConcernDetail, ConcernSummary } from '@beside/shared/contracts';
import type { Page } from '@beside/shared/util';
import { EntityManager } from 'typeorm';
import { Clock } from '../../../common/clock';
import { decodeCursor, encodeCursor } from '../../../common/cursor';
import { OutOfScopeException } from '../../../common/out-of-scope.exception';
import { UnitOfWork } from '../../../database/unit-of-work';
import { AuditEntry, AuditWriter } from '../../audit/audit-writer';
import type { Actor, RequestOrigin } from '../../authz/actor';
import { identityContext } from '../../identity/identity-context';
import { JourneyAccess } from '../../journeys/journey-access';
import { insertConcern } from './concern-intake';
import { CONCERN_FROM, CONCERN_SUMMARY_COLUMNS, ConcernRow, findConcernDetail, toConcernSummary } from './concern.repository';
import { visibleTo } from './concern-visibility';
import { ConcernRegisterQueryDto, RaiseStaffConcernDto } from './dto/concern.dto';

export const CONCERN_NOT_FOUND = 'Concern not found';
const SEVERITY_RANK = `array_position(ARRAY['low','medium','high','immediate']::varchar[], c.severity)`;

/** Audit detail that keeps a confidential concern out of her "who has looked at my record". */
export function confidentiality(concerns: { confidentialFromSubject: boolean }[]): Record<string, unknown> {
  return concerns.some((c) => c.confidentialFromSubject) ? { confidentialFromSubject: true } : {};
}

@Injectable()
export class ConcernsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly journeys: JourneyAccess,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
  ) {}

  async raise(actor: Actor, body: RaiseStaffConcernDto, origin: RequestOrigin): Promise<ConcernDetail> {
    return this.uow.run(identityContext(actor), async (em) => {
      const journey = body.journeyId ? await this.journeys.require(em, actor, body.journeyId) : null;
      if (body.aboutStaffUserId) {
        const staff: unknown[] = await em.query(
          `SELECT 1 FROM user_account WHERE id = $1 AND role IN ('advocate','manager','admin') AND status <> 'invited'`,
          [body.aboutStaffUserId],
        );
        if (!staff.length) throw new BadRequestException(['aboutStaffUserId must be a member of staff in your organisation']);
        if (body.aboutStaffUserId === actor.userId) throw new BadRequestException(['aboutStaffUserId: a concern about yourself goes to a manager; raise it with them']);
      }
      if (body.confidentialFromSubject && !journey) throw new BadRequestException(['confidentialFromSubject is only for a concern about a woman (give journeyId)']);
      const now = this.clock.now();
      const { id } = await insertConcern(em, {
        organisationId: actor.organisationId,
        journeyId: journey?.id ?? null,
        serviceUserId: journey?.serviceUserId ?? null,
        raisedBy: actor.userId,
        raisedByRole: actor.role as 'advocate' | 'manager',
        aboutStaffUserId: body.aboutStaffUserId ?? null,
        category: body.category,
        severity: body.severity,
        description: body.description,
        hideRaiserFromAdvocate: false,
        confidentialFromSubject: !!body.confidentialFromSubject,
        now,
      });
      const detail = (await findConcernDetail(em, id, now)) as ConcernDetail;
      await this.audit.append(em, actor, origin, [
        {
          action: 'concern.created',
          entityType: 'concern',
          entityId: id,
          subjectId: detail.serviceUserId,
          detail: { fields: Object.keys(body), category: body.category, severity: body.severity, ...confidentiality([detail]) },
        },
      ]);
      return detail;
    });
  }

  async register(actor: Actor, query: ConcernRegisterQueryDto, origin: RequestOrigin): Promise<Page<ConcernSummary>> {
    const view = query.view ?? 'open';
    const limit = query.limit ?? 50;
    const urgentFirst = view === 'open' || view === 'overdue';
    const after = decodeCursor(query.cursor, urgentFirst ? 3 : 2);
    return this.uow.run(identityContext(actor), async (em) => {
      const now = this.clock.now();
      const params: unknown[] = [now, actor.userId];
      const where = [visibleTo(actor, 2)];
      if (view === 'open') where.push(`c.status <> 'closed'`);
      if (view === 'overdue') where.push(`c.status = 'raised' AND c.triage_due_at <= $1`);
      if (view === 'closed') where.push(`c.status = 'closed'`);
      const add = (sql: (n: number) => string, value: unknown) => {
        params.push(value);
        where.push(sql(params.length));
      };
      if (query.severity) add((n) => `c.severity = $${n}`, query.severity);
      if (query.category) add((n) => `c.category = $${n}`, query.category);
      if (query.journeyId) add((n) => `c.journey_id = $${n}`, query.journeyId);
      if (after && urgentFirst) {
        params.push(...after);
        const [r, d, i] = [params.length - 2, params.length - 1, params.length];
        where.push(`(${SEVERITY_RANK} < $${r} OR (${SEVERITY_RANK} = $${r} AND (c.triage_due_at, c.id) > ($${d}::timestamptz, $${i}::uuid)))`);
      } else if (after) {
        params.push(...after);
        where.push(`(c.raised_at, c.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
      }
      params.push(limit + 1);
      const order = urgentFirst ? `${SEVERITY_RANK} DESC, c.triage_due_at, c.id` : `c.raised_at DESC, c.id DESC`;
      const rows: (ConcernRow & { rank: number })[] = await em.query(
        `SELECT ${CONCERN_SUMMARY_COLUMNS}, ${SEVERITY_RANK} AS rank ${CONCERN_FROM}
         WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT $${params.length}`,
        params,
      );
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      const nextCursor =
        rows.length > limit && last
          ? encodeCursor(urgentFirst ? [last.rank, new Date(last.triage_due_at).toISOString(), last.id] : [new Date(last.raised_at).toISOString(), last.id])
          : null;
      await this.audit.append(em, actor, origin, [
        { action: 'concern.list', entityType: 'concern', detail: { view, count: page.length, ids: page.map((r) => r.id) } },
      ]);
      return { items: page.map(toConcernSummary), nextCursor };
    });
  }

  async forJourney(actor: Actor, journeyId: string, origin: RequestOrigin): Promise<ConcernSummary[]> {
    return this.uow.run(identityContext(actor), async (em) => {
      const journey = await this.journeys.require(em, actor, journeyId);
      const rows: ConcernRow[] = await em.query(
        `SELECT ${CONCERN_SUMMARY_COLUMNS} ${CONCERN_FROM}
         WHERE c.journey_id = $3 AND ${visibleTo(actor, 2)} ORDER BY c.raised_at DESC, c.id DESC LIMIT 200`,
        [this.clock.now(), actor.userId, journeyId],
      );
      const items = rows.map(toConcernSummary);
      await this.audit.append(em, actor, origin, [
        {
          action: 'concern.list',
          entityType: 'concern',
          subjectId: journey.serviceUserId,
          detail: { journeyId, count: items.length, ids: items.map((c) => c.id), ...confidentiality(items) },
        },
      ]);
      return items;
    });
  }

  async get(actor: Actor, concernId: string, origin: RequestOrigin): Promise<ConcernDetail> {
    return this.uow.run(identityContext(actor), async (em) => {
      const detail = await this.requireVisible(em, actor, concernId);
      await this.audit.append(em, actor, origin, [readEvent(detail)]);
      return detail;
    });
  }

  /** Record-level scope for a concern: missing, about the asker, or out of reach all answer the same 404. */
  async requireVisible(em: EntityManager, actor: Actor, concernId: string): Promise<ConcernDetail> {
    const [row]: { visible: boolean }[] = await em.query(`SELECT ${visibleTo(actor, 2)} AS visible FROM concern c WHERE c.id = $1`, [
      concernId,
      actor.userId,
    ]);
    if (!row?.visible) throw new OutOfScopeException('concern', concernId, !!row, CONCERN_NOT_FOUND);
    return (await findConcernDetail(em, concernId, this.clock.now())) as ConcernDetail;
  }
}

function readEvent(c: ConcernDetail): AuditEntry {
  return { action: 'concern.read', entityType: 'concern', entityId: c.id, subjectId: c.serviceUserId, detail: confidentiality([c]) };
}
