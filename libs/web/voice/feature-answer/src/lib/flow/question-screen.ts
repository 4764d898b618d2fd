import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { CONSULTATION_SCALE_MAX, CONSULTATION_SCALE_MIN, type ConsultationQuestionView } from '@beside/shared/contracts';
import { CharCount } from '@beside/web/ui';
import type { DraftAnswer } from '@beside/web/voice/data-access';
import { textLimit, wordsOf, type Wording } from './draft-answers';

const SCALE = Array.from({ length: CONSULTATION_SCALE_MAX - CONSULTATION_SCALE_MIN + 1 }, (_, i) => CONSULTATION_SCALE_MIN + i);

/** The id of the field an error about this question links to: the text box, or the first choice. */
export function answerFieldId(question: ConsultationQuestionView): string {
  if (question.kind === 'text') return `answer-${question.id}`;
  if (question.kind === 'scale') return `answer-${question.id}-${CONSULTATION_SCALE_MIN}`;
  return `answer-${question.id}-${question.choices[0]?.key ?? ''}`;
}

/** One question on its own screen: a fieldset whose legend is the question (with how far she has got), and its answer. */
@Component({
  selector: 'bs-question-screen',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CharCount],
  template: `
    @let q = question();
    <fieldset class="bs-question" [attr.aria-describedby]="describedBy()">
      <legend class="bs-question__legend">
        <h2 class="bs-question__heading" id="question-heading" tabindex="-1" data-focus>
          <span class="bs-question__progress">Question {{ number() }} of {{ total() }}</span>
          <span class="bs-visually-hidden">: </span>
          <span class="bs-question__words" [attr.lang]="heading().lang">{{ heading().text }}</span>
        </h2>
      </legend>
      <div class="bs-question__bar" aria-hidden="true"><span [style.width.%]="(number() / total()) * 100"></span></div>
      @if (q.kind === 'scale') {
        <p class="bs-secondary-text" id="question-hint">0 is the lowest and 10 the highest.</p>
      } @else if (q.kind === 'several') {
        <p class="bs-secondary-text" id="question-hint">Choose all that apply.</p>
      }
      @if (!q.required) {
        <p class="bs-secondary-text" id="question-optional">You can leave this question out.</p>
      }
      @if (error(); as e) {
        <p class="bs-inline-error" id="question-error"><span class="bs-visually-hidden">Error: </span>{{ e }}</p>
      }
      @switch (q.kind) {
        @case ('single') {
          @for (c of q.choices; track c.key) {
            <label class="bs-choice">
              <input type="radio" [name]="'answer-' + q.id" [id]="'answer-' + q.id + '-' + c.key" [checked]="isChosen(c.key)" (change)="choose(c.key)" />
              <span [attr.lang]="choiceWords(c).lang">{{ choiceWords(c).text }}</span>
            </label>
          }
        }
        @case ('several') {
          @for (c of q.choices; track c.key) {
            <label class="bs-choice">
              <input type="checkbox" [id]="'answer-' + q.id + '-' + c.key" [checked]="isChosen(c.key)" (change)="toggle(c.key, $event)" />
              <span [attr.lang]="choiceWords(c).lang">{{ choiceWords(c).text }}</span>
            </label>
          }
        }
        @case ('scale') {
          <div class="bs-scale">
            @for (n of scale; track n) {
              <label class="bs-scale__option">
                <input type="radio" [name]="'answer-' + q.id" [id]="'answer-' + q.id + '-' + n" [checked]="answer()?.scale === n" (change)="rate(n)" />
                <span>{{ n }}</span>
              </label>
            }
          </div>
        }
        @case ('text') {
          <textarea
            class="bs-question__text"
            [id]="'answer-' + q.id"
            rows="6"
            aria-labelledby="question-heading"
            [attr.aria-describedby]="textDescribedBy()"
            [attr.aria-invalid]="error() ? 'true' : null"
            [value]="answer()?.text ?? ''"
            (input)="write($event)"
          ></textarea>
          <p class="bs-secondary-text" id="question-count"><bs-char-count [value]="answer()?.text ?? ''" [max]="limit()" /></p>
        }
      }
    </fieldset>
  `,
  styleUrl: './question-screen.scss',
})
export class QuestionScreen {
  readonly question = input.required<ConsultationQuestionView>();
  readonly answer = input<DraftAnswer | undefined>();
  readonly wording = input.required<Wording>();
  readonly number = input.required<number>();
  readonly total = input.required<number>();
  readonly error = input<string | null>(null);
  readonly changed = output<DraftAnswer>();
  protected readonly scale = SCALE;

  protected readonly heading = computed(() => wordsOf(this.question(), this.wording()));
  protected readonly limit = computed(() => textLimit(this.question()));
  protected readonly describedBy = computed(() => {
    const q = this.question();
    const ids = [q.kind === 'scale' || q.kind === 'several' ? 'question-hint' : '', q.required ? '' : 'question-optional', this.error() ? 'question-error' : ''];
    return q.kind === 'text' ? null : ids.filter(Boolean).join(' ') || null;
  });
  protected readonly textDescribedBy = computed(() => [this.question().required ? '' : 'question-optional', this.error() ? 'question-error' : '', 'question-count'].filter(Boolean).join(' '));

  protected choiceWords(choice: ConsultationQuestionView['choices'][number]): { text: string; lang: string | null } {
    return wordsOf(choice, this.wording());
  }

  protected isChosen(key: string): boolean {
    return !!this.answer()?.chosen?.includes(key);
  }

  protected choose(key: string): void {
    this.changed.emit({ chosen: [key] });
  }

  protected toggle(key: string, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    const chosen = (this.answer()?.chosen ?? []).filter((k) => k !== key);
    // Kept in the order the choices are listed, whatever order she ticked them in.
    const next = on ? this.question().choices.map((c) => c.key).filter((k) => k === key || chosen.includes(k)) : chosen;
    this.changed.emit({ chosen: next });
  }

  protected rate(n: number): void {
    this.changed.emit({ scale: n });
  }

  protected write(event: Event): void {
    this.changed.emit({ text: (event.target as HTMLTextAreaElement).value });
  }
}
