import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AccountView,
  InvitationView,
  MfaEnrolmentView,
  RecoveryCodesView,
  SessionListItem,
  SessionView,
} from '@beside/shared/contracts';
import type { Observable } from 'rxjs';

export type MfaChallengeAnswer = { code: string } | { recoveryCode: string };

/** The identity routes of the API: signing in and out, two-step sign-in, invitations, own account. */
@Injectable({ providedIn: 'root' })
export class IdentityApi {
  private readonly http = inject(HttpClient);

  signIn(email: string, password: string): Observable<SessionView> {
    return this.http.post<SessionView>('/api/auth/sign-in', { email, password });
  }

  answerMfaChallenge(answer: MfaChallengeAnswer): Observable<SessionView> {
    return this.http.post<SessionView>('/api/auth/mfa/challenge', answer);
  }

  startMfaEnrolment(): Observable<MfaEnrolmentView> {
    return this.http.post<MfaEnrolmentView>('/api/auth/mfa/enrolment', {});
  }

  confirmMfaEnrolment(code: string): Observable<RecoveryCodesView> {
    return this.http.post<RecoveryCodesView>('/api/auth/mfa/enrolment/confirm', { code });
  }

  signOut(): Observable<void> {
    return this.http.post<void>('/api/auth/sign-out', {});
  }

  signOutEverywhere(): Observable<void> {
    return this.http.post<void>('/api/auth/sign-out-everywhere', {});
  }

  requestPasswordReset(email: string): Observable<{ message: string }> {
    return this.http.post<{ message: string }>('/api/auth/password-reset', { email });
  }

  completePasswordReset(token: string, password: string): Observable<void> {
    return this.http.post<void>('/api/auth/password-reset/complete', { token, password });
  }

  openInvitation(token: string): Observable<InvitationView> {
    return this.http.post<InvitationView>('/api/auth/invitation', { token });
  }

  acceptInvitation(token: string, password: string): Observable<void> {
    return this.http.post<void>('/api/auth/invitation/accept', { token, password });
  }

  account(): Observable<AccountView> {
    return this.http.get<AccountView>('/api/account');
  }

  setEmailAlerts(on: boolean): Observable<AccountView> {
    return this.http.put<AccountView>('/api/account/email-alerts', { on });
  }

  changePassword(currentPassword: string, newPassword: string): Observable<SessionView> {
    return this.http.post<SessionView>('/api/account/password', { currentPassword, newPassword });
  }

  sessions(): Observable<SessionListItem[]> {
    return this.http.get<SessionListItem[]>('/api/account/sessions');
  }

  endSession(id: string): Observable<void> {
    return this.http.delete<void>(`/api/account/sessions/${encodeURIComponent(id)}`);
  }

  newRecoveryCodes(code: string): Observable<RecoveryCodesView> {
    return this.http.post<RecoveryCodesView>('/api/account/mfa/recovery-codes', { code });
  }

  turnOffMfa(password: string): Observable<void> {
    return this.http.delete<void>('/api/account/mfa', { body: { password } });
  }
}
