import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RiskAssessmentsPanel } from './assessments/risk-assessments-panel';
import { SafetyPlanPanel } from './plan/safety-plan-panel';
import { MultiAgencyReferralsPanel } from './referrals/multi-agency-referrals-panel';
import { SharingDecisionsPanel } from './sharing/sharing-decisions-panel';

/** The Safety tab of her journey: risk assessments done with her, her safety plan, multi-agency referrals, and what was shared. */
@Component({
  selector: 'bs-journey-safety-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RiskAssessmentsPanel, SafetyPlanPanel, MultiAgencyReferralsPanel, SharingDecisionsPanel],
  template: `
    <bs-risk-assessments-panel [journeyId]="journeyId()" />
    <bs-safety-plan-panel [journeyId]="journeyId()" />
    <bs-multi-agency-referrals-panel [journeyId]="journeyId()" />
    <bs-sharing-decisions-panel [journeyId]="journeyId()" />
  `,
})
export class JourneySafetySection {
  readonly journeyId = input.required<string>();
}
