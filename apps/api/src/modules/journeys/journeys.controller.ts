import { BadRequestException, Body, Controller, Get, HttpCode, ParseEnumPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../common/uuid-param';
import { type Actor, Allow, CurrentActor, Origin, type RequestOrigin } from '../authz';
import { BreakGlassDto, BreakGlassReviewDto } from './dto/break-glass.dto';
import { CaseloadQueryDto } from './dto/journey-query.dto';
import { IntakeDto } from './dto/intake.dto';
import { StatusChangeDto, UpdateJourneyDto } from './dto/journey-update.dto';
import { JourneyLifecycleService } from './journey-lifecycle.service';
import { JourneysService } from './journeys.service';

@ApiTags('journeys')
@Controller()
export class JourneysController {
  constructor(
    private readonly journeys: JourneysService,
    private readonly lifecycle: JourneyLifecycleService,
  ) {}

  @Get('journeys')
  @Allow('journey:read')
  @ApiOkResponse({ description: 'Her caseload (a manager: the organisation), newest referral first' })
  caseload(@Query() query: CaseloadQueryDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.journeys.caseload(actor, query, origin);
  }

  @Post('journeys')
  @Allow('journey:write')
  @ApiCreatedResponse({ description: 'Intake: the service user (new or known), the referral and the journey, status referred' })
  @ApiConflictResponse({ description: 'She already has an open journey' })
  intake(@Body() body: IntakeDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.lifecycle.intake(actor, body, origin);
  }

  @Patch('journeys/:journeyId')
  @Allow('journey:write')
  @ApiOkResponse({ description: 'The journey as saved (plan review date, referral details)' })
  @ApiConflictResponse({ description: 'Stale version: { message, current }' })
  update(@UuidParam('journeyId') journeyId: string, @Body() body: UpdateJourneyDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.lifecycle.update(actor, journeyId, body, origin);
  }

  @Post('journeys/:journeyId/status')
  @HttpCode(200)
  @Allow('journey:write')
  @ApiOkResponse({ description: 'The journey after the move; closing needs outcome and reason' })
  @ApiConflictResponse({ description: 'A move the journey cannot make from where it is, or a stale version: { message, current }' })
  changeStatus(@UuidParam('journeyId') journeyId: string, @Body() body: StatusChangeDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.lifecycle.changeStatus(actor, journeyId, body, origin);
  }

  @Get('journeys/:journeyId')
  @Allow('journey:read')
  @ApiOkResponse({ description: 'One journey in scope; 404 for anything out of reach' })
  read(@UuidParam('journeyId') journeyId: string, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.journeys.read(actor, journeyId, origin);
  }

  @Post('journeys/:journeyId/break-glass')
  @Allow('journey:break-glass')
  @ApiCreatedResponse({ description: 'Access for 8 hours (read-only unless the kind of reason needs changes), audited, told to managers and listed for them to review; at most 3 a day (429)' })
  breakGlass(
    @UuidParam('journeyId') journeyId: string,
    @Body() body: BreakGlassDto,
    @CurrentActor() actor: Actor,
    @Origin() origin: RequestOrigin,
  ) {
    return this.journeys.breakGlass(actor, journeyId, body, origin);
  }

  @Get('break-glass')
  @Allow('audit:review-break-glass')
  @ApiQuery({ name: 'include', required: false, enum: ['reviewed'] })
  @ApiOkResponse({ description: 'Break-the-glass accesses awaiting review (or all, with include=reviewed)' })
  breakGlassList(
    @Query('include', new ParseEnumPipe({ reviewed: 'reviewed' }, { optional: true, exceptionFactory: () => new BadRequestException('include must be reviewed, or left out') }))
    include: 'reviewed' | undefined,
    @CurrentActor() actor: Actor,
    @Origin() origin: RequestOrigin,
  ) {
    return this.journeys.breakGlassForReview(actor, origin, include === 'reviewed');
  }

  @Post('break-glass/:grantId/review')
  @HttpCode(204)
  @Allow('audit:review-break-glass')
  @ApiNoContentResponse({ description: 'Marked reviewed with a comment' })
  review(
    @UuidParam('grantId') grantId: string,
    @Body() body: BreakGlassReviewDto,
    @CurrentActor() actor: Actor,
    @Origin() origin: RequestOrigin,
  ) {
    return this.journeys.reviewBreakGlass(actor, grantId, body.comment, origin);
  }
}
