import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import type { InvitationView } from '@beside/shared/contracts';
import type { FieldDescription } from '@beside/web/core';
import { SignInStore, takeFragmentToken } from '@beside/web/identity/data-access';
import { SetPasswordForm } from '@beside/web/identity/feature-password-reset';
import { Notice, PageHeader } from '@beside/web/ui';

const FIELD: FieldDescription = { id: 'invitation-password', label: 'Password', messages: { required: 'Enter a password' } };

type State = 'checking' | 'ready' | 'invalid' | 'unreachable';

@Component({
  selector: 'bs-invitation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Notice, PageHeader, SetPasswordForm],
  templateUrl: './invitation-page.html',
})
export class InvitationPage {
  private readonly signIn = inject(SignInStore);
  private readonly document = inject(DOCUMENT);
  // Read once from the #fragment, which never reaches a server log, then kept only in memory.
  private readonly token = takeFragmentToken(this.document.location, this.document.defaultView!.history);

  protected readonly field = FIELD;
  protected readonly state = signal<State>(this.token ? 'checking' : 'invalid');
  protected readonly invitation = signal<InvitationView | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly isServiceUser = computed(() => this.invitation()?.role === 'service_user');
  protected readonly hint = computed(() => {
    const min = this.invitation()?.passwordMinLength ?? 15;
    return `Use at least ${min} characters. Several unrelated words work well. Very common passwords are not accepted.`;
  });
  protected readonly save = (password: string) => this.signIn.acceptInvitation(this.token ?? '', password);

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
}
