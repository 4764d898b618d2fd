import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../common/uuid-param';
import { type Actor, Allow, CurrentActor, Origin, type RequestOrigin } from '../authz';
import { CreateCheckInDto, CreateGoalDto, CreateStepDto, PageQueryDto, RemoveStepQueryDto, UpdateGoalDto, UpdateStepDto } from './dto/plan.dto';
import { PlansService } from './plans.service';

@ApiTags('plans')
@ApiNotFoundResponse({ description: 'Missing, or not in your reach: the same answer' })
@Controller()
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Get('journeys/:journeyId/plan')
  @Allow('journey:read')
  @ApiOkResponse({ description: 'Her goals with their steps, and the plan review date' })
  plan(@UuidParam('journeyId') journeyId: string, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.plans.plan(actor, journeyId, origin);
  }

  @Post('journeys/:journeyId/goals')
  @Allow('journey:write')
  @ApiCreatedResponse({ description: 'The goal, in her words' })
  createGoal(@UuidParam('journeyId') journeyId: string, @Body() body: CreateGoalDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.plans.createGoal(actor, journeyId, body, origin);
  }

  @Patch('goals/:goalId')
  @Allow('journey:write')
  @ApiOkResponse({ description: 'The goal as saved' })
  @ApiConflictResponse({ description: 'Stale version: { message, current }' })
  updateGoal(@UuidParam('goalId') goalId: string, @Body() body: UpdateGoalDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.plans.updateGoal(actor, goalId, body, origin);
  }

  @Post('goals/:goalId/steps')
  @Allow('journey:write')
  @ApiCreatedResponse({ description: 'The step under the goal' })
  createStep(@UuidParam('goalId') goalId: string, @Body() body: CreateStepDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.plans.createStep(actor, goalId, body, origin);
  }

  @Patch('steps/:stepId')
  @Allow('journey:write')
  @ApiOkResponse({ description: 'The step as saved (done: true records when)' })
  @ApiConflictResponse({ description: 'Stale version: { message, current }' })
  updateStep(@UuidParam('stepId') stepId: string, @Body() body: UpdateStepDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.plans.updateStep(actor, stepId, body, origin);
  }

  @Delete('steps/:stepId')
  @HttpCode(204)
  @Allow('journey:write')
  @ApiNoContentResponse({ description: 'The step is removed (one added by mistake); audited' })
  @ApiConflictResponse({ description: 'Stale version: { message, current }; or she has asked for a change to it that is not answered yet' })
  removeStep(@UuidParam('stepId') stepId: string, @Query() query: RemoveStepQueryDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.plans.removeStep(actor, stepId, query, origin);
  }

  @Get('journeys/:journeyId/check-ins')
  @Allow('journey:read')
  @ApiOkResponse({ description: 'Her check-ins, newest first; keyset pages' })
  checkIns(@UuidParam('journeyId') journeyId: string, @Query() query: PageQueryDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.plans.checkIns(actor, journeyId, query, origin);
  }

  @Post('journeys/:journeyId/check-ins')
  @Allow('journey:write')
  @ApiCreatedResponse({ description: 'Her confidence (0–10) and words, as she gave them' })
  recordCheckIn(@UuidParam('journeyId') journeyId: string, @Body() body: CreateCheckInDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.plans.recordCheckIn(actor, journeyId, body, origin);
  }
}
