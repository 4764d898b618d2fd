import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { AccountStore } from '@beside/web/identity/data-access';
import { ErrorSummary, Notice, PasswordField } from '@beside/web/ui';
import { from } from 'rxjs';

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
      <bs-error-summary [errors]="flow.errors()" />
      <form class="bs-form" [formGroup]="form" (ngSubmit)="submit(formDirective)" #formDirective="ngForm" novalidate>
        <bs-password-field
          [control]="form.controls.currentPassword"
          [inputId]="fields.currentPassword.id"
          label="Current password"
          [error]="flow.message('currentPassword')"
          autocomplete="current-password"
        />
        <bs-password-field
          [control]="form.controls.newPassword"
          [inputId]="fields.newPassword.id"
          label="New password"
          [hint]="hint()"
          [error]="flow.message('newPassword')"
          autocomplete="new-password"
        />
        <div class="bs-actions">
          <button mat-flat-button type="submit">{{ flow.pending() ? 'Changing…' : 'Change password' }}</button>
        </div>
      </form>
    </section>
  `,
})
export class ChangePasswordForm {
  readonly mfaEnabled = input(false);
  private readonly store = inject(AccountStore);
  protected readonly fields = FIELDS;
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
  protected readonly flow = new FormFlow(this.form, FIELDS);

  protected async submit(formDirective: FormGroupDirective): Promise<void> {
    if (this.flow.pending()) return;
    this.done.set(false);
    await this.flow.submit(() => {
      const { currentPassword, newPassword } = this.form.getRawValue();
      return {
        body: null,
        write: () => from(this.store.changePassword(currentPassword, newPassword)),
        saved: () => {
          formDirective.resetForm();
          this.done.set(true);
        },
      };
    });
  }
}
