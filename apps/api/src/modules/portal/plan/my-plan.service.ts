import { Injectable } from '@nestjs/common';
import type { MyCheckIn, MyGoal, MyPlan, MyStep } from '@beside/shared/contracts';
import type { Page } from '@beside/shared/util';
import { decodeCursor, encodeCursor } from '../../../common/cursor';
import { UnitOfWork } from '../../../database/unit-of-work';
import { AuditWriter } from '../../audit/audit-writer';
import type { Actor, RequestOrigin } from '../../authz/actor';
import { identityContext } from '../../identity/identity-context';
import { JourneyRecordAccess } from '../../journeys/journey-record-access';
import { pickChanges, staleVersion, versionedUpdate } from '../../journeys/versioned-update';
import { CreateCheckInDto, CreateGoalDto, UpdateGoalDto, UpdateStepDto } from '../../plans/dto/plan.dto';
import { MyJourneyPageQueryDto, MyJourneyQueryDto } from '../dto/my-journey-query.dto';
import { PortalScope } from '../portal-scope';
import { CreateMyStepDto } from './dto/my-plan.dto';
import { authorOf, findCheckIns, findMyGoal, findMyGoals, findMyStep, findSharedNotes } from './my-plan.repository';
import { WrittenByStaffException } from './written-by-staff.exception';

const RECENT_CHECK_INS = 20;
const strip = <T extends { journeyId?: string }>({ journeyId: _j, ...rest }: T) => rest;

