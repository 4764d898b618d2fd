import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Router } from '@angular/router';
import type { InvitationView } from '@beside/shared/contracts';
import { type FieldDescriptions, FlashNotice, FormFlow } from '@beside/web/core';
import { SignInStore, takeFragmentToken } from '@beside/web/identity/data-access';
import { ErrorSummary, Notice, PageHeader, PasswordField } from '@beside/web/ui';

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
  private readonly signIn = inject(SignInStore);
  private readonly router = inject(Router);
  private readonly flash = inject(FlashNotice);
  private readonly document = inject(DOCUMENT);
  // Read once from the #fragment, which never reaches a server log, then kept only in memory.
  private readonly token = takeFragmentToken(this.document.location, this.document.defaultView!.history);

  protected readonly fields = FIELDS;
  protected readonly state = signal<State>(this.token ? 'checking' : 'invalid');
  protected readonly invitation = signal<InvitationView | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly isServiceUser = computed(() => this.invitation()?.role === 'service_user');
  protected readonly hint = computed(() => {
    const min = this.invitation()?.passwordMinLength ?? 15;
    return `Use at least ${min} characters. Several unrelated words work well. Very common passwords are not accepted.`;
  });
  protected readonly form = new FormGroup({
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { fallbackField: 'password' });

  constructor() {
    void this.open();
  }

  private async open(): Promise<void> {
    if (!this.token) return;
    const result = await this.signIn.openInvitation(this.token);
    if (result.ok) {
      this.invitation.set(result.value);
      this.state.set('ready');
      return;
    }
    const invalid = result.problem.status === 404 || result.problem.status === 400;
    this.problem.set(invalid ? null : result.problem.messages.join(' '));
    this.state.set(invalid ? 'invalid' : 'unreachable');
  }

  protected async submit(): Promise<void> {
    const token = this.token;
    if (!token) return;
    await this.flow.submit(() => ({
      body: null,
      write: () => this.signIn.acceptInvitation(token, this.form.getRawValue().password),
      saved: async () => {
        this.flash.set('Your password is set. You can now sign in.');
        await this.router.navigateByUrl('/sign-in');
      },
      problem: (problem) => {
        if (problem.status !== 404) return problem;
        this.state.set('invalid');
        return null;
      },
    }));
  }
}
