import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { RiskChecklistVersionView } from '@beside/shared/contracts';

/** One version of a checklist as it reads: guidance, thresholds, source, and each question with its answers and weights. */
@Component({
  selector: 'bs-checklist-version-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let v = version();
    <dl class="bs-facts">
      <dt>Guidance</dt>
      <dd class="bs-pre">{{ v.guidance || 'None given.' }}</dd>
      <dt>Thresholds</dt>
      <dd>
        <ul class="bs-thresholds">
          <li>Medium from a score of {{ v.thresholds.medium }}</li>
          <li>High from a score of {{ v.thresholds.high }}</li>
          <li>A MARAC referral recommended from a score of {{ v.thresholds.marac }}</li>
        </ul>
      </dd>
      <dt>Source</dt>
      <dd>{{ v.source }}</dd>
    </dl>
    <h3 [id]="'questions-' + v.version">Questions ({{ v.questions.length }})</h3>
    <ol class="bs-questions" [attr.aria-labelledby]="'questions-' + v.version">
      @for (q of v.questions; track q.key) {
        <li class="bs-question">
          <p class="bs-question__text">
            <strong>{{ q.text }}</strong>&ngsp;<span class="bs-secondary-text">({{ q.required ? 'required' : 'optional' }}; key {{ q.key }})</span>
          </p>
          @if (q.guidance) {
            <p class="bs-question__guidance"><span class="bs-visually-hidden">Guidance: </span>{{ q.guidance }}</p>
          }
          <table class="bs-table bs-answers">
            <caption class="bs-visually-hidden">Answers to question {{ $index + 1 }} and their weights</caption>
            <thead>
              <tr><th scope="col">Answer</th><th scope="col">Weight</th></tr>
            </thead>
            <tbody>
              @for (o of q.options; track o.key) {
                <tr><td>{{ o.label }}</td><td>{{ o.weight }}</td></tr>
              }
            </tbody>
          </table>
        </li>
      }
    </ol>
  `,
  styles: `
    .bs-facts dt {
      font-weight: 700;
      margin-top: 0.75rem;
    }
    .bs-facts dd {
      margin: 0.25rem 0 0;
      max-width: 48rem;
    }
    .bs-pre {
      white-space: pre-line;
    }
    .bs-thresholds {
      margin: 0;
      padding-left: 1.25rem;
    }
    .bs-questions {
      padding-left: 1.5rem;
      max-width: 48rem;
    }
    .bs-question {
      margin: 0 0 1.25rem;
    }
    .bs-question__text {
      margin: 0 0 0.25rem;
    }
    .bs-question__guidance {
      margin: 0 0 0.5rem;
      font-style: italic;
    }
    .bs-answers {
      width: auto;
      min-width: 14rem;
    }
  `,
})
export class ChecklistVersionView {
  readonly version = input.required<RiskChecklistVersionView>();
}
