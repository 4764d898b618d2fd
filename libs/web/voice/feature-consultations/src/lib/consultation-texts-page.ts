import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ConsultationsStore, ConsultationTextsStore } from '@beside/web/voice/data-access';
import { Notice, PageHeader } from '@beside/web/ui';
import { QuoteReviewQueue } from './quote-review-queue';
import { TextAnswers } from './text-answers';
import { ThemesPanel } from './themes-panel';

/** Staff read the free-text answers, tag them into themes, propose quotes, and review each other's quotes. */
@Component({
  selector: 'bs-consultation-texts-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Notice, PageHeader, QuoteReviewQueue, TextAnswers, ThemesPanel],
  providers: [ConsultationsStore, ConsultationTextsStore],
  template: `
    <p class="bs-back"><a [routerLink]="['/consultations', consultationId(), 'results']">Results</a></p>
    @if (consultations.current(); as c) {
      <bs-page-header heading="Themes and quotes" [caption]="c.title">
        <p>
          Her own words, in no particular order and with nothing else of her answer. Only staff who write consultations see them; the panel sees
          themes with their counts and reviewed quotes.
        </p>
      </bs-page-header>
      @if (texts.problem(); as p) {
        <bs-notice kind="warning">{{ p }}</bs-notice>
      }
      <bs-themes-panel />
      <section class="bs-section" aria-labelledby="answers-heading">
        <h2 id="answers-heading">Answers in her own words</h2>
        @if (textQuestions().length) {
          @if (textQuestions().length > 1) {
            <div class="bs-question-picker">
              <label for="text-question">Question</label>
              <select id="text-question" (change)="choose($any($event.target).value)">
                @for (q of textQuestions(); track q.id) {
                  <option [value]="q.id" [selected]="q.id === questionId()">{{ q.words }}</option>
                }
              </select>
            </div>
          } @else {
            <p><strong>{{ textQuestions()[0].words }}</strong></p>
          }
          <bs-text-answers />
        } @else {
          <p>This consultation has no question answered in her own words.</p>
        }
      </section>
      <bs-quote-review-queue />
    } @else if (consultations.problem(); as problem) {
      <bs-page-header heading="Themes and quotes" />
      <bs-notice kind="warning">{{ problem }}</bs-notice>
    } @else {
      <p role="status">Loading…</p>
    }
  `,
  styles: `
    .bs-back {
      margin: 0 0 1rem;
    }
    .bs-question-picker {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      max-width: 30rem;
      margin: 0 0 1rem;
    }
    .bs-question-picker label {
      font-weight: 700;
    }
    .bs-question-picker select {
      font: inherit;
      padding: 0.5rem;
      max-width: 100%;
    }
  `,
})
export class ConsultationTextsPage {
  readonly consultationId = input.required<string>();
  protected readonly consultations = inject(ConsultationsStore);
  protected readonly texts = inject(ConsultationTextsStore);
  protected readonly textQuestions = computed(() => (this.consultations.current()?.questions ?? []).filter((q) => q.kind === 'text'));
  protected readonly questionId = signal<string | null>(null);

  constructor() {
    effect(() => {
      const id = this.consultationId();
      untracked(() => void this.open(id));
    });
  }

  protected choose(questionId: string): void {
    this.questionId.set(questionId);
    void this.texts.loadTexts(questionId);
  }

  private async open(id: string): Promise<void> {
    await Promise.all([this.consultations.load(id), this.texts.load(id)]);
    const first = this.textQuestions()[0];
    if (first) this.choose(first.id);
  }
}
