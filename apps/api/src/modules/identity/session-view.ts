import type { SessionView } from '@beside/shared/contracts';
import type { ActiveSession } from './session.service';
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
