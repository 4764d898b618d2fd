import type { Role, SessionView } from '@beside/shared/contracts';
import { homePathFor } from './home-path';

function signedIn(role: Role): SessionView {
  return {
    signedIn: true,
    stage: 'full',
    csrfToken: 'csrf',
    user: { id: 'u1', displayName: 'Someone', role, organisationId: 'o1', mfaEnabled: true },
    idleExpiresAt: null,
    absoluteExpiresAt: null,
    idleTimeoutSeconds: 900,
  };
}

describe('homePathFor', () => {
  it.each<[Role, string]>([
    ['service_user', '/my'],
    ['advocate', '/caseload'],
    ['manager', '/caseload'],
    ['admin', '/accounts'],
    ['network_admin', '/network/organisations'],
    ['panel_member', '/panel'],
  ])('should send a %s home to %s', (role, path) => {
    expect(homePathFor(signedIn(role))).toBe(path);
  });

  it('should send a session part-way through signing in to its next step', () => {
    expect(homePathFor({ ...signedIn('advocate'), signedIn: false, stage: 'mfa_challenge' })).toBe('/two-factor');
    expect(homePathFor(null)).toBe('/sign-in');
  });
});
