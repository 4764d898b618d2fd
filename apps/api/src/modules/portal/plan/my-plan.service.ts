import { Injectable } from '@nestjs/common';
import type { MyCheckIn, MyGoal, MyPlan, MyStep } from '@beside/shared/contracts';
import type { Page } from '@beside/shared/util';
import { existing } from '../../../common/existing';
import { cutPage, pageRequest } from '../../../common/keyset-page';
import type { Actor, RequestOrigin } from '../../authz';
import { findPlanReviewDate, JourneyWork } from '../../journeys';
import { pickChanges, staleVersion, versionedUpdate } from '../../../database/versioned-update';
import {
  CreateCheckInDto,
  CreateGoalDto,
  deleteStepAtVersion,
  doneChanges,
  findCheckInPage,
  GOAL_COLUMNS,
  insertCheckIn,
  insertGoal,
  insertStep,
  RemoveStepQueryDto,
  STEP_COLUMNS,
  UpdateGoalDto,
  UpdateStepDto,
} from '../../plans';
import { MyJourneyPageQueryDto, MyJourneyQueryDto } from '../dto/my-journey-query.dto';
import { PortalWork } from '../portal-work';
import { CreateMyStepDto } from './dto/my-plan.dto';
import { authorOf, findCheckIns, findMyGoal, findMyGoals, findMyStep, findSharedNotes } from './my-plan.repository';
import { WrittenByStaffException } from './written-by-staff.exception';

const RECENT_CHECK_INS = 20;
const strip = <T extends { journeyId?: string }>({ journeyId: _j, ...rest }: T) => rest;

/** Her plan, as she sees it: her goals and steps (marked with who wrote each), shared notes, check-ins. */
@Injectable()
export class MyPlanService {
  constructor(
    private readonly portal: PortalWork,
    private readonly work: JourneyWork,
  ) {}

  async plan(actor: Actor, query: MyJourneyQueryDto, origin: RequestOrigin): Promise<MyPlan> {
    return this.portal.onHerJourney(actor, origin, query.journeyId, async (em, her, audit) => {
      const reviewDate = await findPlanReviewDate(em, her.journeyId);
      const goals = await findMyGoals(em, 'journey', her.journeyId, actor.userId);
      const notes = await findSharedNotes(em, 'journey', her.journeyId, actor.userId);
      const checkIns = await findCheckIns(em, 'journey', her.journeyId, RECENT_CHECK_INS);
      await audit({
        action: 'plan.read',
        entityType: 'plan',
        entityId: her.journeyId,
        subjectId: her.serviceUserId,
        detail: { goalIds: goals.map((g) => g.id), sharedNoteIds: notes.map((n) => n.id), checkInIds: checkIns.map((c) => c.id) },
      });
      return {
        journeyId: her.journeyId,
        reviewDate,
        goals: goals.map(strip),
        sharedNotes: notes.map(strip),
        recentCheckIns: checkIns.map(strip),
      };
    });
  }

  async createGoal(actor: Actor, query: MyJourneyQueryDto, body: CreateGoalDto, origin: RequestOrigin): Promise<MyGoal> {
    return this.portal.onHerJourney(actor, origin, query.journeyId, async (em, her, audit) => {
      const goalId = await insertGoal(em, actor, her, body);
      await audit({ action: 'goal.created', entityType: 'goal', entityId: goalId, subjectId: her.serviceUserId, detail: { fields: Object.keys(body) } });
      return strip(existing(await findMyGoal(em, goalId, actor.userId), 'goal'));
    });
  }

  /** Only a goal she wrote; for one staff wrote, she proposes a change instead. */
  async updateGoal(actor: Actor, goalId: string, body: UpdateGoalDto, origin: RequestOrigin): Promise<MyGoal> {
    return this.work.onRecord(actor, origin, 'goal', goalId, async (em, scope, audit) => {
      if ((await authorOf(em, 'goal', goalId)) !== actor.userId) throw new WrittenByStaffException('goal', goalId);
      const { changes, fields } = pickChanges(body, GOAL_COLUMNS);
      if (!(await versionedUpdate(em, 'goal', goalId, body.version, changes, actor.userId))) {
        throw staleVersion(strip(existing(await findMyGoal(em, goalId, actor.userId), 'goal')));
      }
      await audit({ action: 'goal.updated', entityType: 'goal', entityId: goalId, subjectId: scope.serviceUserId, detail: { fields } });
      return strip(existing(await findMyGoal(em, goalId, actor.userId), 'goal'));
    });
  }

