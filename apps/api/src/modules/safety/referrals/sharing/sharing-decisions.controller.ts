import { Body } from '@nestjs/common';
import { OUT_OF_REACH, STALE_VERSION } from '../../../../common/route-answers';
import { UuidParam } from '../../../../common/uuid-param';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../../authz';
import { CreateSharingDecisionDto, ReviewSharingDecisionDto } from '../dto/sharing-decision.dto';
import { SharingDecisionsService } from './sharing-decisions.service';

/** Every disclosure of her information to another agency, with her consent or without it and why (issue 20). */
@RouteGroup('sharing decisions', { notFound: OUT_OF_REACH })
export class SharingDecisionsController {
  constructor(private readonly decisions: SharingDecisionsService) {}

  @Route.get('journeys/:journeyId/sharing-decisions', 'journey:read', { ok: 'What was shared about her, newest first' })
  list(@UuidParam('journeyId') journeyId: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.decisions.list(actor, journeyId, origin);
  }

  @Route.post('journeys/:journeyId/sharing-decisions', 'journey:write', {
    created: 'The sharing decision as recorded: with her consent always shown to her; without it, awaiting a manager’s review',
    badRequest:
      'A date in the future; without her consent: no reasoning, or explicit consent as the basis; held back from her without a reason; a referral not on her journey',
  })
  create(@UuidParam('journeyId') journeyId: string, @Body() body: CreateSharingDecisionDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.decisions.create(actor, journeyId, body, origin);
  }

  @Route.get('sharing-decisions/:decisionId', 'journey:read', { ok: 'One sharing decision with its reasoning and review' })
  read(@UuidParam('decisionId') id: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.decisions.read(actor, id, origin);
  }

  @Route.post('sharing-decisions/:decisionId/review', 'safety:review', {
    created: 'Reviewed: the note, and whether she is shown it',
    badRequest: 'No note, or held back from her without a reason',
    conflict: `A sharing with her consent (nothing to review), one reviewed already, or ${STALE_VERSION}`,
  })
  review(@UuidParam('decisionId') id: string, @Body() body: ReviewSharingDecisionDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.decisions.review(actor, id, body, origin);
  }
}
