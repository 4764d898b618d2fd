import { Body, Param, Query } from '@nestjs/common';
import { OUT_OF_REACH, STALE_VERSION } from '../../common/route-answers';
import { UuidParam } from '../../common/uuid-param';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../authz';
import { ChallengeCatalogue } from './challenge-catalogue';
import { ChallengesService } from './challenges.service';
import { SaveChallengeTypeDto } from './dto/challenge-type.dto';
import { CloseChallengeDto, CreateChallengeDto, DeadlinesQueryDto, MoveChallengeStageDto, UpdateChallengeDto, UpdateChallengeStageDto } from './dto/challenge.dto';

const ENDED_OR_STALE = `${STALE_VERSION}, or the challenge has ended`;

/** Complaints, reviews and appeals on her journey, stage by stage with their deadlines (issue 19). */
@RouteGroup('challenges', { notFound: OUT_OF_REACH })
export class ChallengesController {
  constructor(
    private readonly challenges: ChallengesService,
    private readonly catalogue: ChallengeCatalogue,
  ) {}

  @Route.get('challenge-types', 'journey:read', { ok: "The organisation's challenge types: the defaults with its changes, and its own" })
  types(@CurrentCaller() { actor, origin }: Caller) {
    return this.catalogue.list(actor, origin);
  }

  @Route.put('challenge-types/:key', 'challenge-type:manage', {
    ok: 'The type as saved (a changed default or a type of your own); open challenges keep the type they were opened with',
    badRequest: 'A malformed key, no stages, a stage key used twice, or a time limit that is not one',
  })
  saveType(@Param('key') key: string, @Body() body: SaveChallengeTypeDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.catalogue.save(actor, key, body, origin);
  }

  @Route.delete('challenge-types/:key', 'challenge-type:manage', { ok: 'Archived: no new challenges of this type (open ones carry on); saving it again brings it back' })
  archiveType(@Param('key') key: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.catalogue.archive(actor, key, origin);
  }

  @Route.get('challenges/deadlines', 'journey:read', { ok: "Open challenges whose next deadline is within the days asked (14 by default) or missed: a manager's organisation, an advocate's own journeys" })
  deadlines(@Query() query: DeadlinesQueryDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.challenges.deadlines(actor, query, origin);
  }

  @Route.get('journeys/:journeyId/challenges', 'journey:read', { ok: 'Her challenges, open ones first' })
  list(@UuidParam('journeyId') journeyId: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.challenges.list(actor, journeyId, origin);
  }

  @Route.post('journeys/:journeyId/challenges', 'journey:write', {
    created: 'The challenge at its first stage, with its deadline where a rule sets one',
    badRequest: 'An unknown or archived type, a date in the future, or a date before the event',
  })
  create(@UuidParam('journeyId') journeyId: string, @Body() body: CreateChallengeDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.challenges.create(actor, journeyId, body, origin);
  }

  @Route.get('challenges/:challengeId', 'journey:read', { ok: 'One challenge with its stages, deadlines and what lies ahead' })
  read(@UuidParam('challengeId') id: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.challenges.read(actor, id, origin);
  }

  @Route.patch('challenges/:challengeId', 'journey:write', { ok: 'The challenge as saved', conflict: ENDED_OR_STALE })
  update(@UuidParam('challengeId') id: string, @Body() body: UpdateChallengeDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.challenges.update(actor, id, body, origin);
  }

  @Route.post('challenges/:challengeId/stages', 'journey:write', {
    created: 'The challenge at its new stage: the current one ends that day (with who spoke at it), the new one begins with its own deadline',
    badRequest: 'A stage not of its type or not after the current one, a date in the future, before the event or before the current stage began',
    conflict: ENDED_OR_STALE,
  })
  moveStage(@UuidParam('challengeId') id: string, @Body() body: MoveChallengeStageDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.challenges.moveStage(actor, id, body, origin);
  }

  @Route.patch('challenges/:challengeId/stages/:stageId', 'journey:write', { ok: 'Who spoke at the stage, and its note', badRequest: 'Not a stage of this challenge', conflict: ENDED_OR_STALE })
  updateStage(
    @UuidParam('challengeId') id: string,
    @UuidParam('stageId') stageId: string,
    @Body() body: UpdateChallengeStageDto,
    @CurrentCaller() { actor, origin }: Caller,
  ) {
    return this.challenges.updateStage(actor, id, stageId, body, origin);
  }

  @Route.post('challenges/:challengeId/outcome', 'journey:write', {
    created: 'The challenge has ended with its outcome',
    badRequest: 'A date in the future, before the event or before the current stage began',
    conflict: ENDED_OR_STALE,
  })
  close(@UuidParam('challengeId') id: string, @Body() body: CloseChallengeDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.challenges.close(actor, id, body, origin);
  }
}
