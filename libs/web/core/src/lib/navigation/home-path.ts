import { can } from '@beside/shared/authz';
import type { SessionView } from '@beside/shared/contracts';

/**
 * Where a session belongs: the next sign-in step, or the home page for the role. A session
 * part-way through signing in has a stage but is not yet `signedIn`.
 */
export function homePathFor(session: SessionView | null): string {
  if (session?.stage === 'mfa_challenge') return '/two-factor';
  if (session?.stage === 'mfa_enrolment') return '/two-factor/set-up';
  if (!session?.signedIn || session.stage !== 'full' || !session.user) return '/sign-in';
  if (session.user.role === 'service_user') return '/my';
  if (can(session.user.role, 'journey:read')) return '/caseload';
  if (can(session.user.role, 'network:manage')) return '/network/organisations';
  if (can(session.user.role, 'account:manage')) return '/accounts';
  // The lived-experience panel's work is its findings: a panel member starts there.
  if (can(session.user.role, 'panel:take-part')) return '/panel';
  return '/account';
}
