import { ChangeDetectionStrategy, Component, computed, effect, input, signal, untracked } from '@angular/core';
import { CONSULTATION_SCALE_MAX, CONSULTATION_SCALE_MIN, CONSULTATION_TEXT_LIMIT_MAX, type ConsultationQuestionBody } from '@beside/shared/contracts';

const NUMBER = new Intl.NumberFormat('en-GB');

type Wording = 'plain' | 'easyRead' | 'secondLanguage';

const SCALE = Array.from({ length: CONSULTATION_SCALE_MAX - CONSULTATION_SCALE_MIN + 1 }, (_, i) => CONSULTATION_SCALE_MIN + i);

/**
 * Her screens as she would see them on a phone (a 375 px column): the privacy notice first, then one question a screen,
 * in plain words, easy read or the second language. A picture of the screens, not a form: nothing here can be answered.
 */
@Component({
  selector: 'bs-question-preview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="bs-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Preview</h2>
      <p class="bs-secondary-text">Her screens on a phone 375 pixels wide, as you type.</p>
      <fieldset class="bs-preview__wording">
        <legend>Words shown</legend>
        <label><input type="radio" name="preview-wording" [checked]="wording() === 'plain'" (change)="wording.set('plain')" /> Plain words</label>
        <label><input type="radio" name="preview-wording" [checked]="wording() === 'easyRead'" (change)="wording.set('easyRead')" /> Easy read</label>
        @if (secondLanguage()) {
          <label>
            <input type="radio" name="preview-wording" [checked]="wording() === 'secondLanguage'" (change)="wording.set('secondLanguage')" />
            Second language ({{ secondLanguage() }})
          </label>
        }
      </fieldset>
      <div class="bs-preview__frame" data-testid="preview-frame" role="group" [attr.aria-label]="'Screen ' + (screen() + 1) + ' of ' + screens()">
        @if (question(); as q) {
          <p class="bs-preview__step">Question {{ screen() }} of {{ questions().length }}{{ q.required === false ? ' (you can skip it)' : '' }}</p>
          <h3 class="bs-preview__question">{{ words(q) || 'The question’s words go here' }}</h3>
          @if (wording() === 'plain' && q.easyRead) {
            <p class="bs-preview__easy">{{ q.easyRead }}</p>
          }
          @switch (q.kind) {
            @case ('scale') {
              <ol class="bs-preview__scale" aria-label="0 to 10">
                @for (n of scale; track n) {
                  <li>{{ n }}</li>
                }
              </ol>
            }
            @case ('text') {
              <div class="bs-preview__text">Up to {{ limit(q) }} characters.</div>
            }
            @default {
              <ul class="bs-preview__choices" [class.bs-preview__choices--several]="q.kind === 'several'">
                @for (c of q.choices ?? []; track $index) {
                  <li>{{ choiceWords(c) || 'A choice' }}</li>
                }
              </ul>
            }
          }
          <p class="bs-preview__button" aria-hidden="true">Next</p>
        } @else {
          <h3 class="bs-preview__question">{{ title() || 'The consultation’s title' }}</h3>
          <p class="bs-preview__notice">{{ privacyNotice() || 'Your plain-words privacy notice shows here first.' }}</p>
          <p class="bs-preview__button" aria-hidden="true">Start</p>
        }
      </div>
      <div class="bs-actions">
        <button type="button" class="bs-link-button" (click)="move(-1)" [disabled]="screen() === 0">Previous screen</button>
        <span aria-live="polite">Screen {{ screen() + 1 }} of {{ screens() }}</span>
        <button type="button" class="bs-link-button" (click)="move(1)" [disabled]="screen() >= screens() - 1">Next screen</button>
      </div>
    </section>
  `,
  styles: `
    .bs-link-button:disabled {
      color: var(--bs-text-secondary);
      text-decoration: none;
      cursor: default;
    }
    .bs-preview__wording {
      border: 0;
      padding: 0;
      margin: 0 0 1rem;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
    }
    .bs-preview__wording legend {
      font-weight: 700;
      padding: 0;
      margin-bottom: 0.25rem;
    }
    .bs-preview__frame {
      box-sizing: border-box;
      width: min(375px, 100%);
      min-height: 30rem;
      border: 10px solid #303030;
      border-radius: 24px;
      padding: 1.25rem 1rem;
      background: #fff;
      color: #0b0c0c;
      overflow-wrap: anywhere;
    }
    .bs-preview__step {
      margin: 0 0 0.5rem;
      color: #505a5f;
    }
    .bs-preview__question {
      font-size: 1.375rem;
      margin: 0 0 0.75rem;
    }
    .bs-preview__easy {
      background: #f3f2f1;
      padding: 0.5rem 0.75rem;
    }
    .bs-preview__choices {
      list-style: none;
      padding: 0;
      margin: 0 0 1rem;
    }
    .bs-preview__choices li {
      display: flex;
      gap: 0.75rem;
      align-items: center;
      padding: 0.5rem 0;
    }
    .bs-preview__choices li::before {
      content: '';
      flex: none;
      width: 1.5rem;
      height: 1.5rem;
      border: 2px solid #0b0c0c;
      border-radius: 50%;
    }
    .bs-preview__choices--several li::before {
      border-radius: 0;
    }
    .bs-preview__scale {
      list-style: none;
      padding: 0;
      margin: 0 0 1rem;
      display: grid;
      grid-template-columns: repeat(6, 1fr);
      gap: 0.375rem;
    }
    .bs-preview__scale li {
      border: 2px solid #0b0c0c;
      text-align: center;
      padding: 0.5rem 0;
    }
    .bs-preview__text {
      border: 2px solid #0b0c0c;
      min-height: 7rem;
      padding: 0.5rem;
      color: #505a5f;
      margin: 0 0 1rem;
    }
    .bs-preview__button {
      display: inline-block;
      background: #00703c;
      color: #fff;
      padding: 0.5rem 1.25rem;
      font-weight: 700;
      margin: 1rem 0 0;
    }
  `,
})
export class QuestionPreview {
  readonly title = input('');
  readonly privacyNotice = input('');
  readonly secondLanguage = input<string | null>(null);
  readonly questions = input.required<ConsultationQuestionBody[]>();
  protected readonly wording = signal<Wording>('plain');
  protected readonly screen = signal(0);
  protected readonly screens = computed(() => this.questions().length + 1);
  protected readonly question = computed(() => (this.screen() === 0 ? null : (this.questions()[this.screen() - 1] ?? null)));
  protected readonly scale = SCALE;

  constructor() {
    // A removed question or language never leaves the preview on a screen that is gone.
    effect(() => {
      const last = this.screens() - 1;
      const language = this.secondLanguage();
      untracked(() => {
        if (this.screen() > last) this.screen.set(last);
        if (!language && this.wording() === 'secondLanguage') this.wording.set('plain');
      });
    });
  }

  /** Shows a question's screen (1 is the first question), as the editor's "Preview" asks. */
  show(screen: number): void {
    this.screen.set(Math.max(0, Math.min(screen, this.screens() - 1)));
  }

  protected move(by: number): void {
    this.show(this.screen() + by);
  }

  protected limit(q: ConsultationQuestionBody): string {
    return NUMBER.format(q.textLimit ?? CONSULTATION_TEXT_LIMIT_MAX);
  }

  protected words(q: ConsultationQuestionBody): string {
    return this.pick(q.words, q.easyRead, q.secondLanguageWords);
  }

  protected choiceWords(c: NonNullable<ConsultationQuestionBody['choices']>[number]): string {
    return this.pick(c.words, c.easyRead, c.secondLanguageWords);
  }

  // Missing easy-read or second-language words fall back to the plain words, as her screen does.
  private pick(plain: string, easyRead?: string | null, secondLanguage?: string | null): string {
    const w = this.wording();
    if (w === 'easyRead') return easyRead || plain;
    if (w === 'secondLanguage') return secondLanguage || plain;
    return plain;
  }
}
