import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { RiskAssessmentView } from '@beside/shared/contracts';
import { confirmWith, type FieldDescriptions, FormFlow } from '@beside/web/core';
import { JourneyRiskAssessmentsStore } from '@beside/web/safety/data-access';
import { CharCount, ErrorSummary } from '@beside/web/ui';

const MAX_REASON = 1000;

/** A manager's decision that an assessment is not safe to show her now: kept from her portal, with the reason, until it is looked at again. */
@Component({
  selector: 'bs-hide-assessment-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary, CharCount],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.aria-label]="'Not safe to show her: ' + assessment().checklistName">
      <p>It will not show in her portal. The decision is recorded and looked at again after a set time.</p>
      <mat-form-field class="bs-field">
        <mat-label>Why it is not safe to show her now</mat-label>
        <textarea matInput [id]="fieldId()" formControlName="reason" rows="3"></textarea>
        <mat-hint><bs-char-count [value]="form.controls.reason.value" [max]="maxReason" /></mat-hint>
        <mat-error>{{ flow.message('reason') }}</mat-error>
      </mat-form-field>
      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">Keep it from her</button>
        <button mat-button type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class HideAssessmentForm {
  readonly assessment = input.required<RiskAssessmentView>();
  readonly done = output<RiskAssessmentView>();
  readonly cancelled = output<void>();
  private readonly store = inject(JourneyRiskAssessmentsStore);
  private readonly dialog = inject(MatDialog);
  protected readonly maxReason = MAX_REASON;
  protected readonly fieldId = () => `hide-reason-${this.assessment().id}`;
  protected readonly form = new FormGroup({
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(MAX_REASON)] }),
  });
  protected readonly flow = new FormFlow(this.form, (): FieldDescriptions => ({
    reason: {
      id: this.fieldId(),
      label: 'Reason',
      messages: { required: 'Say why it is not safe to show her now', maxlength: 'Make the reason 1,000 characters or fewer' },
    },
  }), { fallbackField: 'reason' });

  protected async submit(): Promise<void> {
    if (this.flow.pending() || !this.flow.validate()) return;
    const ok = await confirmWith(this.dialog, {
      title: 'Keep this assessment from her?',
      body: 'She will not see it in her portal until the decision is looked at again. The reason is recorded.',
      confirm: 'Keep it from her',
      cancel: 'Go back',
    });
    if (!ok) return;
    const reason = this.form.controls.reason.value.trim();
    await this.flow.send({ body: { reason }, write: (key) => this.store.hide(this.assessment().id, reason, key), saved: (a) => this.done.emit(a) });
  }
}
