import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { SessionStore } from '@beside/web/core';
import { AccountStore, SignOut } from '@beside/web/identity/data-access';
import { Notice, PageHeader } from '@beside/web/ui';
import { ChangePasswordForm } from './change-password-form';
import { EmailAlertsSection } from './email-alerts-section';
import { SessionsList } from './sessions-list';
import { TwoStepSection } from './two-step-section';
import { ROLE_LABELS } from './role-labels';

@Component({
  selector: 'bs-account-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, Notice, PageHeader, ChangePasswordForm, EmailAlertsSection, SessionsList, TwoStepSection],
  providers: [AccountStore],
  templateUrl: './account-page.html',
  styleUrl: './account-page.scss',
})
export class AccountPage {
  protected readonly store = inject(AccountStore);
  protected readonly session = inject(SessionStore);
  protected readonly signOut = inject(SignOut);
  protected readonly roleLabel = computed(() => {
    const role = this.store.account()?.role;
    return role ? ROLE_LABELS[role] : '';
  });

  constructor() {
    void this.store.load();
  }
}
