import { BadRequestException, Body, ParseEnumPipe, Query } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { UuidParam } from '../../common/uuid-param';
import { STALE_VERSION } from '../../common/route-answers';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../authz';
import { BreakGlassDto, BreakGlassReviewDto } from './dto/break-glass.dto';
import { CaseloadQueryDto } from './dto/journey-query.dto';
import { IntakeDto } from './dto/intake.dto';
import { StatusChangeDto, UpdateJourneyDto } from './dto/journey-update.dto';
import { JourneyLifecycleService } from './journey-lifecycle.service';
import { JourneysService } from './journeys.service';

@RouteGroup('journeys')
export class JourneysController {
  constructor(
    private readonly journeys: JourneysService,
    private readonly lifecycle: JourneyLifecycleService,
  ) {}

  @Route.get('journeys', 'journey:read', { ok: 'Her caseload (a manager: the organisation), newest referral first' })
  caseload(@Query() query: CaseloadQueryDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.journeys.caseload(actor, query, origin);
  }

  @Route.post('journeys', 'journey:write', { created: 'Intake: the service user (new or known), the referral and the journey, status referred', conflict: 'She already has an open journey' })
  intake(@Body() body: IntakeDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.lifecycle.intake(actor, body, origin);
  }

  @Route.patch('journeys/:journeyId', 'journey:write', { ok: 'The journey as saved (plan review date, referral details)', conflict: STALE_VERSION })
  update(@UuidParam('journeyId') journeyId: string, @Body() body: UpdateJourneyDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.lifecycle.update(actor, journeyId, body, origin);
  }

  @Route.post('journeys/:journeyId/status', 'journey:write', {
    ok: 'The journey after the move; closing needs outcome and reason',
    conflict: 'A move the journey cannot make from where it is, or a stale version: { message, current }',
  })
  changeStatus(@UuidParam('journeyId') journeyId: string, @Body() body: StatusChangeDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.lifecycle.changeStatus(actor, journeyId, body, origin);
  }

  @Route.get('journeys/:journeyId', 'journey:read', { ok: 'One journey in scope; 404 for anything out of reach' })
  read(@UuidParam('journeyId') journeyId: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.journeys.read(actor, journeyId, origin);
  }

  @Route.post('journeys/:journeyId/break-glass', 'journey:break-glass', {
    created: 'Access for 8 hours (read-only unless the kind of reason needs changes), audited, told to managers and listed for them to review; at most 3 a day (429)',
  })
  breakGlass(@UuidParam('journeyId') journeyId: string, @Body() body: BreakGlassDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.journeys.breakGlass(actor, journeyId, body, origin);
  }

  @Route.get('break-glass', 'audit:review-break-glass', { ok: 'Break-the-glass accesses awaiting review (or all, with include=reviewed)' })
  @ApiQuery({ name: 'include', required: false, enum: ['reviewed'] })
  breakGlassList(
    @Query('include', new ParseEnumPipe({ reviewed: 'reviewed' }, { optional: true, exceptionFactory: () => new BadRequestException('include must be reviewed, or left out') }))
    include: 'reviewed' | undefined,
    @CurrentCaller() { actor, origin }: Caller,
  ) {
    return this.journeys.breakGlassForReview(actor, origin, include === 'reviewed');
  }

  @Route.post('break-glass/:grantId/review', 'audit:review-break-glass', { noContent: 'Marked reviewed with a comment' })
  review(@UuidParam('grantId') grantId: string, @Body() body: BreakGlassReviewDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.journeys.reviewBreakGlass(actor, grantId, body.comment, origin);
  }
}
