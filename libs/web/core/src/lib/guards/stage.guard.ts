import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import type { SessionStage } from '@beside/shared/contracts';
import { SessionStore } from '../session/session.store';
import { homePathFor } from '../navigation/home-path';

/** Lets through a session at one of the given sign-in stages. */
export function stageGuard(...stages: SessionStage[]): CanActivateFn {
  return async () => {
    const router = inject(Router);
    const session = await inject(SessionStore).ensureLoaded();
    if (session.stage && stages.includes(session.stage)) return true;
    return router.parseUrl(homePathFor(session));
  };
}

/**
 * Setting up two-step sign-in: staff who must do it before going further, or a fully
 * signed-in person who has not turned it on yet.
 */
export const mfaSetUpGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const session = await inject(SessionStore).ensureLoaded();
  if (session.stage === 'mfa_enrolment') return true;
  if (session.signedIn && session.stage === 'full' && session.user && !session.user.mfaEnabled) return true;
  return router.parseUrl(homePathFor(session));
};
