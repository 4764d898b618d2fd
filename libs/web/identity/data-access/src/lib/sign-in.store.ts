import { inject, Injectable } from '@angular/core';
import type { InvitationView, MfaEnrolmentView, RecoveryCodesView, SessionView } from '@beside/shared/contracts';
import { attemptWrite, SessionStore, type WriteResult } from '@beside/web/core';
import { IdentityApi, type MfaChallengeAnswer } from './identity-api';

/**
 * Getting in: signing in, the second step, setting it up, an invitation's password and a password reset. A step that
 * signs her in puts the session in the SessionStore before it answers.
 */
@Injectable({ providedIn: 'root' })
export class SignInStore {
  private readonly api = inject(IdentityApi);
  private readonly session = inject(SessionStore);

  signIn(email: string, password: string): Promise<WriteResult<SessionView>> {
    return this.signedIn(attemptWrite(this.api.signIn(email, password)));
  }

  answerMfaChallenge(answer: MfaChallengeAnswer): Promise<WriteResult<SessionView>> {
    return this.signedIn(attemptWrite(this.api.answerMfaChallenge(answer)));
  }

  startMfaEnrolment(): Promise<WriteResult<MfaEnrolmentView>> {
    return attemptWrite(this.api.startMfaEnrolment());
  }

  confirmMfaEnrolment(code: string): Promise<WriteResult<RecoveryCodesView>> {
    return attemptWrite(this.api.confirmMfaEnrolment(code));
  }

  requestPasswordReset(email: string): Promise<WriteResult<{ message: string }>> {
    return attemptWrite(this.api.requestPasswordReset(email));
  }

  completePasswordReset(token: string, password: string): Promise<WriteResult<void>> {
    return attemptWrite(this.api.completePasswordReset(token, password));
  }

  openInvitation(token: string): Promise<WriteResult<InvitationView>> {
    return attemptWrite(this.api.openInvitation(token));
  }

  acceptInvitation(token: string, password: string): Promise<WriteResult<void>> {
    return attemptWrite(this.api.acceptInvitation(token, password));
  }

  private async signedIn(request: Promise<WriteResult<SessionView>>): Promise<WriteResult<SessionView>> {
    const result = await request;
    if (result.ok) this.session.set(result.value);
    return result;
  }
}
