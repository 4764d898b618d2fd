import { Body } from '@nestjs/common';
import { OUT_OF_REACH } from '../../../common/route-answers';
import { UuidParam } from '../../../common/uuid-param';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { CreateRiskAssessmentDto, HideRiskAssessmentDto, ReviewHiddenAssessmentDto } from './dto/risk-assessment.dto';
import { RiskAssessmentsService } from './risk-assessments.service';

/** Risk assessments done with her on her journey (issue 20), and the decision that one is not safe to show her yet. */
@RouteGroup('safety', { notFound: OUT_OF_REACH })
export class RiskAssessmentsController {
  constructor(private readonly assessments: RiskAssessmentsService) {}

  @Route.get('journeys/:journeyId/risk-assessments', 'journey:read', { ok: 'Her risk assessments, newest first, each with the checklist as it was asked' })
  list(@UuidParam('journeyId') journeyId: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.assessments.list(actor, journeyId, origin);
  }

  @Route.post('journeys/:journeyId/risk-assessments', 'journey:write', {
    created: "Scored on the checklist's current version: its level, and maracRecommended when the score reaches the MARAC threshold (nothing is raised automatically)",
    badRequest: 'An unknown or archived checklist, a question or answer it does not have, required questions not answered (each named), or a date in the future or before her referral',
    conflict: 'Her journey is closed',
  })
  create(@UuidParam('journeyId') journeyId: string, @Body() body: CreateRiskAssessmentDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.assessments.create(actor, journeyId, body, origin);
  }

  @Route.get('risk-assessments/:assessmentId', 'journey:read', { ok: 'One risk assessment, with whether it is kept from her and why' })
  read(@UuidParam('assessmentId') id: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.assessments.read(actor, id, origin);
  }

  @Route.post('risk-assessments/:assessmentId/hide', 'safety:review', {
    ok: "Kept from her portal with the reason, to be looked at again after the organisation's set time (90 days unless it sets its own)",
    badRequest: 'No reason given',
    conflict: 'Already kept from her: review the decision instead',
  })
  hide(@UuidParam('assessmentId') id: string, @Body() body: HideRiskAssessmentDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.assessments.hide(actor, id, body, origin);
  }

  @Route.post('risk-assessments/:assessmentId/hide-review', 'safety:review', {
    ok: 'Still kept from her with a new review date, or shown to her again',
    badRequest: 'No reason given, or keepHidden not true or false',
    conflict: 'It is not kept from her',
  })
  reviewHidden(@UuidParam('assessmentId') id: string, @Body() body: ReviewHiddenAssessmentDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.assessments.reviewHidden(actor, id, body, origin);
  }
}
