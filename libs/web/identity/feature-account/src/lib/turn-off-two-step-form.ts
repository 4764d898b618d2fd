import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { AccountStore } from '@beside/web/identity/data-access';
import { ErrorSummary, PasswordField } from '@beside/web/ui';
import { from } from 'rxjs';

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
    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <bs-password-field
        [control]="form.controls.password"
        [inputId]="fields.password.id"
        label="Your password"
        [error]="flow.message('password')"
        autocomplete="current-password"
      />
      <div class="bs-actions">
        <button mat-stroked-button type="submit">{{ flow.pending() ? 'Turning off…' : 'Turn off two-step sign-in' }}</button>
      </div>
    </form>
  `,
})
export class TurnOffTwoStepForm {
  private readonly store = inject(AccountStore);
  protected readonly fields = FIELDS;
  protected readonly form = new FormGroup({
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { fallbackField: 'password' });

  protected async submit(): Promise<void> {
    // The store's calls throw: as a request, a failure comes back as the problem to show.
    await this.flow.submit(() => ({ body: null, write: () => from(this.store.turnOffMfa(this.form.getRawValue().password)) }));
  }
}
