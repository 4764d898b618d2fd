import type { Response } from 'express';
import type { SessionView } from '@beside/shared/contracts';
import { setSessionCookie } from './session-cookie';
import type { ActiveSession, SessionService } from './session.service';
import { IDLE_TIMEOUT_MS } from './session.service';

export const SIGNED_OUT: SessionView = {
  signedIn: false,
  stage: null,
  csrfToken: null,
  user: null,
  idleExpiresAt: null,
  absoluteExpiresAt: null,
  idleTimeoutSeconds: IDLE_TIMEOUT_MS / 1000,
};

export function sessionView(session: ActiveSession | undefined): SessionView {
  if (!session) return SIGNED_OUT;
  return {
    signedIn: session.stage === 'full',
    stage: session.stage,
    csrfToken: session.csrfToken,
    user: {
      id: session.actor.userId,
      displayName: session.actor.displayName,
      role: session.actor.role,
      organisationId: session.actor.organisationId,
      mfaEnabled: session.mfaEnabled,
    },
    idleExpiresAt: session.idleExpiresAt.toISOString(),
    absoluteExpiresAt: session.absoluteExpiresAt.toISOString(),
    idleTimeoutSeconds: IDLE_TIMEOUT_MS / 1000,
  };
}

/** Sets the cookie of a session just started (or given a new id) and answers with that session. */
export async function answerWithSession(sessions: SessionService, res: Response, publicUrl: string, token: string): Promise<SessionView> {
  setSessionCookie(res, publicUrl, token);
  return sessionView((await sessions.authenticate(token)) ?? undefined);
}
