import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { ConsultationQuoteView, ReviewQuoteRequest } from '@beside/shared/contracts';
import { FormFlow, type FieldDescriptions } from '@beside/web/core';
import { ConsultationTextsStore } from '@beside/web/voice/data-access';
import { ErrorSummary, LondonPipe, Notice, StatusTag } from '@beside/web/ui';
import { QUOTE_STATUS_WORDS } from './consultation-words';

const FIELDS: FieldDescriptions<'note'> = {
  note: {
    id: 'review-note',
    label: 'What you checked',
    messages: { required: 'Say what you checked: names, places, dates, rare details', pattern: 'Say what you checked: names, places, dates, rare details' },
  },
};

/** Quotes waiting for a second person: she publishes or refuses each, saying what she checked. Then the ones decided. */
@Component({
  selector: 'bs-quote-review-queue',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary, LondonPipe, Notice, StatusTag],
  templateUrl: './quote-review-queue.html',
  styleUrl: './quote-review-queue.scss',
})
export class QuoteReviewQueue {
  protected readonly store = inject(ConsultationTextsStore);
  protected readonly status = QUOTE_STATUS_WORDS;
  protected readonly waiting = computed(() => (this.store.quotes() ?? []).filter((q) => q.status === 'proposed'));
  protected readonly decided = computed(() => (this.store.quotes() ?? []).filter((q) => q.status !== 'proposed'));
  protected readonly reviewing = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);
  protected readonly form = new FormGroup({ note: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/\S/)] }) });
  protected readonly flow = new FormFlow(this.form, FIELDS, { fallbackField: 'note', unsavedChanges: true });

  protected start(quote: ConsultationQuoteView): void {
    this.done.set(null);
    this.flow.clear();
    this.form.reset();
    this.reviewing.set(quote.id);
    setTimeout(() => document.getElementById(FIELDS.note.id)?.focus());
  }

  protected cancel(): void {
    const id = this.reviewing();
    this.form.reset();
    this.reviewing.set(null);
    setTimeout(() => document.getElementById(`review-${id}`)?.focus());
  }

  protected async decide(quote: ConsultationQuoteView, decision: ReviewQuoteRequest['decision']): Promise<void> {
    const request: ReviewQuoteRequest = { decision, note: this.form.getRawValue().note.trim() };
    await this.flow.submit({
      body: { quoteId: quote.id, ...request },
      write: (key) => this.store.review(quote.id, request, key),
      saved: () => {
        this.form.reset();
        this.reviewing.set(null);
        this.done.set(decision === 'publish' ? 'Published: the quote now shows with the results.' : 'Not published. Your note is kept with it.');
        setTimeout(() => document.getElementById('review-done')?.focus());
      },
    });
  }
}
