import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { SignInStore } from '@beside/web/identity/data-access';
import { ErrorSummary, FormField, Notice, PageHeader } from '@beside/web/ui';

const FIELDS: FieldDescriptions<'email'> = {
  email: {
    id: 'reset-email',
    label: 'Email address',
    messages: {
      required: 'Enter your email address',
      email: 'Enter an email address in the right format, like name@example.com',
    },
  },
};

@Component({
  selector: 'bs-password-reset-request-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, ErrorSummary, Notice, PageHeader, FormField],
  template: `
    <bs-page-header heading="Reset your password">
      <p>Enter the email address you use for Beside. If it has an account, we will send a link to set a new password.</p>
    </bs-page-header>
    @if (sent(); as message) {
      <bs-notice kind="success">{{ message }}</bs-notice>
      <p>The link works once and for a limited time. If nothing arrives, check your spam folder or ask your advocate or manager.</p>
      <p><a routerLink="/sign-in">Back to sign in</a></p>
    } @else {
      <bs-error-summary [errors]="flow.errors()" />
      <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <bs-form-field name="email" [flow]="flow" label="Email address" type="email" autocomplete="email" [spellcheck]="false" autocapitalize="none" />
        <div class="bs-actions">
          <button mat-flat-button type="submit">{{ flow.pending() ? 'Sending…' : 'Send reset link' }}</button>
        </div>
      </form>
      <p><a routerLink="/sign-in">Back to sign in</a></p>
    }
  `,
})
export class PasswordResetRequestPage {
  private readonly signIn = inject(SignInStore);
  protected readonly sent = signal<string | null>(null);
  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS);

  protected async submit(): Promise<void> {
    await this.flow.submit(() => ({
      body: null,
      write: () => this.signIn.requestPasswordReset(this.form.getRawValue().email.trim()),
      saved: (answer) => this.sent.set(answer?.message || 'If that address has an account, we have sent it a link to reset the password.'),
    }));
  }
}