/** Her plan, as she sees it: her goals and steps (marked with who wrote each), shared notes, check-ins. */
@Injectable()
export class MyPlanService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly scope: PortalScope,
    private readonly records: JourneyRecordAccess,
    private readonly audit: AuditWriter,
  ) {}

  async plan(actor: Actor, query: MyJourneyQueryDto, origin: RequestOrigin): Promise<MyPlan> {
    return this.uow.run(identityContext(actor), async (em) => {
      const her = await this.scope.journey(em, actor, query.journeyId);
      const [journey]: { review_date: string | null }[] = await em.query(
        `SELECT to_char(plan_review_date, 'YYYY-MM-DD') AS review_date FROM journey WHERE id = $1`,
        [her.journeyId],
      );
      const goals = await findMyGoals(em, 'journey', her.journeyId, actor.userId);
      const notes = await findSharedNotes(em, 'journey', her.journeyId, actor.userId);
      const checkIns = await findCheckIns(em, 'journey', her.journeyId, RECENT_CHECK_INS);
      await this.audit.append(em, actor, origin, [
        {
          action: 'plan.read',
          entityType: 'plan',
          entityId: her.journeyId,
          subjectId: her.serviceUserId,
          detail: { goalIds: goals.map((g) => g.id), sharedNoteIds: notes.map((n) => n.id), checkInIds: checkIns.map((c) => c.id) },
        },
      ]);
      return {
        journeyId: her.journeyId,
        reviewDate: journey.review_date,
        goals: goals.map(strip),
        sharedNotes: notes.map(strip),
        recentCheckIns: checkIns.map(strip),
      };
    });
  }

  async createGoal(actor: Actor, query: MyJourneyQueryDto, body: CreateGoalDto, origin: RequestOrigin): Promise<MyGoal> {
    return this.uow.run(identityContext(actor), async (em) => {
      const her = await this.scope.journey(em, actor, query.journeyId);
      const [row]: { id: string }[] = await em.query(
        `INSERT INTO goal (organisation_id, journey_id, service_user_id, words, category, target_date, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
        [actor.organisationId, her.journeyId, her.serviceUserId, body.words, body.category, body.targetDate ?? null, actor.userId],
      );
      await this.audit.append(em, actor, origin, [
        { action: 'goal.created', entityType: 'goal', entityId: row.id, subjectId: her.serviceUserId, detail: { fields: Object.keys(body) } },
      ]);
      return strip((await findMyGoal(em, row.id, actor.userId)) as MyGoal & { journeyId: string });
    });
  }

  /** Only a goal she wrote; for one staff wrote, she proposes a change instead. */
  async updateGoal(actor: Actor, goalId: string, body: UpdateGoalDto, origin: RequestOrigin): Promise<MyGoal> {
    return this.uow.run(identityContext(actor), async (em) => {
      const scope = await this.records.require(em, actor, 'goal', goalId);
      if ((await authorOf(em, 'goal', goalId)) !== actor.userId) throw new WrittenByStaffException('goal', goalId);
      const { changes, fields } = pickChanges(body, { words: 'words', category: 'category', targetDate: 'target_date', status: 'status' });
      if (!(await versionedUpdate(em, 'goal', goalId, body.version, changes, actor.userId))) {
        throw staleVersion(strip((await findMyGoal(em, goalId, actor.userId)) as MyGoal & { journeyId: string }));
      }
      await this.audit.append(em, actor, origin, [
        { action: 'goal.updated', entityType: 'goal', entityId: goalId, subjectId: scope.serviceUserId, detail: { fields } },
      ]);
      return strip((await findMyGoal(em, goalId, actor.userId)) as MyGoal & { journeyId: string });
    });
  }

  async createStep(actor: Actor, goalId: string, body: CreateMyStepDto, origin: RequestOrigin): Promise<MyStep> {
    return this.uow.run(identityContext(actor), async (em) => {
      const scope = await this.records.require(em, actor, 'goal', goalId);
      const [row]: { id: string }[] = await em.query(
        `INSERT INTO step (organisation_id, goal_id, journey_id, description, owner, due_date, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
        [actor.organisationId, goalId, scope.id, body.description, body.owner ?? 'her', body.dueDate ?? null, actor.userId],
      );
      await this.audit.append(em, actor, origin, [
        { action: 'step.created', entityType: 'step', entityId: row.id, subjectId: scope.serviceUserId, detail: { goalId, fields: Object.keys(body) } },
      ]);
      return (await findMyStep(em, row.id, actor.userId)) as MyStep;
    });
  }

  /** She ticks any step of her plan done or not yet; its wording, owner and date only if she wrote it. */
  async updateStep(actor: Actor, stepId: string, body: UpdateStepDto, origin: RequestOrigin): Promise<MyStep> {
    return this.uow.run(identityContext(actor), async (em) => {
      const scope = await this.records.require(em, actor, 'step', stepId);
      const { changes, fields } = pickChanges(body, { description: 'description', owner: 'owner', dueDate: 'due_date' });
      if (fields.length && (await authorOf(em, 'step', stepId)) !== actor.userId) throw new WrittenByStaffException('step', stepId);
      const current = await findMyStep(em, stepId, actor.userId);
      if (body.done !== undefined) {
        // Ticking a done step again keeps when it was first done.
        if (body.done !== current?.done) {
          changes['done_at'] = body.done ? new Date() : null;
          changes['done_by'] = body.done ? actor.userId : null;
        }
        fields.push('done');
      }
      if (!(await versionedUpdate(em, 'step', stepId, body.version, changes, actor.userId))) throw staleVersion(current);
      await this.audit.append(em, actor, origin, [
        { action: 'step.updated', entityType: 'step', entityId: stepId, subjectId: scope.serviceUserId, detail: { fields } },
      ]);
      return (await findMyStep(em, stepId, actor.userId)) as MyStep;
    });
  }

  /** Her check-ins on one journey, newest first, a page at a time (for her chart over time). */
  async checkIns(actor: Actor, query: MyJourneyPageQueryDto, origin: RequestOrigin): Promise<Page<MyCheckIn>> {
    const limit = query.limit ?? 50;
    const after = decodeCursor(query.cursor, 2);
    return this.uow.run(identityContext(actor), async (em) => {
      const her = await this.scope.journey(em, actor, query.journeyId);
      const rows: (MyCheckIn & { cursor_at: string })[] = await em.query(
        `SELECT id, confidence, words, recorded_at AS "recordedAt", recorded_at::text AS cursor_at
         FROM check_in
         WHERE journey_id = $1 AND ($2::timestamptz IS NULL OR (recorded_at, id) < ($2::timestamptz, $3::uuid))
         ORDER BY recorded_at DESC, id DESC LIMIT $4`,
        [her.journeyId, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
      );
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      await this.audit.append(em, actor, origin, [
        { action: 'check_in.list', entityType: 'check_in', subjectId: her.serviceUserId, detail: { journeyId: her.journeyId, count: page.length, ids: page.map((r) => r.id) } },
      ]);
      return { items: page.map(({ cursor_at: _c, ...c }) => c), nextCursor: rows.length > limit && last ? encodeCursor([last.cursor_at, last.id]) : null };
    });
  }

  async recordCheckIn(actor: Actor, query: MyJourneyQueryDto, body: CreateCheckInDto, origin: RequestOrigin): Promise<MyCheckIn> {
    return this.uow.run(identityContext(actor), async (em) => {
      const her = await this.scope.journey(em, actor, query.journeyId);
      const [row]: MyCheckIn[] = await em.query(
        `INSERT INTO check_in (organisation_id, journey_id, service_user_id, confidence, words, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id, confidence, words, recorded_at AS "recordedAt"`,
        [actor.organisationId, her.journeyId, her.serviceUserId, body.confidence, body.words ?? null, actor.userId],
      );
      await this.audit.append(em, actor, origin, [
        { action: 'check_in.created', entityType: 'check_in', entityId: row.id, subjectId: her.serviceUserId, detail: { fields: Object.keys(body) } },
      ]);
      return row;
    });
  }
}
