import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { FieldDescription } from '@beside/web/core';
import { SignInStore, takeFragmentToken } from '@beside/web/identity/data-access';
import { PageHeader } from '@beside/web/ui';
import { SetPasswordForm } from './set-password-form';

const FIELD: FieldDescription = { id: 'reset-password', label: 'New password', messages: { required: 'Enter a new password' } };

@Component({
  selector: 'bs-password-reset-complete-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, PageHeader, SetPasswordForm],
  template: `
    @if (invalid()) {
      <bs-page-header heading="This reset link does not work" />
      <p>The link may have expired, been used already, or been copied only in part.</p>
      <p><a routerLink="/password-reset">Ask for a new reset link</a></p>
    } @else {
      <bs-page-header heading="Choose a new password" />
      <bs-set-password-form
        [field]="field"
        label="New password"
        hint="Use at least 15 characters, or at least 8 if you use two-step sign-in. Several unrelated words work well. Very common passwords are not accepted."
        action="Save new password"
        [save]="save"
        signInNotice="Your password has been changed. Sign in with your new password."
        (expired)="invalid.set(true)"
      />
    }
  `,
})
export class PasswordResetCompletePage {
  private readonly signIn = inject(SignInStore);
  private readonly document = inject(DOCUMENT);
  private readonly token = takeFragmentToken(this.document.location, this.document.defaultView!.history);

  protected readonly field = FIELD;
  protected readonly invalid = signal(!this.token);
  protected readonly save = (password: string) => this.signIn.completePasswordReset(this.token ?? '', password);
}
