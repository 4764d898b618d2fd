import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  applyApiProblem,
  collectFormErrors,
  fieldErrorMessage,
  toApiProblem,
  type FieldDescriptions,
} from '@beside/web/core';
import { AccountStore } from '@beside/web/identity/data-access';
import { ErrorSummary, PasswordField, type ErrorSummaryItem } from '@beside/web/ui';

const FIELDS: FieldDescriptions<'password'> = {
  password: { id: 'turn-off-password', label: 'Password', messages: { required: 'Enter your password' } },
};

/** Only service users may turn two-step sign-in off; the API refuses staff. */
@Component({
  selector: 'bs-turn-off-two-step-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, ErrorSummary, PasswordField],
  template: `
    <h3>Turn off two-step sign-in</h3>
    <p>You can turn it off if the codes are hard to use. Your password then needs to be at least 15 characters.</p>
    <bs-error-summary [errors]="errors()" />
    <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <bs-password-field
        [control]="form.controls.password"
        [inputId]="fields.password.id"
        label="Your password"
        [error]="message()"
        autocomplete="current-password"
      />
      <div class="bs-actions">
        <button mat-stroked-button type="submit">{{ pending() ? 'Turning off…' : 'Turn off two-step sign-in' }}</button>
      </div>
    </form>
  `,
})
export class TurnOffTwoStepForm {
  private readonly store = inject(AccountStore);
  protected readonly fields = FIELDS;
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly pending = signal(false);
  protected readonly form = new FormGroup({
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  protected message(): string | null {
    return fieldErrorMessage(this.form.controls.password, FIELDS.password);
  }

  protected async submit(): Promise<void> {
    if (this.pending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errors.set(collectFormErrors(this.form, FIELDS));
      return;
    }
    this.pending.set(true);
    try {
      await this.store.turnOffMfa(this.form.getRawValue().password);
    } catch (error) {
      this.errors.set(applyApiProblem(this.form, toApiProblem(error), FIELDS, 'password'));
    } finally {
      this.pending.set(false);
    }
  }
}
