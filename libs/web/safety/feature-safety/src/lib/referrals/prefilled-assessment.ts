import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { MultiAgencyReferralForm, RiskAssessmentView } from '@beside/shared/contracts';
import { LondonPipe } from '@beside/web/ui';
import { RISK_LEVEL_WORDS } from './referral-words';

/** The part of a referral form filled from her risk assessment. */
export type PrefilledPart = Pick<MultiAgencyReferralForm, 'riskAssessmentId' | 'assessedOn' | 'checklistName' | 'score' | 'level' | 'riskFactors'>;

/** What a new referral's form takes from an assessment: the score, the level and each answer that carried weight. */
export function prefilledFrom(assessment: RiskAssessmentView | null): PrefilledPart {
  if (!assessment) return { riskAssessmentId: null, assessedOn: null, checklistName: null, score: null, level: null, riskFactors: [] };
  return {
    riskAssessmentId: assessment.id,
    assessedOn: assessment.assessedOn,
    checklistName: assessment.checklistName,
    score: assessment.score,
    level: assessment.level,
    riskFactors: assessment.answers.filter((a) => a.weight > 0 && a.answer).map((a) => ({ question: a.question, answer: a.answer ?? '' })),
  };
}

/** The prefilled part of a referral form, read-only: nothing she already answered is typed again. */
@Component({
  selector: 'bs-prefilled-assessment',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LondonPipe],
  template: `
    @let p = part();
    <div class="bs-prefilled" role="group" [attr.aria-labelledby]="headingId()">
      @if (p.riskAssessmentId && p.assessedOn) {
        <p class="bs-prefilled__title" [id]="headingId()">From the risk assessment on {{ p.assessedOn | london: 'date' }}</p>
        <dl class="bs-summary-list">
          <div><dt>Checklist</dt><dd>{{ p.checklistName }}</dd></div>
          <div><dt>Score</dt><dd>{{ p.score }}</dd></div>
          <div><dt>Level</dt><dd>{{ p.level ? levelWords[p.level] : 'Not recorded' }}</dd></div>
          <div>
            <dt>Risk factors</dt>
            <dd>
              @if (p.riskFactors.length) {
                <ul class="bs-factors">
                  @for (f of p.riskFactors; track $index) {
                    <li>{{ f.question }} <strong>{{ f.answer }}</strong></li>
                  }
                </ul>
              } @else {
                None of her answers carried weight.
              }
            </dd>
          </div>
        </dl>
        <p class="bs-secondary-text">Filled from her assessment: it cannot be changed here.</p>
      } @else {
        <p class="bs-prefilled__title" [id]="headingId()">No risk assessment</p>
        <p>There is no risk assessment on this journey{{ sent() ? ' when the form was made' : ' yet' }}, so the form goes without one.{{ sent() ? '' : ' If you can, do one with her first: it fills in this part.' }}</p>
      }
    </div>
  `,
  styles: `
    .bs-prefilled {
      border-left: 4px solid var(--mat-sys-outline);
      padding-left: 0.75rem;
      margin: 0 0 1.25rem;
      max-width: 44rem;
    }
    .bs-prefilled__title { font-weight: 700; margin: 0 0 0.25rem; }
    .bs-factors { margin: 0; padding-left: 1.25rem; }
    .bs-summary-list { --bs-summary-term-width: 8rem; }
  `,
})
export class PrefilledAssessment {
  readonly part = input.required<PrefilledPart>();
  readonly headingId = input.required<string>();
  /** Shown on a referral already made (the form as it was filled), not on a new one. */
  readonly sent = input(false);
  protected readonly levelWords = RISK_LEVEL_WORDS;
}
