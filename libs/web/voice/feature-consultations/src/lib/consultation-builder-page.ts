import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ConsultationQuestionBody } from '@beside/shared/contracts';
import { FlashNotice } from '@beside/web/core';
import { ConsultationsStore } from '@beside/web/voice/data-access';
import { Notice, PageHeader, StatusTag } from '@beside/web/ui';
import { ConsultationDetailsForm } from './consultation-details-form';
import { ConsultationStatusActions } from './consultation-status-actions';
import { LOCKED_WORDS, reachWords, STATUS_WORDS } from './consultation-words';
import { QuestionPreview } from './question-preview';
import { QuestionsEditor } from './questions-editor';

/** Writing a consultation: its details, then its questions beside a preview of her screens; then opening it. */
@Component({
  selector: 'bs-consultation-builder-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Notice, PageHeader, StatusTag, ConsultationDetailsForm, ConsultationStatusActions, QuestionPreview, QuestionsEditor],
  providers: [ConsultationsStore],
  template: `
    <p class="bs-back"><a routerLink="/consultations">All consultations</a></p>
    @if (!consultationId()) {
      <bs-page-header heading="New consultation" caption="Consultations">
        <p>Start with what she reads first. You add the questions once it is saved as a draft.</p>
      </bs-page-header>
      <div class="bs-builder">
        <bs-consultation-details-form (drafted)="intro.set($event)" />
        <bs-question-preview [title]="intro().title" [privacyNotice]="intro().privacyNotice" [questions]="[]" />
      </div>
    } @else if (store.current(); as c) {
      <bs-page-header [heading]="c.title" caption="Consultation">
        <p class="bs-builder__meta">
          <bs-status-tag [status]="c.status" [scheme]="status" />
          <span>{{ reach(c) }}</span>
          <a [routerLink]="['/consultations', c.id, 'results']">Results</a>
          @if (c.locked) {
            <a [routerLink]="['/consultations', c.id, 'texts']">Themes and quotes</a>
          }
        </p>
      </bs-page-header>
      @if (flash(); as f) {
        <bs-notice kind="success">{{ f }}</bs-notice>
      }
      @if (c.locked) {
        <bs-notice>{{ locked }}</bs-notice>
      }
      <bs-consultation-status-actions [consultation]="c" />
      <bs-consultation-details-form [consultation]="c" (drafted)="intro.set($event)" />
      <div class="bs-builder">
        <bs-questions-editor [consultation]="c" (changed)="questions.set($event)" (preview)="previewPane.show($event)" />
        <bs-question-preview #previewPane [title]="intro().title" [privacyNotice]="intro().privacyNotice" [secondLanguage]="c.secondLanguage" [questions]="questions()" />
      </div>
    } @else if (store.problem(); as problem) {
      <bs-page-header heading="Consultation" />
      <bs-notice kind="warning">{{ problem }}</bs-notice>
    } @else {
      <p role="status">Loading the consultation…</p>
    }
  `,
  styles: `
    .bs-back {
      margin: 0 0 1rem;
    }
    .bs-builder__meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      margin: 0;
    }
    .bs-builder {
      display: grid;
      grid-template-columns: minmax(0, 1fr) 375px;
      gap: 2rem;
      align-items: start;
    }
    @media (max-width: 64rem) {
      .bs-builder {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    bs-question-preview {
      position: sticky;
      top: 1rem;
    }
  `,
})
export class ConsultationBuilderPage {
  /** None for a new consultation. */
  readonly consultationId = input<string>();
  protected readonly store = inject(ConsultationsStore);
  protected readonly flash = signal(inject(FlashNotice).take());
  protected readonly status = STATUS_WORDS;
  protected readonly reach = reachWords;
  protected readonly locked = LOCKED_WORDS;
  protected readonly questions = signal<ConsultationQuestionBody[]>([]);
  /** Her first screen as typed in the details form. */
  protected readonly intro = signal({ title: '', privacyNotice: '' });

  constructor() {
    effect(() => {
      const id = this.consultationId();
      untracked(() => {
        if (id) void this.store.load(id);
      });
    });
  }
}
