import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { londonToday } from '@beside/shared/util';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { RetentionStore } from '@beside/web/data-protection/data-access';
import { ErrorSummary } from '@beside/web/ui';

type Field = 'keepUntil' | 'reason';

/** "Keep until … because …": a date after today and a reason, both required; not due again until then. */
@Component({
  selector: 'bs-keep-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary],
  template: `
    @let f = fields();
    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.aria-label]="'Keep the record of ' + name()">
      <mat-form-field class="bs-field bs-field--short">
        <mat-label>Keep until</mat-label>
        <input matInput type="date" [id]="f.keepUntil.id" formControlName="keepUntil" [min]="tomorrow" />
        <mat-error>{{ flow.message('keepUntil') }}</mat-error>
      </mat-form-field>
      <mat-form-field class="bs-field bs-field--wide">
        <mat-label>Because</mat-label>
        <textarea matInput [id]="f.reason.id" formControlName="reason" rows="2"></textarea>
        <mat-hint>For example, a claim is expected, or an inquiry has asked for it</mat-hint>
        <mat-error>{{ flow.message('reason') }}</mat-error>
      </mat-form-field>
      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">Keep it</button>
        <button mat-button type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
  styles: `
    .bs-field--wide { max-width: 44rem; }
    mat-form-field.bs-field { display: flex; }
  `,
})
export class KeepForm {
  readonly reviewId = input.required<string>();
  readonly name = input.required<string>();
  readonly done = output<string>();
  readonly cancelled = output<void>();
  private readonly store = inject(RetentionStore);
  protected readonly tomorrow = dayAfter(londonToday());
  protected readonly fields = computed<FieldDescriptions<Field>>(() => ({
    keepUntil: { id: `keep-${this.reviewId()}-until`, label: 'Keep until', messages: { required: 'Enter the date to keep it until', min: 'The date must be after today' } },
    reason: { id: `keep-${this.reviewId()}-reason`, label: 'Reason', messages: { required: 'Say why it is kept longer', maxlength: 'Make it 2,000 characters or fewer' } },
  }));
  protected readonly form = new FormGroup({
    keepUntil: new FormControl('', { nonNullable: true, validators: [Validators.required, (c) => (c.value && c.value <= londonToday() ? { min: true } : null)] }),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(2000)] }),
  });
  protected readonly flow = new FormFlow(this.form, () => this.fields(), { unsavedChanges: true });

  protected async submit(): Promise<void> {
    if (!this.form.controls.reason.value.trim()) this.form.controls.reason.setValue('');
    await this.flow.submit(() => {
      const body = { keepUntil: this.form.controls.keepUntil.value, reason: this.form.controls.reason.value.trim() };
      return {
        body,
        write: (key) => this.store.keep(this.reviewId(), body, key),
        saved: () => {
          this.form.markAsPristine();
          this.done.emit(body.keepUntil);
        },
      };
    });
  }
}

function dayAfter(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
