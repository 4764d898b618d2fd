import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Router } from '@angular/router';
import type { InvitationView } from '@beside/shared/contracts';
import {
  applyApiProblem,
  collectFormErrors,
  fieldErrorMessage,
  FlashNotice,
  toApiProblem,
  type FieldDescriptions,
} from '@beside/web/core';
import { IdentityApi, takeFragmentToken } from '@beside/web/identity/data-access';
import { ErrorSummary, Notice, PageHeader, PasswordField, type ErrorSummaryItem } from '@beside/web/ui';
import { firstValueFrom } from 'rxjs';

const FIELDS: FieldDescriptions<'password'> = {
  password: { id: 'invitation-password', label: 'Password', messages: { required: 'Enter a password' } },
};

type State = 'checking' | 'ready' | 'invalid' | 'unreachable';

@Component({
  selector: 'bs-invitation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, ErrorSummary, Notice, PageHeader, PasswordField],
  templateUrl: './invitation-page.html',
})
export class InvitationPage {
  private readonly api = inject(IdentityApi);
  private readonly router = inject(Router);
  private readonly flash = inject(FlashNotice);
  private readonly document = inject(DOCUMENT);
  // Read once from the #fragment, which never reaches a server log, then kept only in memory.
  private readonly token = takeFragmentToken(this.document.location, this.document.defaultView!.history);

  protected readonly fields = FIELDS;
  protected readonly state = signal<State>(this.token ? 'checking' : 'invalid');
  protected readonly invitation = signal<InvitationView | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly pending = signal(false);
  protected readonly isServiceUser = computed(() => this.invitation()?.role === 'service_user');
  protected readonly hint = computed(() => {
    const min = this.invitation()?.passwordMinLength ?? 15;
    return `Use at least ${min} characters. Several unrelated words work well. Very common passwords are not accepted.`;
  });
  protected readonly form = new FormGroup({
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  constructor() {
    void this.open();
  }

  protected message(): string | null {
    return fieldErrorMessage(this.form.controls.password, FIELDS.password);
  }

  private async open(): Promise<void> {
    if (!this.token) return;
    try {
      this.invitation.set(await firstValueFrom(this.api.openInvitation(this.token)));
      this.state.set('ready');
    } catch (error) {
      const invalid = error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400);
      this.problem.set(invalid ? null : toApiProblem(error).messages.join(' '));
      this.state.set(invalid ? 'invalid' : 'unreachable');
    }
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
      await firstValueFrom(this.api.acceptInvitation(this.token, this.form.getRawValue().password));
      this.flash.set('Your password is set. You can now sign in.');
      await this.router.navigateByUrl('/sign-in');
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 404) {
        this.state.set('invalid');
        return;
      }
      this.errors.set(applyApiProblem(this.form, toApiProblem(error), FIELDS, 'password'));
    } finally {
      this.pending.set(false);
    }
  }
}
