import { ConflictException, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { CheckInView, GoalView, PlanView, StepView } from '@beside/shared/contracts';
import type { Page } from '@beside/shared/util';
import { existing } from '../../common/existing';
import type { Actor, RequestOrigin } from '../authz';
import { findPlanReviewDate, journeyListed, JourneyWork } from '../journeys';
import { pickChanges, staleVersion, versionedUpdate } from '../../database/versioned-update';
import { CreateCheckInDto, CreateGoalDto, CreateStepDto, PageQueryDto, RemoveStepQueryDto, UpdateGoalDto, UpdateStepDto } from './dto/plan.dto';
import { toGoalView, toStepView } from './goal-projection';
import { doneChanges, GOAL_COLUMNS, STEP_COLUMNS } from './plan-rules';
import {
  deleteStepAtVersion,
  findCheckInPage,
  findGoal,
  findGoals,
  findStep,
  hasPendingProposal,
  insertCheckIn,
  insertGoal,
  insertStep,
} from './plan.repository';

/** A staff plan shows at most this many goals. */
const PLAN_GOALS = 200;

@Injectable()
export class PlansService {
  constructor(private readonly work: JourneyWork) {}

  async plan(actor: Actor, journeyId: string, origin: RequestOrigin): Promise<PlanView> {
    return this.work.onJourney(actor, origin, journeyId, async (em, scope, audit) => {
      const reviewDate = await findPlanReviewDate(em, journeyId);
      const goals = (await findGoals(em, 'journey', journeyId, PLAN_GOALS)).map(toGoalView);
      await audit({ action: 'plan.read', entityType: 'plan', entityId: journeyId, subjectId: scope.serviceUserId, detail: { goalIds: goals.map((g) => g.id) } });
      return { journeyId, reviewDate, goals };
    });
  }

  async createGoal(actor: Actor, journeyId: string, body: CreateGoalDto, origin: RequestOrigin): Promise<GoalView> {
    return this.work.onJourney(actor, origin, journeyId, async (em, scope, audit) => {
      const goalId = await insertGoal(em, actor, { journeyId, serviceUserId: scope.serviceUserId }, body);
      await audit({ action: 'goal.created', entityType: 'goal', entityId: goalId, subjectId: scope.serviceUserId, detail: { fields: Object.keys(body) } });
      return toGoalView(existing(await findGoal(em, goalId), 'goal'));
    });
  }

  async updateGoal(actor: Actor, goalId: string, body: UpdateGoalDto, origin: RequestOrigin): Promise<GoalView> {
    return this.work.onRecord(actor, origin, 'goal', goalId, async (em, scope, audit) => {
      const { changes, fields } = pickChanges(body, GOAL_COLUMNS);
      if (!(await versionedUpdate(em, 'goal', goalId, body.version, changes, actor.userId))) throw staleVersion(await this.goalView(em, goalId));
      await audit({ action: 'goal.updated', entityType: 'goal', entityId: goalId, subjectId: scope.serviceUserId, detail: { fields } });
      return existing(await this.goalView(em, goalId), 'goal');
    });
  }

  async createStep(actor: Actor, goalId: string, body: CreateStepDto, origin: RequestOrigin): Promise<StepView> {
    return this.work.onRecord(actor, origin, 'goal', goalId, async (em, scope, audit) => {
      const stepId = await insertStep(em, actor, { goalId, journeyId: scope.id }, body);
      await audit({ action: 'step.created', entityType: 'step', entityId: stepId, subjectId: scope.serviceUserId, detail: { goalId, fields: Object.keys(body) } });
      return existing(await this.stepView(em, stepId), 'step');
    });
  }

  async updateStep(actor: Actor, stepId: string, body: UpdateStepDto, origin: RequestOrigin): Promise<StepView> {
    return this.work.onRecord(actor, origin, 'step', stepId, async (em, scope, audit) => {
      const { changes, fields } = pickChanges(body, STEP_COLUMNS);
      if (body.done !== undefined) {
        Object.assign(changes, doneChanges(body.done, await findStep(em, stepId), actor.userId));
        fields.push('done');
      }
      if (!(await versionedUpdate(em, 'step', stepId, body.version, changes, actor.userId))) throw staleVersion(await this.stepView(em, stepId));
      await audit({ action: 'step.updated', entityType: 'step', entityId: stepId, subjectId: scope.serviceUserId, detail: { fields } });
      return existing(await this.stepView(em, stepId), 'step');
    });
  }

  /**
   * A step added by mistake goes, audited in the same transaction. A stale version answers 409 with the step as it is
   * now; a step she has asked to change waits for that answer first.
   */
  async removeStep(actor: Actor, stepId: string, query: RemoveStepQueryDto, origin: RequestOrigin): Promise<void> {
    return this.work.onRecord(actor, origin, 'step', stepId, async (em, scope, audit) => {
      const current = await this.stepView(em, stepId);
      if (await hasPendingProposal(em, stepId)) {
        throw new ConflictException('She has asked for a change to this step. Answer her request before removing the step.');
      }
      if (!current || !(await deleteStepAtVersion(em, stepId, query.version))) throw staleVersion(current);
      await audit({ action: 'step.deleted', entityType: 'step', entityId: stepId, subjectId: scope.serviceUserId, detail: { goalId: current.goalId } });
    });
  }

  /** Her check-ins, newest first, a page at a time. */
  async checkIns(actor: Actor, journeyId: string, query: PageQueryDto, origin: RequestOrigin): Promise<Page<CheckInView>> {
    return this.work.page(actor, origin, journeyId, query, (em, after, limit) => findCheckInPage(em, journeyId, after, limit), journeyListed('check_in'));
  }

  async recordCheckIn(actor: Actor, journeyId: string, body: CreateCheckInDto, origin: RequestOrigin): Promise<CheckInView> {
    return this.work.onJourney(actor, origin, journeyId, async (em, scope, audit) => {
      const row = await insertCheckIn(em, actor, { journeyId, serviceUserId: scope.serviceUserId }, body);
      await audit({ action: 'check_in.created', entityType: 'check_in', entityId: row.id, subjectId: scope.serviceUserId, detail: { fields: Object.keys(body) } });
      return row;
    });
  }

  private async goalView(em: EntityManager, goalId: string): Promise<GoalView | null> {
    const row = await findGoal(em, goalId);
    return row && toGoalView(row);
  }

  private async stepView(em: EntityManager, stepId: string): Promise<StepView | null> {
    const row = await findStep(em, stepId);
    return row && toStepView(row);
  }
}
