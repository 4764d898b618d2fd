import { Query } from '@nestjs/common';
import { UuidParam } from '../../common/uuid-param';
import { OUT_OF_REACH } from '../../common/route-answers';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../authz';
import { PageQueryDto } from '../../common/page-query.dto';
import { TimelineService } from './timeline.service';

@RouteGroup('journeys', { policy: 'journey:read', notFound: OUT_OF_REACH })
export class TimelineController {
  constructor(private readonly timeline: TimelineService) {}

  @Route.get('journeys/:journeyId/timeline', { ok: 'Referral, status changes, appointments, accompaniments, goals, steps done, check-ins and notes, oldest first; keyset pages' })
  list(@UuidParam('journeyId') journeyId: string, @Query() query: PageQueryDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.timeline.timeline(actor, journeyId, query, origin);
  }

  @Route.get('journeys/:journeyId/trend', { ok: 'Support levels of attended appointments over time (advocate_led → independent)' })
  trend(@UuidParam('journeyId') journeyId: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.timeline.trend(actor, journeyId, origin);
  }
}
