import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { MyRiskAssessment } from '@beside/shared/contracts';
import { RISK_LEVEL_WORDS } from '@beside/web/safety/data-access';
import { LondonPipe } from '@beside/web/ui';
import { LEVEL_MEANING } from './level-words';

/** One risk assessment she did with her advocate: when, which checklist, the level in words, her answers and the notes. */
@Component({
  selector: 'bs-my-assessment-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LondonPipe],
  template: `
    @let a = assessment();
    <article class="bs-my-assessment" [attr.aria-labelledby]="'assessment-' + a.id">
      <h2 [id]="'assessment-' + a.id">{{ a.assessedOn | london: 'day' }}</h2>
      <p class="bs-secondary-text">{{ a.checklistName }}</p>
      <p class="bs-my-assessment__level"><strong>Level: {{ levelWords[a.level] }}</strong></p>
      <p>{{ meaning[a.level] }}</p>
      <p class="bs-secondary-text">Score: {{ a.score }}</p>
      @if (a.notes) {
        <h3>Notes</h3>
        <p class="bs-my-assessment__notes">{{ a.notes }}</p>
      }
      <details [open]="open()">
        <summary>Your answers ({{ a.answers.length }})</summary>
        <dl>
          @for (answer of a.answers; track $index) {
            <div class="bs-my-assessment__answer">
              <dt>{{ answer.question }}</dt>
              <dd>{{ answer.answer ?? 'Not answered' }}</dd>
            </div>
          }
        </dl>
      </details>
    </article>
  `,
  styles: `
    .bs-my-assessment {
      padding: 1rem;
      margin: 0 0 1.25rem;
      border-radius: 12px;
      background: #faf8fd;
      border: 1px solid #ded6ee;
      overflow-wrap: anywhere;
    }
    h2 {
      margin: 0 0 0.25rem;
      font-size: 1.25rem;
    }
    h3 {
      margin: 0.75rem 0 0.25rem;
      font-size: 1rem;
    }
    p {
      margin: 0.25rem 0;
    }
    .bs-my-assessment__level {
      font-size: 1.125rem;
    }
    .bs-my-assessment__notes {
      white-space: pre-line;
    }
    /* A list item keeps the open/closed marker, so she can see there is more to open. */
    summary {
      display: list-item;
      cursor: pointer;
      padding: 0.75rem 0;
      font-weight: 600;
    }
    dl {
      margin: 0;
    }
    .bs-my-assessment__answer {
      padding: 0.5rem 0;
      border-top: 1px solid #ded6ee;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0.25rem 0 0;
    }
  `,
})
export class MyAssessmentCard {
  readonly assessment = input.required<MyRiskAssessment>();
  /** The newest opens with her answers showing; the others are one press away. */
  readonly open = input(false);
  protected readonly levelWords = RISK_LEVEL_WORDS;
  protected readonly meaning = LEVEL_MEANING;
}
