import { can } from '@beside/shared/authz';
import type { SessionView } from '@beside/shared/contracts';

/** Where a session belongs: the next sign-in step, or the home page for the role. */
export function homePathFor(session: SessionView | null): string {
  if (!session?.signedIn || !session.user) return '/sign-in';
  if (session.stage === 'mfa_challenge') return '/two-factor';
  if (session.stage === 'mfa_enrolment') return '/two-factor/set-up';
  if (session.user.role === 'service_user') return '/my';
  if (can(session.user.role, 'journey:read')) return '/caseload';
  return '/account';
}
