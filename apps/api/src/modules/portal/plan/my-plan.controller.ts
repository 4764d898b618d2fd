import { Body, Query } from '@nestjs/common';
import { UuidParam } from '../../../common/uuid-param';
import { NOT_YOURS, STALE_VERSION } from '../../../common/route-answers';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { CreateCheckInDto, CreateGoalDto, RemoveStepQueryDto, UpdateGoalDto, UpdateStepDto } from '../../plans';
import { MyJourneyPageQueryDto, MyJourneyQueryDto } from '../dto/my-journey-query.dto';
import { CreateMyStepDto } from './dto/my-plan.dto';
import { MyPlanService } from './my-plan.service';

const WRITTEN_BY_THE_SERVICE = 'Written by the service: propose a change instead';

@RouteGroup('my plan', { path: 'my', policy: 'portal:use', notFound: NOT_YOURS })
export class MyPlanController {
  constructor(private readonly plan: MyPlanService) {}

  @Route.get('plan', { ok: 'Your goals and steps (each marked with who wrote it), notes shared with you, recent check-ins, review date' })
  read(@Query() query: MyJourneyQueryDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.plan.plan(actor, query, origin);
  }

  @Route.post('goals', { created: 'Your goal, in your words' })
  createGoal(@Query() query: MyJourneyQueryDto, @Body() body: CreateGoalDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.plan.createGoal(actor, query, body, origin);
  }

  @Route.patch('goals/:goalId', { ok: 'Your goal as saved', forbidden: WRITTEN_BY_THE_SERVICE, conflict: STALE_VERSION })
  updateGoal(@UuidParam('goalId') goalId: string, @Body() body: UpdateGoalDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.plan.updateGoal(actor, goalId, body, origin);
  }

  @Route.post('goals/:goalId/steps', { created: 'Your step under the goal' })
  createStep(@UuidParam('goalId') goalId: string, @Body() body: CreateMyStepDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.plan.createStep(actor, goalId, body, origin);
  }

  @Route.patch('steps/:stepId', { ok: 'The step as saved: done for any step; wording, owner and date for yours', forbidden: WRITTEN_BY_THE_SERVICE, conflict: STALE_VERSION })
  updateStep(@UuidParam('stepId') stepId: string, @Body() body: UpdateStepDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.plan.updateStep(actor, stepId, body, origin);
  }

  @Route.delete('steps/:stepId', { noContent: 'Your step is removed (one you added by mistake)', forbidden: WRITTEN_BY_THE_SERVICE, conflict: STALE_VERSION })
  removeStep(@UuidParam('stepId') stepId: string, @Query() query: RemoveStepQueryDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.plan.removeStep(actor, stepId, query, origin);
  }

  @Route.get('check-ins', { ok: 'Your check-ins, newest first; keyset pages' })
  checkIns(@Query() query: MyJourneyPageQueryDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.plan.checkIns(actor, query, origin);
  }

  @Route.post('check-ins', { created: 'How confident you feel (0–10) and your words' })
  recordCheckIn(@Query() query: MyJourneyQueryDto, @Body() body: CreateCheckInDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.plan.recordCheckIn(actor, query, body, origin);
  }
}
