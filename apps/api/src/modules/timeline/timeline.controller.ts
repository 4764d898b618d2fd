import { Controller, Get, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../common/uuid-param';
import { type Actor, Allow, CurrentActor, Origin, type RequestOrigin } from '../authz';
import { PageQueryDto } from '../../common/page-query.dto';
import { TimelineService } from './timeline.service';

@ApiTags('journeys')
@ApiNotFoundResponse({ description: 'Missing, or not in your reach: the same answer' })
@Controller()
export class TimelineController {
  constructor(private readonly timeline: TimelineService) {}

  @Get('journeys/:journeyId/timeline')
  @Allow('journey:read')
  @ApiOkResponse({ description: 'Referral, status changes, appointments, accompaniments, goals, steps done, check-ins and notes, oldest first; keyset pages' })
  list(@UuidParam('journeyId') journeyId: string, @Query() query: PageQueryDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.timeline.timeline(actor, journeyId, query, origin);
  }

  @Get('journeys/:journeyId/trend')
  @Allow('journey:read')
  @ApiOkResponse({ description: 'Support levels of attended appointments over time (advocate_led → independent)' })
  trend(@UuidParam('journeyId') journeyId: string, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.timeline.trend(actor, journeyId, origin);
  }
}
