import { HttpClient } from '@angular/common/http';
import { inject, Injectable, signal } from '@angular/core';
import type { AccountView, InvitationCreated, Role, RoleApprovalView } from '@beside/shared/contracts';
import { attemptWrite, idempotencyHeaders, toApiProblem, type WriteResult } from '@beside/web/core';
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

  /** The invitation, or what went wrong (for the form to show per field). */
  async invite(invitation: StaffInvitation, idempotencyKey: string): Promise<WriteResult<InvitationCreated>> {
    const result = await attemptWrite<InvitationCreated>(
      this.http.post<InvitationCreated>('/api/accounts/invitations', invitation, { headers: idempotencyHeaders(idempotencyKey) }),
    );
    if (result.ok) await this.load();
    return result;
  }

  /** A fresh link (the earlier one stops working). Returns the new answer, or what went wrong in words. */
  async resend(account: AccountView): Promise<{ created: InvitationCreated | null; problem: string | null }> {
    try {
      const created = await firstValueFrom(this.http.post<InvitationCreated>(`/api/accounts/${account.id}/invitation/resend`, {}));
      return { created, problem: null };
    } catch (error) {
      return { created: null, problem: toApiProblem(error).messages.join(' ') };
    }
  }

  /** Withdraws an invitation; returns null, or what went wrong in words. */
  async withdraw(account: AccountView): Promise<string | null> {
    try {
      await firstValueFrom(this.http.post<void>(`/api/accounts/${account.id}/invitation/withdraw`, {}));
      await this.load();
      return null;
    } catch (error) {
      const problem = toApiProblem(error);
      if (problem.status === 409) await this.load();
      return problem.messages.join(' ');
    }
  }

  /** The account as changed, or what went wrong in words (a 409 reloads the list so she sees the current state). */
  async change(account: AccountView, change: AccountChange): Promise<{ updated: AccountView | null; problem: string | null }> {
    try {
      const updated = await firstValueFrom(
        this.http.patch<AccountView>(`/api/accounts/${account.id}`, { ...change, version: account.version }),
      );
      this.accounts.update((list) => list.map((a) => (a.id === updated.id ? updated : a)));
      return { updated, problem: null };
    } catch (error) {
      const problem = toApiProblem(error);
      if (problem.status === 409) await this.load();
      return { updated: null, problem: problem.messages.join(' ') };
    }
  }
}

/** For managers: new managers and changes to manager waiting for approval (separation of duties). */
@Injectable()
export class RoleApprovalsStore {
  private readonly http = inject(HttpClient);
  readonly approvals = signal<RoleApprovalView[]>([]);
  readonly loaded = signal(false);
  readonly error = signal<string | null>(null);

  async load(): Promise<void> {
    try {
      this.approvals.set(await firstValueFrom(this.http.get<RoleApprovalView[]>('/api/accounts/role-approvals')));
      this.error.set(null);
    } catch (error) {
      this.error.set(toApiProblem(error).messages.join(' '));
    } finally {
      this.loaded.set(true);
    }
  }

  /** Returns null, or what went wrong in words; the list is reloaded either way. */
  async decide(approval: RoleApprovalView, decision: 'approve' | 'decline'): Promise<string | null> {
    try {
      await firstValueFrom(this.http.post<void>(`/api/accounts/role-approvals/${approval.id}/${decision}`, {}));
      return null;
    } catch (error) {
      return toApiProblem(error).messages.join(' ');
    } finally {
      await this.load();
    }
  }
}
