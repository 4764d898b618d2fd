import { Injectable } from '@nestjs/common';
import type { TimelineEntry, TrendPoint } from '@beside/shared/contracts';
import type { Page } from '@beside/shared/util';
import { cutPage, pageRequest } from '../../common/keyset-page';
import { PageQueryDto } from '../../common/page-query.dto';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditWriter } from '../audit';
import type { Actor, RequestOrigin } from '../authz';
import { JourneyAccess } from '../journeys';
import { findSupportTrend, findTimelinePage } from './timeline.repository';

@Injectable()
export class TimelineService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly journeys: JourneyAccess,
    private readonly audit: AuditWriter,
  ) {}

  async timeline(actor: Actor, journeyId: string, query: PageQueryDto, origin: RequestOrigin): Promise<Page<TimelineEntry>> {
    const { limit, after } = pageRequest(query);
    return this.uow.runAs(actor, async (em) => {
      const scope = await this.journeys.require(em, actor, journeyId);
      const { page, nextCursor } = cutPage(await findTimelinePage(em, actor, journeyId, after, limit + 1), limit, (r) => r.cursor_at);
      await this.audit.append(em, actor, origin, [
        { action: 'journey.read', entityType: 'journey', entityId: journeyId, subjectId: scope.serviceUserId, detail: { view: 'timeline', count: page.length, ids: page.map((r) => r.id) } },
      ]);
      return { items: page.map(({ cursor_at: _c, ...e }) => e), nextCursor };
    });
  }

  /** The road to self-advocacy: the support level of each attended appointment, in time order. */
  async trend(actor: Actor, journeyId: string, origin: RequestOrigin): Promise<TrendPoint[]> {
    return this.uow.runAs(actor, async (em) => {
      const scope = await this.journeys.require(em, actor, journeyId);
      const points = await findSupportTrend(em, journeyId);
      await this.audit.append(em, actor, origin, [
        { action: 'journey.read', entityType: 'journey', entityId: journeyId, subjectId: scope.serviceUserId, detail: { view: 'trend', count: points.length } },
      ]);
      return points;
    });
  }
}
