import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { SessionStore } from '@beside/web/core';
import { AccountsAdminStore } from '@beside/web/identity/data-access';
import { Notice, PageHeader } from '@beside/web/ui';
import { AccountsTable } from './accounts-table';
import { InviteStaffForm } from './invite-staff-form';

/** Admins: the organisation's accounts. Case content is never shown here. */
@Component({
  selector: 'bs-accounts-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AccountsTable, InviteStaffForm, Notice, PageHeader],
  providers: [AccountsAdminStore],
  template: `
    <bs-page-header heading="Accounts">
      <p>Invite staff, change roles, and disable accounts. Changing a role or disabling an account signs that person out everywhere at once.</p>
    </bs-page-header>
    @if (store.error(); as e) {
      <bs-notice kind="warning">{{ e }}</bs-notice>
    }
    <bs-accounts-table [accounts]="store.accounts()" [selfId]="selfId()" />
    <bs-invite-staff-form />
  `,
})
export class AccountsPage {
  protected readonly store = inject(AccountsAdminStore);
  private readonly session = inject(SessionStore);
  protected readonly selfId = computed(() => this.session.session()?.user?.id ?? null);

  constructor() {
    void this.store.load();
  }
}
