import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatRadioModule } from '@angular/material/radio';
import type { RiskQuestion } from '@beside/shared/contracts';
import { IN_PARENT_FORM } from '@beside/web/ui';

/** The id of a question's first answer: where the error summary's link for that question goes. */
export function questionFieldId(question: RiskQuestion): string {
  return `risk-q-${question.key}-${question.options[0]?.key ?? 'none'}-input`;
}

/** One question of the checklist as asked with her: its words, how to ask it (opened on demand), and her answer. */
@Component({
  selector: 'bs-risk-question-fieldset',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatRadioModule],
  viewProviders: IN_PARENT_FORM,
  template: `
    @let q = question();
    <fieldset
      class="bs-question"
      [class.bs-checkbox--error]="!!error()"
      [attr.aria-describedby]="error() ? 'risk-q-' + q.key + '-error' : null"
    >
      <legend [id]="'risk-q-' + q.key + '-legend'">
        <span class="bs-question__number">{{ number() }}.</span> {{ q.text }}
        @if (q.required) {
          <span class="bs-question__required">(required)</span>
        } @else {
          <span class="bs-question__optional">(optional)</span>
        }
      </legend>
      @if (q.guidance) {
        <details class="bs-question__guidance">
          <summary>How to ask this</summary>
          <p>{{ q.guidance }}</p>
        </details>
      }
      @if (error(); as message) {
        <p class="bs-inline-error" [id]="'risk-q-' + q.key + '-error'">{{ message }}</p>
      }
      <mat-radio-group [formControlName]="q.key" class="bs-question__answers" [attr.aria-labelledby]="'risk-q-' + q.key + '-legend'">
        @for (o of q.options; track o.key) {
          <mat-radio-button [id]="'risk-q-' + q.key + '-' + o.key" [value]="o.key">{{ o.label }}</mat-radio-button>
        }
      </mat-radio-group>
    </fieldset>
  `,
  styles: `
    .bs-question {
      border: 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      padding: 0 0 1rem;
      margin: 0 0 1rem;
      min-width: 0;
    }
    legend {
      font-weight: 600;
      padding: 0;
      margin-bottom: 0.25rem;
    }
    .bs-question__required,
    .bs-question__optional {
      font-weight: 400;
      color: var(--bs-text-secondary);
      white-space: nowrap;
    }
    .bs-question__guidance {
      margin: 0.25rem 0 0.5rem;
    }
    .bs-question__guidance summary {
      cursor: pointer;
      color: var(--mat-sys-primary);
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    .bs-question__guidance p {
      margin: 0.5rem 0 0;
      padding-left: 0.75rem;
      border-left: 4px solid var(--mat-sys-outline-variant);
    }
    .bs-question__answers {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      --mat-radio-label-text-size: 1rem;
    }
  `,
})
export class RiskQuestionFieldset {
  readonly question = input.required<RiskQuestion>();
  readonly number = input.required<number>();
  /** The message beside the question (unanswered, or the API's words), else null. */
  readonly error = input<string | null>(null);
}
