import { ChangeDetectionStrategy, Component, inject, input, type OnInit, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { RetentionRuleView } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { RetentionStore } from '@beside/web/data-protection/data-access';
import { ErrorSummary } from '@beside/web/ui';

type Field = 'keepMonths' | 'reason';

/** A record type's period in whole months (at least 1) and the reason for it; the change is audited. */
@Component({
  selector: 'bs-retention-rule-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.aria-label]="'Change the period'">
      <mat-form-field class="bs-field bs-field--short">
        <mat-label>Months</mat-label>
        <input matInput type="number" min="1" step="1" inputmode="numeric" [id]="fields.keepMonths.id" formControlName="keepMonths" />
        <mat-hint>Whole months, at least 1</mat-hint>
        <mat-error>{{ flow.message('keepMonths') }}</mat-error>
      </mat-form-field>
      <mat-form-field class="bs-field bs-field--wide">
        <mat-label>Why this period</mat-label>
        <textarea matInput [id]="fields.reason.id" formControlName="reason" rows="3"></textarea>
        <mat-error>{{ flow.message('reason') }}</mat-error>
      </mat-form-field>
      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">Save the period</button>
        <button mat-button type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
  styles: `
    .bs-field--wide { max-width: 44rem; }
    mat-form-field.bs-field { display: flex; }
  `,
})
export class RetentionRuleForm implements OnInit {
  readonly rule = input.required<RetentionRuleView>();
  readonly done = output<void>();
  readonly cancelled = output<void>();
  private readonly store = inject(RetentionStore);
  protected fields!: FieldDescriptions<Field>;
  protected readonly form = new FormGroup({
    keepMonths: new FormControl<number | null>(null, { validators: [Validators.required, Validators.min(1), Validators.pattern(/^\d+$/)] }),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(2000)] }),
  });
  protected flow!: FormFlow<FormGroup, Field>;

  ngOnInit(): void {
    const type = this.rule().recordType;
    this.fields = {
      keepMonths: { id: `rule-${type}-months`, label: 'Months', messages: { required: 'Enter the period in months', min: 'The period must be at least 1 month', pattern: 'Enter a whole number of months' } },
      reason: { id: `rule-${type}-reason`, label: 'Reason', messages: { required: 'Say why this period', maxlength: 'Make it 2,000 characters or fewer' } },
    };
    this.form.setValue({ keepMonths: this.rule().keepMonths, reason: '' });
    this.flow = new FormFlow(this.form, this.fields);
  }

  protected async submit(): Promise<void> {
    if (!this.form.controls.reason.value.trim()) this.form.controls.reason.setValue('');
    await this.flow.submit(() => {
      const body = { keepMonths: Number(this.form.controls.keepMonths.value), reason: this.form.controls.reason.value.trim() };
      return { body, write: () => this.store.saveRule(this.rule().recordType, body), saved: () => this.done.emit() };
    });
  }
}
