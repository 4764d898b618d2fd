import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { ConsultationTextView } from '@beside/shared/contracts';
import { FormFlow, type FieldDescriptions } from '@beside/web/core';
import { ConsultationTextsStore } from '@beside/web/voice/data-access';
import { ErrorSummary, FormField, Notice } from '@beside/web/ui';

const FIELDS: FieldDescriptions<'words' | 'themeId'> = {
  words: {
    id: 'quote-words',
    label: 'The quote as it would be published',
    messages: { required: 'Enter the words of the quote', pattern: 'Enter the words of the quote', maxlength: 'Keep the quote to 4,000 characters' },
  },
  themeId: { id: 'quote-theme', label: 'Theme', messages: {} },
};

/** One question's free-text answers: tag each into themes, or propose a quote with anything identifying cut. */
@Component({
  selector: 'bs-text-answers',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary, FormField, Notice],
  templateUrl: './text-answers.html',
  styleUrl: './text-answers.scss',
})
export class TextAnswers {
  protected readonly store = inject(ConsultationTextsStore);
  protected readonly problem = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);
  protected readonly proposing = signal<ConsultationTextView | null>(null);
  protected readonly themeLabels = computed(() => Object.fromEntries(this.store.themes().map((t) => [t.id, t.name])));
  protected readonly form = new FormGroup({
    words: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/\S/), Validators.maxLength(4000)] }),
    themeId: new FormControl('', { nonNullable: true }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { unsavedChanges: true });

  protected async toggle(text: ConsultationTextView, themeId: string, on: boolean): Promise<void> {
    this.problem.set(null);
    const themeIds = on ? [...text.themeIds, themeId] : text.themeIds.filter((id) => id !== themeId);
    const result = await this.store.tag(text.id, themeIds);
    if (!result.ok) this.problem.set(result.problem.messages.join(' '));
  }

  protected propose(text: ConsultationTextView): void {
    this.done.set(null);
    this.flow.clear();
    this.form.reset({ words: text.text, themeId: text.themeIds[0] ?? '' });
    this.proposing.set(text);
    setTimeout(() => document.getElementById(FIELDS.words.id)?.focus());
  }

  protected cancel(): void {
    const text = this.proposing();
    this.form.reset();
    this.proposing.set(null);
    if (text) setTimeout(() => document.getElementById(`propose-${text.id}`)?.focus());
  }

  protected async send(): Promise<void> {
    const text = this.proposing();
    if (!text) return;
    const v = this.form.getRawValue();
    const request = { textId: text.id, words: v.words.trim(), themeId: v.themeId || null };
    await this.flow.submit({
      body: request,
      write: (key) => this.store.propose(request, key),
      saved: () => {
        this.form.reset();
        this.proposing.set(null);
        this.done.set('Quote proposed. Someone else now reviews it before it can be published.');
        setTimeout(() => document.getElementById('texts-done')?.focus());
      },
    });
  }
}
