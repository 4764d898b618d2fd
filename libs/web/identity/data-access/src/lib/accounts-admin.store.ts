import { HttpClient } from '@angular/common/http';
import { inject, Injectable, signal } from '@angular/core';
import type { AccountView, InvitationCreated, Role } from '@beside/shared/contracts';
import { toApiProblem } from '@beside/web/core';
import { firstValueFrom } from 'rxjs';

export interface StaffInvitation {
  email: string;
  displayName: string;
  role: Exclude<Role, 'service_user'>;
}

export interface AccountChange {
  role?: Exclude<Role, 'service_user'>;
  status?: 'active' | 'disabled';
}

/** The organisation's accounts, for admins: list, invite staff, change a role, disable or enable. */
@Injectable()
export class AccountsAdminStore {
  private readonly http = inject(HttpClient);
  readonly accounts = signal<AccountView[]>([]);
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);

  async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.accounts.set(await firstValueFrom(this.http.get<AccountView[]>('/api/accounts')));
      this.error.set(null);
    } catch (error) {
      this.error.set(toApiProblem(error).messages.join(' '));
    } finally {
      this.loading.set(false);
    }
  }

  /** Throws the HTTP error for the form to show per field. */
  async invite(invitation: StaffInvitation): Promise<InvitationCreated> {
    const created = await firstValueFrom(this.http.post<InvitationCreated>('/api/accounts/invitations', invitation));
    await this.load();
    return created;
  }

  /** Returns null, or what went wrong in words (a 409 reloads the list so she sees the current state). */
  async change(account: AccountView, change: AccountChange): Promise<string | null> {
    try {
      const updated = await firstValueFrom(
        this.http.patch<AccountView>(`/api/accounts/${account.id}`, { ...change, version: account.version }),
      );
      this.accounts.update((list) => list.map((a) => (a.id === updated.id ? updated : a)));
      return null;
    } catch (error) {
      const problem = toApiProblem(error);
      if (problem.status === 409) await this.load();
      return problem.messages.join(' ');
    }
  }
}
