import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FormFlow } from '@beside/web/core';
import { MyPlanStore } from '@beside/web/portal/data-access';
import { CharCount, ErrorSummary } from '@beside/web/ui';

export const CONFIDENCE_WORDS: Record<number, string> = {
  0: 'not at all',
  2: 'a little',
  5: 'somewhat',
  8: 'quite',
  10: 'very',
};

/** "How confident do you feel?" 0 to 10 as a row of radio buttons, each read out with words, and her own words. */
@Component({
  selector: 'bs-check-in-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary, CharCount],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="check-in-heading">
      <fieldset class="bs-scale" id="check-in-confidence">
        <legend>How confident do you feel today about speaking up for yourself?</legend>
        <p class="bs-secondary-text" id="check-in-hint">0 means not at all. 10 means very confident.</p>
        <div class="bs-scale__options">
          @for (n of scale; track n) {
            <label class="bs-scale__option">
              <input type="radio" name="confidence" formControlName="confidence" [value]="n" aria-describedby="check-in-hint" />
              <span aria-hidden="true">{{ n }}</span>
              <span class="bs-visually-hidden">{{ n }} out of 10{{ words[n] ? ', ' + words[n] + ' confident' : '' }}</span>
            </label>
          }
        </div>
        @if (form.controls.confidence.value !== null) {
          <p class="bs-scale__chosen">You chose {{ form.controls.confidence.value }} out of 10.</p>
        }
      </fieldset>
      <mat-form-field class="bs-full">
        <mat-label>In your words (optional)</mat-label>
        <textarea matInput id="check-in-words" formControlName="words" rows="2"></textarea>
        <mat-hint><bs-char-count [value]="form.controls.words.value" [max]="2000" /></mat-hint>
        <mat-error>Make it shorter: up to 2,000 characters</mat-error>
      </mat-form-field>
      <button mat-flat-button type="submit" [disabled]="flow.pending()">Save check-in</button>
    </form>
    @if (saved()) {
      <p role="status">Thank you. Your check-in is saved.</p>
    }
  `,
  styles: `
    .bs-full {
      width: 100%;
      margin-bottom: 0.75rem;
    }
    .bs-scale {
      border: 0;
      padding: 0;
      margin: 0 0 1rem;
    }
    legend {
      font-weight: 600;
      padding: 0;
    }
    .bs-scale__options {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(2.75rem, 1fr));
      gap: 0.375rem;
    }
    @media (min-width: 36rem) {
      .bs-scale__options {
        grid-template-columns: repeat(11, minmax(0, 1fr));
      }
    }
    .bs-scale__option {
      position: relative;
      display: flex;
      align-items: center;
      justify-content: center;
      min-height: 2.75rem;
      border: 2px solid #6b4fa0;
      border-radius: 8px;
      background: #fff;
      font-weight: 600;
      cursor: pointer;
    }
    .bs-scale__option input {
      position: absolute;
      inset: 0;
      margin: 0;
      opacity: 0;
      cursor: pointer;
    }
    .bs-scale__option:has(input:checked) {
      background: #4a3a6b;
      color: #fff;
    }
    .bs-scale__option:has(input:focus-visible) {
      outline: 3px solid #1d70b8;
      outline-offset: 2px;
    }
    .bs-scale__chosen {
      margin: 0.5rem 0 0;
    }
  `,
})
export class CheckInForm {
  private readonly store = inject(MyPlanStore);
  protected readonly scale = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  protected readonly words = CONFIDENCE_WORDS;
  protected readonly saved = signal(false);
  protected readonly form = new FormGroup({
    confidence: new FormControl<number | null>(null, { validators: [Validators.required] }),
    words: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(2000)] }),
  });
  protected readonly flow = new FormFlow(this.form, {}, { unsavedChanges: () => this.form.controls.words.value.trim() !== '' });

  protected async submit(): Promise<void> {
    this.saved.set(false);
    const confidence = this.form.controls.confidence.value;
    if (confidence === null) {
      this.flow.errors.set([{ fieldId: 'check-in-confidence', message: 'Choose a number from 0 to 10' }]);
      return;
    }
    if (this.form.controls.words.invalid) {
      this.form.controls.words.markAsTouched();
      this.flow.errors.set([{ fieldId: 'check-in-words', message: 'Make it shorter: up to 2,000 characters' }]);
      return;
    }
    const body = { confidence, words: this.form.controls.words.value.trim() || null };
    // No field descriptions: every problem the API names goes in the summary as it is.
    await this.flow.send({
      body,
      write: (key) => this.store.recordCheckIn(body.confidence, body.words, key),
      saved: () => {
        this.form.reset({ confidence: null, words: '' });
        this.saved.set(true);
      },
    });
  }
}
