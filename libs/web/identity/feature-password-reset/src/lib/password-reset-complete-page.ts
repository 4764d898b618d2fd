import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import {
  applyApiProblem,
  collectFormErrors,
  fieldErrorMessage,
  FlashNotice,
  toApiProblem,
  type FieldDescriptions,
} from '@beside/web/core';
import { IdentityApi, takeFragmentToken } from '@beside/web/identity/data-access';
import { ErrorSummary, PageHeader, PasswordField, type ErrorSummaryItem } from '@beside/web/ui';
import { firstValueFrom } from 'rxjs';

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
      <bs-error-summary [errors]="errors()" />
      <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <bs-password-field
          [control]="form.controls.password"
          [inputId]="fields.password.id"
          label="New password"
          hint="Use at least 15 characters, or at least 8 if you use two-step sign-in. Several unrelated words work well. Very common passwords are not accepted."
          [error]="message()"
          autocomplete="new-password"
        />
        <div class="bs-actions">
          <button mat-flat-button type="submit">{{ pending() ? 'Saving…' : 'Save new password' }}</button>
        </div>
      </form>
    }
  `,
})
export class PasswordResetCompletePage {
  private readonly api = inject(IdentityApi);
  private readonly router = inject(Router);
  private readonly flash = inject(FlashNotice);
  private readonly document = inject(DOCUMENT);
  private readonly token = takeFragmentToken(this.document.location, this.document.defaultView!.history);

  protected readonly fields = FIELDS;
  protected readonly invalid = signal(!this.token);
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly pending = signal(false);
  protected readonly form = new FormGroup({
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  protected message(): string | null {
    return fieldErrorMessage(this.form.controls.password, FIELDS.password);
  }

  protected async submit(): Promise<void> {
    if (this.pending() || !this.token) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errors.set(collectFormErrors(this.form, FIELDS));
      return;
    }
    this.pending.set(true);
    try {
      await firstValueFrom(this.api.completePasswordReset(this.token, this.form.getRawValue().password));
      this.flash.set('Your password has been changed. Sign in with your new password.');
      await this.router.navigateByUrl('/sign-in');
    } catch (error) {
      const problem = toApiProblem(error);
      if (error instanceof HttpErrorResponse && error.status === 404) {
        this.invalid.set(true);
        return;
      }
      this.errors.set(applyApiProblem(this.form, problem, FIELDS, 'password'));
    } finally {
      this.pending.set(false);
    }
  }
}
