import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@beside/shared/authz';

export const POLICY_KEY = 'beside:policy';

/**
 * Who may call a route. The global AccessGuard refuses every route without one.
 * - public: anyone, signed in or not (sign-in, health, invitation links)
 * - pending: a session still at the two-factor step (challenge or enrolment)
 * - permission: a fully signed-in user whose role has that permission
 */
export type RoutePolicy =
  | { kind: 'public' }
  | { kind: 'pending' }
  | { kind: 'permission'; permission: Permission };

export const Public = () => SetMetadata(POLICY_KEY, { kind: 'public' } satisfies RoutePolicy);
export const PendingSession = () => SetMetadata(POLICY_KEY, { kind: 'pending' } satisfies RoutePolicy);
export const Allow = (permission: Permission) =>
  SetMetadata(POLICY_KEY, { kind: 'permission', permission } satisfies RoutePolicy);

/** A policy as route-policies.ts names it: a permission, 'public' or 'pending'. */
export type PolicyName = Permission | 'public' | 'pending';

export const policyNamed = (name: PolicyName) => (name === 'public' ? Public() : name === 'pending' ? PendingSession() : Allow(name));
