import { Body, Query } from '@nestjs/common';
import { UuidParam } from '../../../common/uuid-param';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { ConcernWorkflowService } from './concern-workflow.service';
import { ConcernsService } from './concerns.service';
import { AddConcernActionDto, CompleteConcernActionDto, ConcernRegisterQueryDto, ConcernTransitionDto, RaiseStaffConcernDto } from './dto/concern.dto';

@RouteGroup('concerns', { notFound: 'Missing, or not yours to see: the same answer' })
export class ConcernsController {
  constructor(
    private readonly concerns: ConcernsService,
    private readonly workflow: ConcernWorkflowService,
  ) {}

  @Route.get('concerns', 'concern:read', { ok: 'The concerns register: open ones most urgent first; keyset pages' })
  register(@Query() query: ConcernRegisterQueryDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.concerns.register(actor, query, origin);
  }

  @Route.post('concerns', 'concern:record', { created: 'The concern, with its reference and triage deadline' })
  raise(@Body() body: RaiseStaffConcernDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.concerns.raise(actor, body, origin);
  }

  @Route.get('concerns/:concernId', 'concern:read', { ok: 'The concern with its history and actions' })
  get(@UuidParam('concernId') concernId: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.concerns.get(actor, concernId, origin);
  }

  @Route.post('concerns/:concernId/transitions', 'concern:triage', { ok: 'The concern after the move', conflict: 'Stale version, or a move the workflow does not allow: { message, current }' })
  transition(@UuidParam('concernId') concernId: string, @Body() body: ConcernTransitionDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.workflow.transition(actor, concernId, body, origin);
  }

  @Route.post('concerns/:concernId/actions', 'concern:triage', { created: 'The concern with the new action' })
  addAction(@UuidParam('concernId') concernId: string, @Body() body: AddConcernActionDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.workflow.addAction(actor, concernId, body, origin);
  }

  @Route.get('concerns/:concernId/action-owners', 'concern:triage', { ok: 'Who may own an action on this concern (the same rule that checks an owner), by name' })
  actionOwners(@UuidParam('concernId') concernId: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.workflow.eligibleOwners(actor, concernId, origin);
  }

  @Route.post('concerns/:concernId/actions/:actionId/done', 'concern:read', { ok: "The concern after the action was marked done (its owner's or a manager's)" })
  completeAction(@UuidParam('concernId') concernId: string, @UuidParam('actionId') actionId: string, @Body() body: CompleteConcernActionDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.workflow.completeAction(actor, concernId, actionId, body, origin);
  }

  @Route.get('journeys/:journeyId/concerns', 'concern:read', { ok: 'Concerns on this journey that you may see, newest first' })
  forJourney(@UuidParam('journeyId') journeyId: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.concerns.forJourney(actor, journeyId, origin);
  }
}
