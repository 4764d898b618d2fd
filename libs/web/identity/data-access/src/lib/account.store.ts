import { computed, inject, Injectable, signal } from '@angular/core';
import { attemptWrite, SessionStore, toApiProblem, type WriteResult } from '@beside/web/core';
import type { AccountView, SessionListItem } from '@beside/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { IdentityApi } from './identity-api';

/** Her or his own account and signed-in sessions, for the account page. */
@Injectable()
export class AccountStore {
  private readonly api = inject(IdentityApi);
  private readonly session = inject(SessionStore);
  private readonly accountState = signal<AccountView | null>(null);
  private readonly sessionsState = signal<SessionListItem[]>([]);
  private readonly loadingState = signal(false);
  private readonly errorState = signal<string | null>(null);

  readonly account = this.accountState.asReadonly();
  readonly sessions = this.sessionsState.asReadonly();
  readonly loading = this.loadingState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly otherSessions = computed(() => this.sessionsState().filter((s) => !s.current));

  async load(): Promise<void> {
    this.loadingState.set(true);
    try {
      const [account, sessions] = await Promise.all([
        firstValueFrom(this.api.account()),
        firstValueFrom(this.api.sessions()),
      ]);
      this.accountState.set(account);
      this.sessionsState.set(sessions);
      this.errorState.set(null);
    } catch (error) {
      this.errorState.set(toApiProblem(error).messages.join(' '));
    } finally {
      this.loadingState.set(false);
    }
  }

  /** Staff: a copy of each notification by email (a link only), on or off. The account shows what was saved. */
  async setEmailAlerts(on: boolean): Promise<WriteResult<AccountView>> {
    const result = await attemptWrite<AccountView>(this.api.setEmailAlerts(on));
    if (result.ok) this.accountState.set(result.value);
    return result;
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    this.session.set(await firstValueFrom(this.api.changePassword(currentPassword, newPassword)));
    await this.load();
  }

  async endSession(id: string): Promise<void> {
    await firstValueFrom(this.api.endSession(id));
    this.sessionsState.update((list) => list.filter((s) => s.id !== id));
  }

  async newRecoveryCodes(code: string): Promise<string[]> {
    return (await firstValueFrom(this.api.newRecoveryCodes(code))).recoveryCodes;
  }

  async turnOffMfa(password: string): Promise<void> {
    await firstValueFrom(this.api.turnOffMfa(password));
    await Promise.all([this.load(), this.session.load()]);
  }
}
