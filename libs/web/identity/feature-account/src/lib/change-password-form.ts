import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  applyApiProblem,
  collectFormErrors,
  fieldErrorMessage,
  toApiProblem,
  type FieldDescriptions,
} from '@beside/web/core';
import { AccountStore } from '@beside/web/identity/data-access';
import { ErrorSummary, Notice, PasswordField, type ErrorSummaryItem } from '@beside/web/ui';

type Field = 'currentPassword' | 'newPassword';

const FIELDS: FieldDescriptions<Field> = {
  currentPassword: {
    id: 'current-password',
    label: 'Current password',
    messages: { required: 'Enter your current password' },
  },
  newPassword: { id: 'new-password', label: 'New password', messages: { required: 'Enter a new password' } },
};

@Component({
  selector: 'bs-change-password-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, ErrorSummary, Notice, PasswordField],
  template: `
    <section class="bs-section" aria-labelledby="change-password-heading">
      <h2 id="change-password-heading">Change your password</h2>
      @if (done()) {
        <bs-notice kind="success">Your password has been changed.</bs-notice>
      }
      <bs-error-summary [errors]="errors()" />
      <form class="bs-form" [formGroup]="form" (ngSubmit)="submit(formDirective)" #formDirective="ngForm" novalidate>
        <bs-password-field
          [control]="form.controls.currentPassword"
          [inputId]="fields.currentPassword.id"
          label="Current password"
          [error]="message('currentPassword')"
          autocomplete="current-password"
        />
        <bs-password-field
          [control]="form.controls.newPassword"
          [inputId]="fields.newPassword.id"
          label="New password"
          [hint]="hint()"
          [error]="message('newPassword')"
          autocomplete="new-password"
        />
        <div class="bs-actions">
          <button mat-flat-button type="submit">{{ pending() ? 'Changing…' : 'Change password' }}</button>
        </div>
      </form>
    </section>
  `,
})
export class ChangePasswordForm {
  readonly mfaEnabled = input(false);
  private readonly store = inject(AccountStore);
  protected readonly fields = FIELDS;
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly pending = signal(false);
  protected readonly done = signal(false);
  protected readonly hint = computed(() =>
    this.mfaEnabled()
      ? 'Use at least 8 characters (15 if you turn off two-step sign-in). Several unrelated words work well. Very common passwords are not accepted.'
      : 'Use at least 15 characters. Several unrelated words work well. Very common passwords are not accepted.',
  );
  protected readonly form = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    newPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  protected message(field: Field): string | null {
    return fieldErrorMessage(this.form.controls[field], FIELDS[field]);
  }

  protected async submit(formDirective: FormGroupDirective): Promise<void> {
    if (this.pending()) return;
    this.done.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errors.set(collectFormErrors(this.form, FIELDS));
      return;
    }
    this.pending.set(true);
    try {
      const { currentPassword, newPassword } = this.form.getRawValue();
      await this.store.changePassword(currentPassword, newPassword);
      formDirective.resetForm();
      this.errors.set([]);
      this.done.set(true);
    } catch (error) {
      this.errors.set(applyApiProblem(this.form, toApiProblem(error), FIELDS));
    } finally {
      this.pending.set(false);
    }
  }
}
