import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import type { AccountView } from '@beside/shared/contracts';
import { formatLondonDateTime } from '@beside/shared/util';
import { confirmWith } from '@beside/web/core';
import { AccountsAdminStore, type AccountChange } from '@beside/web/identity/data-access';
import { Notice } from '@beside/web/ui';

const ROLE_LABELS: Record<string, string> = {
  service_user: 'Service user',
  advocate: 'Advocate',
  manager: 'Manager',
  admin: 'Admin',
};
const STATUS_LABELS: Record<string, string> = { invited: 'Invited', active: 'Active', disabled: 'Disabled' };

type StaffRole = NonNullable<AccountChange['role']>;

/**
 * Every account with its role and access. Changing either signs that person out everywhere, so each
 * change is confirmed in a dialog first and its outcome said in a notice. Invitations not yet accepted
 * can be sent again (a fresh link) or withdrawn.
 */
@Component({
  selector: 'bs-accounts-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, Notice],
  template: `
    @if (problem(); as p) {
      <bs-notice kind="warning">{{ p }}</bs-notice>
    }
    @if (done(); as d) {
      <bs-notice kind="success">{{ d }}</bs-notice>
    }
    <div class="bs-table-scroll" role="region" aria-label="Accounts" tabindex="0">
      <table>
        <caption class="caption">Accounts in your organisation</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Two-step</th>
            <th scope="col">Access</th>
          </tr>
        </thead>
        <tbody>
          @for (a of accounts(); track a.id) {
            <tr>
              <td>{{ a.displayName }}</td>
              <td>{{ a.email }}</td>
              <td>
                @if (a.role === 'service_user' || a.id === selfId() || a.pendingRole) {
                  {{ roleLabels[a.role] }}
                } @else {
                  <label class="bs-visually-hidden" [for]="'role-' + a.id">Role of {{ a.displayName }}</label>
                  <select [id]="'role-' + a.id" [value]="a.role" (change)="changeRole(a, $event)">
                    <option value="advocate" [selected]="a.role === 'advocate'">Advocate</option>
                    <option value="manager" [selected]="a.role === 'manager'">Manager</option>
                    <option value="admin" [selected]="a.role === 'admin'">Admin</option>
                    <option value="panel_member" [selected]="a.role === 'panel_member'">Lived-experience panel member</option>
                  </select>
                }
                @if (a.pendingRole) {
                  <span class="pending">Waiting for a manager’s approval to become {{ roleLabels[a.pendingRole].toLowerCase() }}</span>
                }
              </td>
              <td>{{ a.mfaEnabled ? 'On' : 'Off' }}</td>
              <td>
                {{ statusLabels[a.status] }}
                @if (a.id !== selfId() && a.status === 'active') {
                  <button mat-button type="button" (click)="changeAccess(a, 'disabled')">Disable<span class="bs-visually-hidden"> {{ a.displayName }}</span></button>
                } @else if (a.id !== selfId() && a.status === 'disabled') {
                  <button mat-button type="button" (click)="changeAccess(a, 'active')">Enable<span class="bs-visually-hidden"> {{ a.displayName }}</span></button>
                } @else if (a.status === 'invited') {
                  @if (!a.pendingRole) {
                    <button mat-button type="button" (click)="resend(a)">Send a new link<span class="bs-visually-hidden"> to {{ a.displayName }}</span></button>
                  }
                  <button mat-button type="button" (click)="withdraw(a)">Withdraw<span class="bs-visually-hidden"> the invitation of {{ a.displayName }}</span></button>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .bs-table-scroll {
      /* Contains the visually hidden text, so it cannot widen the page on a phone. */
      position: relative;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      min-width: 40rem;
    }
    th,
    td {
      text-align: left;
      padding: 0.5rem 0.75rem;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: middle;
    }
    .caption {
      text-align: left;
      font-weight: 600;
      padding-bottom: 0.5rem;
    }
    select {
      font: inherit;
      padding: 0.25rem;
    }
    .pending {
      display: block;
      font-size: 0.875rem;
      color: var(--bs-text-secondary);
    }
  `,
})
export class AccountsTable {
  readonly accounts = input.required<AccountView[]>();
  readonly selfId = input<string | null>(null);
  private readonly store = inject(AccountsAdminStore);
  private readonly dialog = inject(MatDialog);
  protected readonly problem = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly statusLabels = STATUS_LABELS;

  protected async changeRole(account: AccountView, event: Event): Promise<void> {
    const select = event.target as HTMLSelectElement;
    const role = select.value as StaffRole;
    if (role === account.role) return;
    const label = ROLE_LABELS[role].toLowerCase();
    const needsApproval = role === 'manager';
    const ok = await confirmWith(this.dialog, {
      title: `Make ${account.displayName} ${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}?`,
      body: needsApproval
        ? `A manager can read case work, so another manager must approve this first. Once approved, ${account.displayName} is signed out everywhere at once.`
        : `${account.displayName} will be signed out everywhere at once and must sign in again.`,
      confirm: needsApproval ? 'Ask for approval' : 'Change role',
      cancel: 'Keep the role as it is',
    });
    if (!ok) {
      select.value = account.role;
      return;
    }
    await this.apply(account, { role }, (updated) =>
      updated.pendingRole
        ? `Asked the managers to approve ${account.displayName} becoming a ${label}. The role stays ${ROLE_LABELS[updated.role].toLowerCase()} until then.`
        : `${account.displayName} is now ${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label} and has been signed out everywhere.`,
    );
    select.value = this.accounts().find((a) => a.id === account.id)?.role ?? account.role;
  }

  protected async changeAccess(account: AccountView, status: 'active' | 'disabled'): Promise<void> {
    if (status === 'disabled') {
      const ok = await confirmWith(this.dialog, {
        title: `Disable ${account.displayName}?`,
        body: `${account.displayName} will be signed out everywhere at once and cannot sign in until the account is enabled again.`,
        confirm: 'Disable account',
        cancel: 'Keep the account',
      });
      if (!ok) return;
    }
    await this.apply(account, { status }, () =>
      status === 'disabled' ? `${account.displayName}’s account is disabled and signed out everywhere.` : `${account.displayName}’s account is enabled again.`,
    );
  }

  protected async resend(account: AccountView): Promise<void> {
    this.clear();
    const { created, problem } = await this.store.resend(account);
    if (problem) this.problem.set(problem);
    else if (created?.expiresAt) {
      this.done.set(`A new link was sent to ${account.displayName}. It works until ${formatLondonDateTime(created.expiresAt)}; the earlier link no longer works.`);
    }
  }

  protected async withdraw(account: AccountView): Promise<void> {
    const ok = await confirmWith(this.dialog, {
      title: `Withdraw the invitation of ${account.displayName}?`,
      body: 'The link they were sent will stop working. You can invite them again later.',
      confirm: 'Withdraw invitation',
      cancel: 'Keep the invitation',
    });
    if (!ok) return;
    this.clear();
    const problem = await this.store.withdraw(account);
    if (problem) this.problem.set(problem);
    else this.done.set(`The invitation of ${account.displayName} is withdrawn.`);
  }

  private async apply(account: AccountView, change: AccountChange, success: (updated: AccountView) => string): Promise<void> {
    this.clear();
    const { updated, problem } = await this.store.change(account, change);
    if (problem) this.problem.set(problem);
    else if (updated) this.done.set(success(updated));
  }

  private clear(): void {
    this.problem.set(null);
    this.done.set(null);
  }
}
