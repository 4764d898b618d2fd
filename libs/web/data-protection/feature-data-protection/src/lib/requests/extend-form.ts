import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { DataRequestStore } from '@beside/web/data-protection/data-access';
import { ErrorSummary } from '@beside/web/ui';
import { refusalTo } from '../shared/refusal';

type Field = 'months' | 'reason';

const FIELDS: FieldDescriptions<Field> = {
  months: { id: 'extend-months', label: 'Months', messages: { required: 'Choose one or two further months' } },
  reason: { id: 'extend-reason', label: 'Reason', messages: { required: 'Say why more time is needed', maxlength: 'Make the reason 2,000 characters or fewer' } },
};

/** One extension of one or two further months, with the reason (Article 12(3)). */
@Component({
  selector: 'bs-extend-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, ErrorSummary],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="extend-heading">
      <fieldset class="bs-fieldset" [id]="fields.months.id" tabindex="-1">
        <legend>How much more time</legend>
        <mat-radio-group formControlName="months" class="bs-radios">
          <mat-radio-button [value]="1">One further month</mat-radio-button>
          <mat-radio-button [value]="2">Two further months</mat-radio-button>
        </mat-radio-group>
      </fieldset>
      <mat-form-field class="bs-field bs-field--wide">
        <mat-label>Why more time is needed</mat-label>
        <textarea matInput [id]="fields.reason.id" formControlName="reason" rows="3"></textarea>
        <mat-hint>She is told this reason with the new date</mat-hint>
        <mat-error>{{ flow.message('reason') }}</mat-error>
      </mat-form-field>
      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">Extend</button>
        <button mat-button type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
  styles: `
    .bs-fieldset { border: 0; padding: 0; margin: 0 0 1rem; }
    legend { font-weight: 700; padding: 0; }
    .bs-radios { display: flex; flex-wrap: wrap; gap: 0 1rem; }
    .bs-field--wide { max-width: 44rem; }
    mat-form-field.bs-field { display: flex; }
  `,
})
export class ExtendForm {
  readonly done = output<void>();
  readonly cancelled = output<void>();
  readonly refused = output<string>();
  private readonly store = inject(DataRequestStore);
  protected readonly fields = FIELDS;
  protected readonly form = new FormGroup({
    months: new FormControl<1 | 2>(1, { nonNullable: true, validators: [Validators.required] }),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(2000)] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { unsavedChanges: true });

  protected async submit(): Promise<void> {
    if (!this.form.controls.reason.value.trim()) this.form.controls.reason.setValue('');
    await this.flow.submit(() => {
      const body = { months: this.form.controls.months.value, reason: this.form.controls.reason.value.trim() };
      return {
        body,
        write: (key) => this.store.extend(body, key),
        saved: () => {
          this.form.markAsPristine();
          this.done.emit();
        },
        problem: refusalTo(this.refused),
      };
    });
  }
}
