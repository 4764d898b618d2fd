import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import type { ReviewHiddenAssessmentRequest, RiskAssessmentView } from '@beside/shared/contracts';
import { confirmWith, type FieldDescriptions, FormFlow } from '@beside/web/core';
import { JourneyRiskAssessmentsStore } from '@beside/web/safety/data-access';
import { CharCount, ErrorSummary } from '@beside/web/ui';

const MAX_REASON = 1000;

/** Looking again at a decision to keep an assessment from her: still keep it (a new review date), or show it to her. */
@Component({
  selector: 'bs-review-hidden-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, ErrorSummary, CharCount],
  template: `
    @let id = assessment().id;
    <bs-error-summary [errors]="flow.errors()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-label="Review the decision to keep it from her">
      <fieldset class="bs-choice" [class.bs-checkbox--error]="!!flow.message('decision')">
        <legend [id]="'review-decision-legend-' + id">Is it safe to show her now?</legend>
        @if (flow.message('decision'); as m) {
          <p class="bs-inline-error">{{ m }}</p>
        }
        <mat-radio-group formControlName="decision" class="bs-choice__answers" [attr.aria-labelledby]="'review-decision-legend-' + id">
          <mat-radio-button [id]="'review-keep-' + id" value="keep">No: keep it from her</mat-radio-button>
          <mat-radio-button [id]="'review-show-' + id" value="show">Yes: show it to her</mat-radio-button>
        </mat-radio-group>
      </fieldset>
      <mat-form-field class="bs-field">
        <mat-label>Your reason</mat-label>
        <textarea matInput [id]="'review-reason-' + id" formControlName="reason" rows="3"></textarea>
        <mat-hint><bs-char-count [value]="form.controls.reason.value" [max]="maxReason" /></mat-hint>
        <mat-error>{{ flow.message('reason') }}</mat-error>
      </mat-form-field>
      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">Record the review</button>
        <button mat-button type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
  styles: `
    .bs-choice {
      border: 0;
      padding: 0;
      margin: 0 0 1rem;
      min-width: 0;
    }
    legend {
      font-weight: 600;
      padding: 0;
    }
    .bs-choice__answers {
      display: flex;
      flex-direction: column;
    }
  `,
})
export class ReviewHiddenForm {
  readonly assessment = input.required<RiskAssessmentView>();
  readonly done = output<RiskAssessmentView>();
  readonly cancelled = output<void>();
  private readonly store = inject(JourneyRiskAssessmentsStore);
  private readonly dialog = inject(MatDialog);
  protected readonly maxReason = MAX_REASON;
  protected readonly form = new FormGroup({
    decision: new FormControl<'keep' | 'show' | null>(null, { validators: [Validators.required] }),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(MAX_REASON)] }),
  });
  protected readonly flow = new FormFlow<FormGroup, 'decision' | 'reason'>(this.form, (): FieldDescriptions<'decision' | 'reason'> => ({
    decision: { id: `review-keep-${this.assessment().id}-input`, label: 'Decision', messages: { required: 'Choose whether to keep it from her or show it to her' } },
    reason: {
      id: `review-reason-${this.assessment().id}`,
      label: 'Reason',
      messages: { required: 'Give the reason for your decision', maxlength: 'Make the reason 1,000 characters or fewer' },
    },
  }), { fallbackField: 'reason' });

  protected async submit(): Promise<void> {
    if (this.flow.pending() || !this.flow.validate()) return;
    const keepHidden = this.form.controls.decision.value === 'keep';
    const ok = await confirmWith(this.dialog, keepHidden
      ? { title: 'Keep it from her?', body: 'It stays out of her portal, and the decision is looked at again after a set time.', confirm: 'Keep it from her', cancel: 'Go back' }
      : { title: 'Show it to her?', body: 'It will show in her portal, with her answers and the notes.', confirm: 'Show it to her', cancel: 'Go back' });
    if (!ok) return;
    const request: ReviewHiddenAssessmentRequest = { keepHidden, reason: this.form.controls.reason.value.trim() };
    await this.flow.send({ body: request, write: (key) => this.store.reviewHidden(this.assessment().id, request, key), saved: (a) => this.done.emit(a) });
  }
}
