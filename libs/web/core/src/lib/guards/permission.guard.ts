import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { can, type Permission } from '@beside/shared/authz';
import { isStaffRole } from '@beside/shared/contracts';
import { SessionStore } from '../session/session.store';
import { ReturnPath } from '../navigation/return-path';

/** Lets through a fully signed-in session whose role has the permission (the same catalogue the API uses). */
export function permissionGuard(permission: Permission): CanActivateFn {
  return async (_route, state) => {
    const router = inject(Router);
    const returnPath = inject(ReturnPath);
    const session = await inject(SessionStore).ensureLoaded();
    const full = session.signedIn && session.stage === 'full';
    if (full && can(session.user?.role, permission)) return true;
    return returnPath.redirect(router, session, state?.url);
  };
}

/** Staff screens (advocate, manager, admin, and the network operator); a service user goes to her own pages. */
export const staffGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const returnPath = inject(ReturnPath);
  const session = await inject(SessionStore).ensureLoaded();
  const full = session.signedIn && session.stage === 'full';
  if (full && session.user && isStaffRole(session.user.role)) return true;
  return returnPath.redirect(router, session, state?.url);
};
