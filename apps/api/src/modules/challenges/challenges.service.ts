import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ChallengeDeadlineView, ChallengeView } from '@beside/shared/contracts';
import { londonToday } from '@beside/shared/util';
import { Clock } from '../../common/clock';
import { pickChanges, staleVersion, versionedUpdate } from '../../database/versioned-update';
import type { AuditNow } from '../audit';
import type { Actor, RequestOrigin } from '../authz';
import { JourneyWork, type JourneyInScope } from '../journeys';
import { ChallengeCatalogue } from './challenge-catalogue';
import { assertChallengeDate, stageDeadline, stageOfType } from './challenge-stages';
import { challengeView } from './challenge.view';
import {
  closeChallenge,
  endStage,
  findChallenge,
  findJourneyChallenges,
  findStageOf,
  findStages,
  insertChallenge,
  insertStage,
  refreshNextDeadline,
  updateStage,
  type ChallengeRow,
} from './challenge.repository';
import { challengeDeadlineViews } from './deadlines/deadline-views';
import type { CloseChallengeDto, CreateChallengeDto, DeadlinesQueryDto, MoveChallengeStageDto, UpdateChallengeDto, UpdateChallengeStageDto } from './dto/challenge.dto';

const COLUMNS: Partial<Record<keyof UpdateChallengeDto, string>> = { bodyChallenged: 'body_challenged', herWords: 'her_words' };
const CLOSED = 'This challenge has ended: it can no longer change.';

/** Challenges on her journey: opened with her, moved stage by stage, each stage's deadline by its type's rule. */
@Injectable()
export class ChallengesService {
  constructor(
    private readonly work: JourneyWork,
    private readonly catalogue: ChallengeCatalogue,
    private readonly clock: Clock,
  ) {}

  list(actor: Actor, journeyId: string, origin: RequestOrigin): Promise<ChallengeView[]> {
    return this.work.onJourney(actor, origin, journeyId, async (em, journey, audit) => {
      const rows = await findJourneyChallenges(em, journeyId);
      await audit({ action: 'challenge.list', entityType: 'challenge', subjectId: journey.serviceUserId, detail: { journeyId, count: rows.length } });
      return this.views(em, rows);
    });
  }

  read(actor: Actor, id: string, origin: RequestOrigin): Promise<ChallengeView> {
    return this.work.onRecord(actor, origin, 'challenge', id, async (em, journey, audit) => {
      await audit({ action: 'challenge.read', entityType: 'challenge', entityId: id, subjectId: journey.serviceUserId });
      return this.view(em, id);
    });
  }

  create(actor: Actor, journeyId: string, body: CreateChallengeDto, origin: RequestOrigin): Promise<ChallengeView> {
    const today = londonToday(this.clock.now());
    const startedOn = body.startedOn ?? today;
    const awareOn = body.awareOn ?? null;
    if (body.eventOn > today) throw new BadRequestException(['eventOn must not be in the future']);
    if (awareOn) assertChallengeDate('awareOn', awareOn, body.eventOn, today);
    assertChallengeDate('startedOn', startedOn, body.eventOn, today);
    return this.work.onJourney(actor, origin, journeyId, async (em, journey, audit) => {
      const type = await this.catalogue.forNewChallenge(em, body.typeKey);
      const region = body.region ?? 'GB-ENG';
      const id = await insertChallenge(em, {
        organisationId: actor.organisationId,
        journeyId,
        type,
        bodyChallenged: body.bodyChallenged,
        herWords: body.herWords,
        eventOn: body.eventOn,
        awareOn,
        region,
        userId: actor.userId,
      });
      const [first] = type.stages;
      const deadlineOn = stageDeadline(first.limit, startedOn, { eventOn: body.eventOn, awareOn, region });
      await insertStage(em, { organisationId: actor.organisationId, challengeId: id, position: 1, key: first.key, startedOn, deadlineOn });
      await refreshNextDeadline(em, id);
      await audit({ action: 'challenge.created', entityType: 'challenge', entityId: id, subjectId: journey.serviceUserId, detail: { journeyId, type: type.key } });
      return this.view(em, id);
    });
  }

  update(actor: Actor, id: string, body: UpdateChallengeDto, origin: RequestOrigin): Promise<ChallengeView> {
    return this.onOpenChallenge(actor, id, body.version, origin, async (em, journey, row, audit) => {
      const { changes, fields } = pickChanges(body, COLUMNS);
      if (!(await versionedUpdate(em, 'challenge', id, body.version, changes, actor.userId))) throw staleVersion(await this.view(em, id));
      await audit({ action: 'challenge.updated', entityType: 'challenge', entityId: id, subjectId: journey.serviceUserId, detail: { fields } });
      return this.view(em, row.id);
    });
  }

