import { Body, Query } from '@nestjs/common';
import { UuidParam } from '../../common/uuid-param';
import { OUT_OF_REACH, STALE_VERSION } from '../../common/route-answers';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../authz';
import { CreateCheckInDto, CreateGoalDto, CreateStepDto, PageQueryDto, RemoveStepQueryDto, UpdateGoalDto, UpdateStepDto } from './dto/plan.dto';
import { PlansService } from './plans.service';

@RouteGroup('plans', { notFound: OUT_OF_REACH })
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Route.get('journeys/:journeyId/plan', 'journey:read', { ok: 'Her goals with their steps, and the plan review date' })
  plan(@UuidParam('journeyId') journeyId: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.plans.plan(actor, journeyId, origin);
  }

  @Route.post('journeys/:journeyId/goals', 'journey:write', { created: 'The goal, in her words' })
  createGoal(@UuidParam('journeyId') journeyId: string, @Body() body: CreateGoalDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.plans.createGoal(actor, journeyId, body, origin);
  }

  @Route.patch('goals/:goalId', 'journey:write', { ok: 'The goal as saved', conflict: STALE_VERSION })
  updateGoal(@UuidParam('goalId') goalId: string, @Body() body: UpdateGoalDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.plans.updateGoal(actor, goalId, body, origin);
  }

  @Route.post('goals/:goalId/steps', 'journey:write', { created: 'The step under the goal' })
  createStep(@UuidParam('goalId') goalId: string, @Body() body: CreateStepDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.plans.createStep(actor, goalId, body, origin);
  }

  @Route.patch('steps/:stepId', 'journey:write', { ok: 'The step as saved (done: true records when)', conflict: STALE_VERSION })
  updateStep(@UuidParam('stepId') stepId: string, @Body() body: UpdateStepDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.plans.updateStep(actor, stepId, body, origin);
  }

  @Route.delete('steps/:stepId', 'journey:write', {
    noContent: 'The step is removed (one added by mistake); audited',
    conflict: 'Stale version: { message, current }; or she has asked for a change to it that is not answered yet',
  })
  removeStep(@UuidParam('stepId') stepId: string, @Query() query: RemoveStepQueryDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.plans.removeStep(actor, stepId, query, origin);
  }

  @Route.get('journeys/:journeyId/check-ins', 'journey:read', { ok: 'Her check-ins, newest first; keyset pages' })
  checkIns(@UuidParam('journeyId') journeyId: string, @Query() query: PageQueryDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.plans.checkIns(actor, journeyId, query, origin);
  }

  @Route.post('journeys/:journeyId/check-ins', 'journey:write', { created: 'Her confidence (0–10) and words, as she gave them' })
  recordCheckIn(@UuidParam('journeyId') journeyId: string, @Body() body: CreateCheckInDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.plans.recordCheckIn(actor, journeyId, body, origin);
  }
}