  async createStep(actor: Actor, goalId: string, body: CreateMyStepDto, origin: RequestOrigin): Promise<MyStep> {
    return this.work.onRecord(actor, origin, 'goal', goalId, async (em, scope, audit) => {
      const stepId = await insertStep(em, actor, { goalId, journeyId: scope.id }, { ...body, owner: body.owner ?? 'her' });
      await audit({ action: 'step.created', entityType: 'step', entityId: stepId, subjectId: scope.serviceUserId, detail: { goalId, fields: Object.keys(body) } });
      return existing(await findMyStep(em, stepId, actor.userId), 'step');
    });
  }

  /** She ticks any step of her plan done or not yet; its wording, owner and date only if she wrote it. */
  async updateStep(actor: Actor, stepId: string, body: UpdateStepDto, origin: RequestOrigin): Promise<MyStep> {
    return this.work.onRecord(actor, origin, 'step', stepId, async (em, scope, audit) => {
      const { changes, fields } = pickChanges(body, STEP_COLUMNS);
      if (fields.length && (await authorOf(em, 'step', stepId)) !== actor.userId) throw new WrittenByStaffException('step', stepId);
      const current = await findMyStep(em, stepId, actor.userId);
      if (body.done !== undefined) {
        Object.assign(changes, doneChanges(body.done, current, actor.userId));
        fields.push('done');
      }
      if (!(await versionedUpdate(em, 'step', stepId, body.version, changes, actor.userId))) throw staleVersion(current);
      await audit({ action: 'step.updated', entityType: 'step', entityId: stepId, subjectId: scope.serviceUserId, detail: { fields } });
      return existing(await findMyStep(em, stepId, actor.userId), 'step');
    });
  }

  /** A step she added by mistake can go; one the service wrote stays (she proposes a change instead). */
  async removeStep(actor: Actor, stepId: string, query: RemoveStepQueryDto, origin: RequestOrigin): Promise<void> {
    return this.work.onRecord(actor, origin, 'step', stepId, async (em, scope, audit) => {
      if ((await authorOf(em, 'step', stepId)) !== actor.userId) throw new WrittenByStaffException('step', stepId);
      const current = await findMyStep(em, stepId, actor.userId);
      if (!(await deleteStepAtVersion(em, stepId, query.version))) throw staleVersion(current);
      await audit({ action: 'step.deleted', entityType: 'step', entityId: stepId, subjectId: scope.serviceUserId, detail: { goalId: current?.goalId ?? null } });
    });
  }

  /** Her check-ins on one journey, newest first, a page at a time (for her chart over time). */
  async checkIns(actor: Actor, query: MyJourneyPageQueryDto, origin: RequestOrigin): Promise<Page<MyCheckIn>> {
    const { limit, after } = pageRequest(query);
    return this.portal.onHerJourney(actor, origin, query.journeyId, async (em, her, audit) => {
      const { page, nextCursor } = cutPage(await findCheckInPage(em, her.journeyId, after, limit + 1), limit, (r) => r.cursor_at);
      await audit({ action: 'check_in.list', entityType: 'check_in', subjectId: her.serviceUserId, detail: { journeyId: her.journeyId, count: page.length, ids: page.map((r) => r.id) } });
      return { items: page.map(({ cursor_at: _c, ...c }) => c), nextCursor };
    });
  }

  async recordCheckIn(actor: Actor, query: MyJourneyQueryDto, body: CreateCheckInDto, origin: RequestOrigin): Promise<MyCheckIn> {
    return this.portal.onHerJourney(actor, origin, query.journeyId, async (em, her, audit) => {
      const row = await insertCheckIn(em, actor, her, body);
      await audit({ action: 'check_in.created', entityType: 'check_in', entityId: row.id, subjectId: her.serviceUserId, detail: { fields: Object.keys(body) } });
      return row;
    });
  }
}