  /** The current stage ends on `on` and a later stage of its type begins that day, with its own deadline. */
  moveStage(actor: Actor, id: string, body: MoveChallengeStageDto, origin: RequestOrigin): Promise<ChallengeView> {
    return this.onOpenChallenge(actor, id, body.version, origin, async (em, journey, row, audit) => {
      const [current] = (await findStages(em, [id])).filter((s) => !s.endedOn);
      const { stage, position } = stageOfType(row.typeDefinition, body.stageKey);
      if (current && position <= current.position) {
        throw new BadRequestException([`stageKey: "${stage.name}" is not after the current stage; stages follow their order (${row.typeDefinition.stages.map((s) => s.key).join(' → ')})`]);
      }
      assertChallengeDate('on', body.on, row.eventOn, londonToday(this.clock.now()));
      if (current && body.on < current.startedOn) throw new BadRequestException([`on must not be before the current stage began (${current.startedOn})`]);
      if (!(await versionedUpdate(em, 'challenge', id, body.version, {}, actor.userId))) throw staleVersion(await this.view(em, id));
      if (current) await endStage(em, current.id, body.on, body.supportLevel);
      const deadlineOn = stageDeadline(stage.limit, body.on, row);
      await insertStage(em, { organisationId: actor.organisationId, challengeId: id, position, key: stage.key, startedOn: body.on, deadlineOn });
      await refreshNextDeadline(em, id);
      await audit({
        action: 'challenge.stage_moved',
        entityType: 'challenge',
        entityId: id,
        subjectId: journey.serviceUserId,
        detail: { from: current?.key ?? null, to: stage.key, supportLevel: body.supportLevel ?? null },
      });
      return this.view(em, id);
    });
  }

  updateStage(actor: Actor, id: string, stageId: string, body: UpdateChallengeStageDto, origin: RequestOrigin): Promise<ChallengeView> {
    return this.onOpenChallenge(actor, id, body.version, origin, async (em, journey, row, audit) => {
      if (!(await findStageOf(em, id, stageId))) throw new BadRequestException(['stageId is not a stage of this challenge']);
      const { changes, fields } = pickChanges(body, { supportLevel: 'support_level', note: 'note' });
      if (!(await versionedUpdate(em, 'challenge', id, body.version, {}, actor.userId))) throw staleVersion(await this.view(em, id));
      await updateStage(em, stageId, changes);
      await audit({ action: 'challenge.stage_updated', entityType: 'challenge', entityId: id, subjectId: journey.serviceUserId, detail: { stageId, fields } });
      return this.view(em, row.id);
    });
  }

  close(actor: Actor, id: string, body: CloseChallengeDto, origin: RequestOrigin): Promise<ChallengeView> {
    return this.onOpenChallenge(actor, id, body.version, origin, async (em, journey, row, audit) => {
      assertChallengeDate('on', body.on, row.eventOn, londonToday(this.clock.now()));
      const [current] = (await findStages(em, [id])).filter((s) => !s.endedOn);
      if (current && body.on < current.startedOn) throw new BadRequestException([`on must not be before the current stage began (${current.startedOn})`]);
      if (!(await closeChallenge(em, id, body.version, { outcome: body.outcome, note: body.note ?? null, on: body.on, userId: actor.userId }))) {
        throw staleVersion(await this.view(em, id));
      }
      if (current) await endStage(em, current.id, body.on, body.supportLevel);
      await audit({ action: 'challenge.closed', entityType: 'challenge', entityId: id, subjectId: journey.serviceUserId, detail: { outcome: body.outcome } });
      return this.view(em, id);
    });
  }

  /** Near and missed deadlines: a manager's whole organisation, an advocate's own caseload. */
  deadlines(actor: Actor, query: DeadlinesQueryDto, origin: RequestOrigin): Promise<ChallengeDeadlineView[]> {
    return this.work.run(actor, origin, async (em, audit) => {
      const views = await challengeDeadlineViews(em, this.clock.now(), query.withinDays ?? 14, actor.role === 'manager' ? null : actor.userId);
      await audit({ action: 'challenge.deadlines_read', entityType: 'challenge', detail: { count: views.length, ids: views.map((r) => r.challengeId) } });
      return views;
    });
  }

  private onOpenChallenge<T>(
    actor: Actor,
    id: string,
    version: number,
    origin: RequestOrigin,
    task: (em: EntityManager, journey: JourneyInScope, row: ChallengeRow, audit: AuditNow) => Promise<T>,
  ): Promise<T> {
    return this.work.onRecord(actor, origin, 'challenge', id, async (em, journey, audit) => {
      const row = await findChallenge(em, id);
      if (!row) throw new ConflictException('This challenge is gone.');
      if (row.status === 'closed') throw new ConflictException({ message: CLOSED, current: await this.view(em, id) });
      if (row.version !== version) throw staleVersion(await this.view(em, id));
      return task(em, journey, row, audit);
    });
  }

  private async view(em: EntityManager, id: string): Promise<ChallengeView> {
    const row = await findChallenge(em, id);
    if (!row) throw new ConflictException('This challenge is gone.');
    const [view] = await this.views(em, [row]);
    return view;
  }

  private async views(em: EntityManager, rows: ChallengeRow[]): Promise<ChallengeView[]> {
    const stages = await findStages(em, rows.map((r) => r.id));
    const now = this.clock.now();
    return rows.map((r) => challengeView(r, stages.filter((s) => s.challengeId === r.id), now));
  }
}
