import type { SessionView } from '@beside/shared/contracts';

export const SIGNED_OUT_SESSION: SessionView = {
  signedIn: false,
  stage: null,
  csrfToken: null,
  user: null,
  idleExpiresAt: null,
  absoluteExpiresAt: null,
  idleTimeoutSeconds: 0,
};
