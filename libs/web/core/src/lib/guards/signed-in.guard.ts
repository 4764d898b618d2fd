import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { SessionStore } from '../session/session.store';
import { homePathFor } from '../navigation/home-path';
import { ReturnPath } from '../navigation/return-path';

/** Lets through a fully signed-in session; sends anyone else to their next sign-in step. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const returnPath = inject(ReturnPath);
  const session = await inject(SessionStore).ensureLoaded();
  if (session.signedIn && session.stage === 'full') return true;
  return returnPath.redirect(router, session, state?.url);
};

/** For the sign-in page: someone fully signed in goes to their home page instead. */
export const signedOutGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const session = await inject(SessionStore).ensureLoaded();
  if (session.signedIn && session.stage === 'full') return router.parseUrl(homePathFor(session));
  return true;
};

/** For `/`: sends everyone to the right place for their session. */
export const homeRedirectGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const session = await inject(SessionStore).ensureLoaded();
  return router.parseUrl(homePathFor(session));
};
