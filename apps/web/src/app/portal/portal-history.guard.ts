import { inject } from '@angular/core';
import { RedirectCommand, Router, type CanActivateFn } from '@angular/router';

/**
 * Her pages replace the browser's history entry instead of adding one, so that after
 * "Leave this site" (which replaces the last entry) Back finds no page of Beside: the
 * sign-in page and earlier pages of hers are gone from the history.
 */
export const portalHistoryGuard: CanActivateFn = () => {
  const router = inject(Router);
  const navigation = router.currentNavigation();
  if (!navigation || navigation.extras.replaceUrl || !navigation.previousNavigation) return true;
  return new RedirectCommand(navigation.finalUrl ?? navigation.extractedUrl, { replaceUrl: true, state: navigation.extras.state });
};
