import { Injectable } from '@nestjs/common';
import type { CheckInView, GoalView, PlanView, StepView } from '@beside/shared/contracts';
import type { Page } from '@beside/shared/util';
import { decodeCursor, encodeCursor } from '../../common/cursor';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditWriter } from '../audit/audit-writer';
import type { Actor, RequestOrigin } from '../authz/actor';
import { identityContext } from '../identity/identity-context';
import { JourneyAccess } from '../journeys/journey-access';
import { JourneyRecordAccess } from '../journeys/journey-record-access';
import { pickChanges, staleVersion, versionedUpdate } from '../journeys/versioned-update';
import { CreateCheckInDto, CreateGoalDto, CreateStepDto, PageQueryDto, UpdateGoalDto, UpdateStepDto } from './dto/plan.dto';
import { findGoal, findGoals, findStep } from './plan.repository';

@Injectable()
export class PlansService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly journeys: JourneyAccess,
    private readonly records: JourneyRecordAccess,
    private readonly audit: AuditWriter,
  ) {}

  async plan(actor: Actor, journeyId: string, origin: RequestOrigin): Promise<PlanView> {
    return this.uow.run(identityContext(actor), async (em) => {
      const scope = await this.journeys.require(em, actor, journeyId);
      const [journey]: { review_date: string | null }[] = await em.query(
        `SELECT to_char(plan_review_date, 'YYYY-MM-DD') AS review_date FROM journey WHERE id = $1`,
        [journeyId],
      );
      const goals = await findGoals(em, journeyId);
      await this.audit.append(em, actor, origin, [
        { action: 'plan.read', entityType: 'plan', entityId: journeyId, subjectId: scope.serviceUserId, detail: { goalIds: goals.map((g) => g.id) } },
      ]);
      return { journeyId, reviewDate: journey.review_date, goals };
    });
  }

  async createGoal(actor: Actor, journeyId: string, body: CreateGoalDto, origin: RequestOrigin): Promise<GoalView> {
    return this.uow.run(identityContext(actor), async (em) => {
      const scope = await this.journeys.require(em, actor, journeyId);
      const [row]: { id: string }[] = await em.query(
        `INSERT INTO goal (organisation_id, journey_id, service_user_id, words, category, target_date, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
        [actor.organisationId, journeyId, scope.serviceUserId, body.words, body.category, body.targetDate ?? null, actor.userId],
      );
      await this.audit.append(em, actor, origin, [
        { action: 'goal.created', entityType: 'goal', entityId: row.id, subjectId: scope.serviceUserId, detail: { fields: Object.keys(body) } },
      ]);
      return (await findGoal(em, row.id)) as GoalView;
    });
  }

  async updateGoal(actor: Actor, goalId: string, body: UpdateGoalDto, origin: RequestOrigin): Promise<GoalView> {
    return this.uow.run(identityContext(actor), async (em) => {
      const scope = await this.records.require(em, actor, 'goal', goalId);
      const { changes, fields } = pickChanges(body, { words: 'words', category: 'category', targetDate: 'target_date', status: 'status' });
      if (!(await versionedUpdate(em, 'goal', goalId, body.version, changes, actor.userId))) throw staleVersion(await findGoal(em, goalId));
      await this.audit.append(em, actor, origin, [
        { action: 'goal.updated', entityType: 'goal', entityId: goalId, subjectId: scope.serviceUserId, detail: { fields } },
      ]);
      return (await findGoal(em, goalId)) as GoalView;
    });
  }

  async createStep(actor: Actor, goalId: string, body: CreateStepDto, origin: RequestOrigin): Promise<StepView> {
    return this.uow.run(identityContext(actor), async (em) => {
      const scope = await this.records.require(em, actor, 'goal', goalId);
      const [row]: { id: string }[] = await em.query(
        `INSERT INTO step (organisation_id, goal_id, journey_id, description, owner, due_date, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
        [actor.organisationId, goalId, scope.id, body.description, body.owner, body.dueDate ?? null, actor.userId],
      );
      await this.audit.append(em, actor, origin, [
        { action: 'step.created', entityType: 'step', entityId: row.id, subjectId: scope.serviceUserId, detail: { goalId, fields: Object.keys(body) } },
      ]);
      return (await findStep(em, row.id)) as StepView;
    });
  }

  async updateStep(actor: Actor, stepId: string, body: UpdateStepDto, origin: RequestOrigin): Promise<StepView> {
    return this.uow.run(identityContext(actor), async (em) => {
      const scope = await this.records.require(em, actor, 'step', stepId);
      const { changes, fields } = pickChanges(body, { description: 'description', owner: 'owner', dueDate: 'due_date' });
      if (body.done !== undefined) {
        const current = await findStep(em, stepId);
        // Ticking a done step again keeps when it was first done.
        if (body.done !== current?.done) {
          changes['done_at'] = body.done ? new Date() : null;
          changes['done_by'] = body.done ? actor.userId : null;
        }
        fields.push('done');
      }
      if (!(await versionedUpdate(em, 'step', stepId, body.version, changes, actor.userId))) throw staleVersion(await findStep(em, stepId));
      await this.audit.append(em, actor, origin, [
        { action: 'step.updated', entityType: 'step', entityId: stepId, subjectId: scope.serviceUserId, detail: { fields } },
      ]);
      return (await findStep(em, stepId)) as StepView;
    });
  }

  /** Her check-ins, newest first, a page at a time. */
  async checkIns(actor: Actor, journeyId: string, query: PageQueryDto, origin: RequestOrigin): Promise<Page<CheckInView>> {
    const limit = query.limit ?? 50;
    const after = decodeCursor(query.cursor, 2);
    return this.uow.run(identityContext(actor), async (em) => {
      const scope = await this.journeys.require(em, actor, journeyId);
      const rows: (CheckInView & { cursor_at: string })[] = await em.query(
        `SELECT id, confidence, words, recorded_at AS "recordedAt", recorded_at::text AS cursor_at
         FROM check_in
         WHERE journey_id = $1 AND ($2::timestamptz IS NULL OR (recorded_at, id) < ($2::timestamptz, $3::uuid))
         ORDER BY recorded_at DESC, id DESC LIMIT $4`,
        [journeyId, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
      );
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      await this.audit.append(em, actor, origin, [
        { action: 'check_in.list', entityType: 'check_in', subjectId: scope.serviceUserId, detail: { journeyId, count: page.length, ids: page.map((r) => r.id) } },
      ]);
      return { items: page.map(({ cursor_at: _c, ...c }) => c), nextCursor: rows.length > limit && last ? encodeCursor([last.cursor_at, last.id]) : null };
    });
  }

  async recordCheckIn(actor: Actor, journeyId: string, body: CreateCheckInDto, origin: RequestOrigin): Promise<CheckInView> {
    return this.uow.run(identityContext(actor), async (em) => {
      const scope = await this.journeys.require(em, actor, journeyId);
      const [row]: CheckInView[] = await em.query(
        `INSERT INTO check_in (organisation_id, journey_id, service_user_id, confidence, words, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id, confidence, words, recorded_at AS "recordedAt"`,
        [actor.organisationId, journeyId, scope.serviceUserId, body.confidence, body.words ?? null, actor.userId],
      );
      await this.audit.append(em, actor, origin, [
        { action: 'check_in.created', entityType: 'check_in', entityId: row.id, subjectId: scope.serviceUserId, detail: { fields: Object.keys(body) } },
      ]);
      return row;
    });
  }
}
