import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { londonToday } from '@beside/shared/util';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { JourneySafetyPlanStore } from '@beside/web/safety/data-access';
import { ErrorSummary } from '@beside/web/ui';

const FIELDS: FieldDescriptions<'reviewOn'> = {
  reviewOn: {
    id: 'plan-review-on',
    label: 'Review date',
    messages: { required: 'Enter the date to look at the plan again with her', past: 'The review date must be today or later' },
  },
};

function notInPast(control: AbstractControl): ValidationErrors | null {
  return typeof control.value === 'string' && control.value !== '' && control.value < londonToday() ? { past: true } : null;
}

/** When to look at her safety plan again with her: today or later. */
@Component({
  selector: 'bs-plan-review-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form [formGroup]="form" (ngSubmit)="save()" novalidate aria-label="Review date">
      <mat-form-field class="bs-field bs-field--short">
        <mat-label>Review date</mat-label>
        <input matInput type="date" id="plan-review-on" formControlName="reviewOn" [min]="today" />
        <mat-error>{{ flow.message('reviewOn') }}</mat-error>
      </mat-form-field>
      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">Save the review date</button>
        <button mat-button type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class PlanReviewForm {
  readonly saved = output<void>();
  readonly cancelled = output<void>();
  private readonly store = inject(JourneySafetyPlanStore);
  protected readonly today = londonToday();
  protected readonly form = new FormGroup({
    reviewOn: new FormControl(this.store.plan()?.reviewOn ?? '', { nonNullable: true, validators: [Validators.required, notInPast] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { fallbackField: 'reviewOn' });

  protected async save(): Promise<void> {
    const reviewOn = this.form.controls.reviewOn.value;
    await this.flow.submit({ body: { reviewOn }, write: () => this.store.setReview(reviewOn), saved: () => this.saved.emit(), conflict: 'notice' });
  }
}
