import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { HerRiskAssessments } from './her-risk-assessments';

/** Her risk assessments in her portal (/api/my/risk-assessments). */
@RouteGroup('portal', { path: 'my', policy: 'portal:use' })
export class MyRiskAssessmentsController {
  constructor(private readonly assessments: HerRiskAssessments) {}

  @Route.get('risk-assessments', { ok: 'Her risk assessments, newest first: each question and her answer in plain words; never one a manager decided is not safe to show her yet' })
  list(@CurrentCaller() { actor, origin }: Caller) {
    return this.assessments.list(actor, origin);
  }
}
