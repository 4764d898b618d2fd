import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { type FieldDescriptions, FlashNotice, FormFlow } from '@beside/web/core';
import { SignInStore, takeFragmentToken } from '@beside/web/identity/data-access';
import { ErrorSummary, PageHeader, PasswordField } from '@beside/web/ui';

const FIELDS: FieldDescriptions<'password'> = {
  password: { id: 'reset-password', label: 'New password', messages: { required: 'Enter a new password' } },
};

@Component({
  selector: 'bs-password-reset-complete-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, ErrorSummary, PageHeader, PasswordField],
  template: `
    @if (invalid()) {
      <bs-page-header heading="This reset link does not work" />
      <p>The link may have expired, been used already, or been copied only in part.</p>
      <p><a routerLink="/password-reset">Ask for a new reset link</a></p>
    } @else {
      <bs-page-header heading="Choose a new password" />
      <bs-error-summary [errors]="flow.errors()" />
      <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <bs-password-field
          [control]="form.controls.password"
          [inputId]="fields.password.id"
          label="New password"
          hint="Use at least 15 characters, or at least 8 if you use two-step sign-in. Several unrelated words work well. Very common passwords are not accepted."
          [error]="flow.message('password')"
          autocomplete="new-password"
        />
        <div class="bs-actions">
          <button mat-flat-button type="submit">{{ flow.pending() ? 'Saving…' : 'Save new password' }}</button>
        </div>
      </form>
    }
  `,
})
export class PasswordResetCompletePage {
  private readonly signIn = inject(SignInStore);
  private readonly router = inject(Router);
  private readonly flash = inject(FlashNotice);
  private readonly document = inject(DOCUMENT);
  private readonly token = takeFragmentToken(this.document.location, this.document.defaultView!.history);

  protected readonly fields = FIELDS;
  protected readonly invalid = signal(!this.token);
  protected readonly form = new FormGroup({
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { fallbackField: 'password' });

  protected async submit(): Promise<void> {
    const token = this.token;
    if (!token) return;
    await this.flow.submit(() => ({
      body: null,
      write: () => this.signIn.completePasswordReset(token, this.form.getRawValue().password),
      saved: async () => {
        this.flash.set('Your password has been changed. Sign in with your new password.');
        await this.router.navigateByUrl('/sign-in');
      },
      problem: (problem) => {
        if (problem.status !== 404) return problem;
        this.invalid.set(true);
        return null;
      },
    }));
  }
}
