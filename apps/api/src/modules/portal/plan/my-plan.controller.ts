import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../../common/uuid-param';
import { type Actor, Allow, CurrentActor, Origin, type RequestOrigin } from '../../authz';
import { CreateCheckInDto, CreateGoalDto, RemoveStepQueryDto, UpdateGoalDto, UpdateStepDto } from '../../plans';
import { MyJourneyPageQueryDto, MyJourneyQueryDto } from '../dto/my-journey-query.dto';
import { CreateMyStepDto } from './dto/my-plan.dto';
import { MyPlanService } from './my-plan.service';

@ApiTags('my plan')
@ApiNotFoundResponse({ description: 'Not one of yours (or missing): the same answer' })
@Controller('my')
export class MyPlanController {
  constructor(private readonly plan: MyPlanService) {}

  @Get('plan')
  @Allow('portal:use')
  @ApiOkResponse({ description: 'Your goals and steps (each marked with who wrote it), notes shared with you, recent check-ins, review date' })
  read(@Query() query: MyJourneyQueryDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.plan.plan(actor, query, origin);
  }

  @Post('goals')
  @Allow('portal:use')
  @ApiCreatedResponse({ description: 'Your goal, in your words' })
  createGoal(@Query() query: MyJourneyQueryDto, @Body() body: CreateGoalDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.plan.createGoal(actor, query, body, origin);
  }

  @Patch('goals/:goalId')
  @Allow('portal:use')
  @ApiOkResponse({ description: 'Your goal as saved' })
  @ApiForbiddenResponse({ description: 'Written by the service: propose a change instead' })
  @ApiConflictResponse({ description: 'Stale version: { message, current }' })
  updateGoal(@UuidParam('goalId') goalId: string, @Body() body: UpdateGoalDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.plan.updateGoal(actor, goalId, body, origin);
  }

  @Post('goals/:goalId/steps')
  @Allow('portal:use')
  @ApiCreatedResponse({ description: 'Your step under the goal' })
  createStep(@UuidParam('goalId') goalId: string, @Body() body: CreateMyStepDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.plan.createStep(actor, goalId, body, origin);
  }

  @Patch('steps/:stepId')
  @Allow('portal:use')
  @ApiOkResponse({ description: 'The step as saved: done for any step; wording, owner and date for yours' })
  @ApiForbiddenResponse({ description: 'Written by the service: propose a change instead' })
  @ApiConflictResponse({ description: 'Stale version: { message, current }' })
  updateStep(@UuidParam('stepId') stepId: string, @Body() body: UpdateStepDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.plan.updateStep(actor, stepId, body, origin);
  }

  @Delete('steps/:stepId')
  @HttpCode(204)
  @Allow('portal:use')
  @ApiNoContentResponse({ description: 'Your step is removed (one you added by mistake)' })
  @ApiForbiddenResponse({ description: 'Written by the service: propose a change instead' })
  @ApiConflictResponse({ description: 'Stale version: { message, current }' })
  removeStep(@UuidParam('stepId') stepId: string, @Query() query: RemoveStepQueryDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.plan.removeStep(actor, stepId, query, origin);
  }

  @Get('check-ins')
  @Allow('portal:use')
  @ApiOkResponse({ description: 'Your check-ins, newest first; keyset pages' })
  checkIns(@Query() query: MyJourneyPageQueryDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.plan.checkIns(actor, query, origin);
  }

  @Post('check-ins')
  @Allow('portal:use')
  @ApiCreatedResponse({ description: 'How confident you feel (0–10) and your words' })
  recordCheckIn(@Query() query: MyJourneyQueryDto, @Body() body: CreateCheckInDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.plan.recordCheckIn(actor, query, body, origin);
  }
}
