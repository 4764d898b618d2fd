import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../../common/uuid-param';
import { Allow, CurrentActor, Origin, type Actor, type RequestOrigin } from '../../authz';
import { ConcernWorkflowService } from './concern-workflow.service';
import { ConcernsService } from './concerns.service';
import { AddConcernActionDto, CompleteConcernActionDto, ConcernRegisterQueryDto, ConcernTransitionDto, RaiseStaffConcernDto } from './dto/concern.dto';

@ApiTags('concerns')
@ApiNotFoundResponse({ description: 'Missing, or not yours to see: the same answer' })
@Controller()
export class ConcernsController {
  constructor(
    private readonly concerns: ConcernsService,
    private readonly workflow: ConcernWorkflowService,
  ) {}

  @Get('concerns')
  @Allow('concern:read')
  @ApiOkResponse({ description: 'The concerns register: open ones most urgent first; keyset pages' })
  register(@Query() query: ConcernRegisterQueryDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.concerns.register(actor, query, origin);
  }

  @Post('concerns')
  @Allow('concern:record')
  @ApiCreatedResponse({ description: 'The concern, with its reference and triage deadline' })
  raise(@Body() body: RaiseStaffConcernDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.concerns.raise(actor, body, origin);
  }

  @Get('concerns/:concernId')
  @Allow('concern:read')
  @ApiOkResponse({ description: 'The concern with its history and actions' })
  get(@UuidParam('concernId') concernId: string, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.concerns.get(actor, concernId, origin);
  }

  @Post('concerns/:concernId/transitions')
  @HttpCode(200)
  @Allow('concern:triage')
  @ApiOkResponse({ description: 'The concern after the move' })
  @ApiConflictResponse({ description: 'Stale version, or a move the workflow does not allow: { message, current }' })
  transition(@UuidParam('concernId') concernId: string, @Body() body: ConcernTransitionDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.workflow.transition(actor, concernId, body, origin);
  }

  @Post('concerns/:concernId/actions')
  @Allow('concern:triage')
  @ApiCreatedResponse({ description: 'The concern with the new action' })
  addAction(@UuidParam('concernId') concernId: string, @Body() body: AddConcernActionDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.workflow.addAction(actor, concernId, body, origin);
  }

  @Get('concerns/:concernId/action-owners')
  @Allow('concern:triage')
  @ApiOkResponse({ description: 'Who may own an action on this concern (the same rule that checks an owner), by name' })
  actionOwners(@UuidParam('concernId') concernId: string, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.workflow.eligibleOwners(actor, concernId, origin);
  }

  @Post('concerns/:concernId/actions/:actionId/done')
  @HttpCode(200)
  @Allow('concern:read')
  @ApiOkResponse({ description: "The concern after the action was marked done (its owner's or a manager's)" })
  completeAction(
    @UuidParam('concernId') concernId: string,
    @UuidParam('actionId') actionId: string,
    @Body() body: CompleteConcernActionDto,
    @CurrentActor() actor: Actor,
    @Origin() origin: RequestOrigin,
  ) {
    return this.workflow.completeAction(actor, concernId, actionId, body, origin);
  }

  @Get('journeys/:journeyId/concerns')
  @Allow('concern:read')
  @ApiOkResponse({ description: "Concerns on this journey that you may see, newest first" })
  forJourney(@UuidParam('journeyId') journeyId: string, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.concerns.forJourney(actor, journeyId, origin);
  }
}
