import { Injectable } from '@nestjs/common';
import type { TimelineEntry, TrendPoint } from '@beside/shared/contracts';
import type { Page } from '@beside/shared/util';
import { PageQueryDto } from '../../common/page-query.dto';
import type { AuditEntry } from '../audit';
import type { Actor, RequestOrigin } from '../authz';
import { JourneyWork, type JourneyInScope } from '../journeys';
import { findSupportTrend, findTimelinePage } from './timeline.repository';

/** Reading a page of the timeline is reading her journey: one event, naming what was on the page. */
function timelineRead(journey: JourneyInScope, rows: { id: string }[]): AuditEntry {
  return { action: 'journey.read', entityType: 'journey', entityId: journey.id, subjectId: journey.serviceUserId, detail: { view: 'timeline', count: rows.length, ids: rows.map((r) => r.id) } };
}

@Injectable()
export class TimelineService {
  constructor(private readonly work: JourneyWork) {}

  async timeline(actor: Actor, journeyId: string, query: PageQueryDto, origin: RequestOrigin): Promise<Page<TimelineEntry>> {
    return this.work.page(actor, origin, journeyId, query, (em, after, limit) => findTimelinePage(em, actor, journeyId, after, limit), timelineRead);
  }

  /** The road to self-advocacy: the support level of each attended appointment, in time order. */
  async trend(actor: Actor, journeyId: string, origin: RequestOrigin): Promise<TrendPoint[]> {
    return this.work.onJourney(actor, origin, journeyId, async (em, scope, audit) => {
      const points = await findSupportTrend(em, journeyId);
      await audit({ action: 'journey.read', entityType: 'journey', entityId: journeyId, subjectId: scope.serviceUserId, detail: { view: 'trend', count: points.length } });
      return points;
    });
  }
}
