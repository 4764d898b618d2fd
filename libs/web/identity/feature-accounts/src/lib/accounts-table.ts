import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import type { AccountView } from '@beside/shared/contracts';
import { AccountsAdminStore, type AccountChange } from '@beside/web/identity/data-access';

const ROLE_LABELS: Record<string, string> = {
  service_user: 'Service user',
  advocate: 'Advocate',
  manager: 'Manager',
  admin: 'Admin',
};
const STATUS_LABELS: Record<string, string> = { invited: 'Invited', active: 'Active', disabled: 'Disabled' };

/** Every account with its role and access; changing either signs that person out everywhere. */
@Component({
  selector: 'bs-accounts-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule],
  template: `
    @if (problem(); as p) {
      <p class="error" role="alert">{{ p }}</p>
    }
    <div class="scroll" role="region" aria-label="Accounts" tabindex="0">
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
                @if (a.role === 'service_user' || a.id === selfId()) {
                  {{ roleLabels[a.role] }}
                } @else {
                  <label class="visually-hidden" [for]="'role-' + a.id">Role of {{ a.displayName }}</label>
                  <select [id]="'role-' + a.id" [ngModel]="a.role" (ngModelChange)="change(a, { role: $event })">
                    <option value="advocate">Advocate</option>
                    <option value="manager">Manager</option>
                    <option value="admin">Admin</option>
                  </select>
                }
              </td>
              <td>{{ a.mfaEnabled ? 'On' : 'Off' }}</td>
              <td>
                {{ statusLabels[a.status] }}
                @if (a.id !== selfId() && a.status === 'active') {
                  <button mat-button type="button" (click)="change(a, { status: 'disabled' })">Disable<span class="visually-hidden"> {{ a.displayName }}</span></button>
                } @else if (a.id !== selfId() && a.status === 'disabled') {
                  <button mat-button type="button" (click)="change(a, { status: 'active' })">Enable<span class="visually-hidden"> {{ a.displayName }}</span></button>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .scroll {
      overflow-x: auto;
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
    .error {
      color: var(--mat-sys-error);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  `,
})
export class AccountsTable {
  readonly accounts = input.required<AccountView[]>();
  readonly selfId = input<string | null>(null);
  private readonly store = inject(AccountsAdminStore);
  protected readonly problem = signal<string | null>(null);
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly statusLabels = STATUS_LABELS;

  protected async change(account: AccountView, change: AccountChange): Promise<void> {
    if (change.status === 'disabled' && !confirm(`Disable ${account.displayName}? They will be signed out everywhere at once.`)) return;
    this.problem.set(await this.store.change(account, change));
  }
}
