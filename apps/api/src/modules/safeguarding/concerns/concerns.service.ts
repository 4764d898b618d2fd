import { BadRequestException, Injectable } from '@nestjs/common';
import type { ConcernDetail, ConcernSummary } from '@beside/shared/contracts';
import type { Page } from '@beside/shared/util';
import { EntityManager } from 'typeorm';
import { Clock } from '../../../common/clock';
import { decodeCursor, encodeCursor } from '../../../common/cursor';
import { OutOfScopeException } from '../../../common/out-of-scope.exception';
import { UnitOfWork } from '../../../database/unit-of-work';
import { AuditWriter, listEvents, type AuditEntry } from '../../audit';
import type { Actor, RequestOrigin } from '../../authz';
import { JourneyAccess } from '../../journeys';
import { insertConcern } from './concern-intake';
import { findConcernRegister, findConcernReach, findJourneyConcerns, getConcernDetail, isStaffMember } from './concern.repository';
import { ConcernRegisterQueryDto, RaiseStaffConcernDto } from './dto/concern.dto';

export const CONCERN_NOT_FOUND = 'Concern not found';

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
    return this.uow.runAs(actor, async (em) => {
      const journey = body.journeyId ? await this.journeys.require(em, actor, body.journeyId, 'raise_concern') : null;
      if (body.aboutStaffUserId) {
        if (!(await isStaffMember(em, body.aboutStaffUserId))) throw new BadRequestException(['aboutStaffUserId must be a member of staff in your organisation']);
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
      const detail = await getConcernDetail(em, id, now);
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
    return this.uow.runAs(actor, async (em) => {
      const rows = await findConcernRegister(em, actor, this.clock.now(), {
        view,
        severity: query.severity,
        category: query.category,
        journeyId: query.journeyId,
        after,
        urgentFirst,
        take: limit + 1,
      });
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      const nextCursor =
        rows.length > limit && last
          ? encodeCursor(urgentFirst ? [last.rank, last.concern.triageDueAt, last.concern.id] : [last.concern.raisedAt, last.concern.id])
          : null;
      // One event per woman shown, naming her; a concern confidential from her stays out of her "who has looked".
      await this.audit.append(
        em,
        actor,
        origin,
        listEvents(
          { action: 'concern.list', entityType: 'concern', detail: { view } },
          page.map(({ concern: c }) => ({ id: c.id, subjectId: c.serviceUserId, confidentialFromSubject: c.confidentialFromSubject })),
        ),
      );
      return { items: page.map((r) => r.concern), nextCursor };
    });
  }

  async forJourney(actor: Actor, journeyId: string, origin: RequestOrigin): Promise<ConcernSummary[]> {
    return this.uow.runAs(actor, async (em) => {
      const journey = await this.journeys.require(em, actor, journeyId);
      const items = await findJourneyConcerns(em, actor, journeyId, this.clock.now());
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
    return this.uow.runAs(actor, async (em) => {
      const detail = await this.requireVisible(em, actor, concernId);
      await this.audit.append(em, actor, origin, [readEvent(detail)]);
      return detail;
    });
  }

  /** Record-level scope for a concern: missing, about the asker, or out of reach all answer the same 404. */
  async requireVisible(em: EntityManager, actor: Actor, concernId: string): Promise<ConcernDetail> {
    // One query whatever the answer: a concern about the asker (hidden by row-level security) is
    // out of reach like any other she may not see, and its 404 has the same shape and audit denial.
    const reach = await findConcernReach(em, actor, concernId);
    if (!reach.visible) throw new OutOfScopeException('concern', concernId, reach.exists, CONCERN_NOT_FOUND);
    return getConcernDetail(em, concernId, this.clock.now());
  }
}

function readEvent(c: ConcernDetail): AuditEntry {
  return { action: 'concern.read', entityType: 'concern', entityId: c.id, subjectId: c.serviceUserId, detail: confidentiality([c]) };
}
