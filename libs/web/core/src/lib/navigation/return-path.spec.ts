import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { SessionView } from '@beside/shared/contracts';
import { SIGNED_OUT_SESSION } from '../session/signed-out-session';
import { ReturnPath, safeReturnPath } from './return-path';

function session(stage: SessionView['stage'], role: 'advocate' | 'service_user' = 'advocate'): SessionView {
  return {
    signedIn: stage === 'full',
    stage,
    csrfToken: 'csrf',
    user: { id: 'u1', displayName: 'Someone', role, organisationId: 'o1', mfaEnabled: true },
    idleExpiresAt: null,
    absoluteExpiresAt: null,
    idleTimeoutSeconds: 900,
  };
}

describe('safeReturnPath', () => {
  it.each([
    ['/journeys/6b1c1f9e-0000-4000-8000-000000000001?tab=plan', '/journeys/6b1c1f9e-0000-4000-8000-000000000001?tab=plan'],
    ['/my/concerns', '/my/concerns'],
  ])('should accept the page of this app %s', (value, expected) => {
    expect(safeReturnPath(value)).toBe(expected);
  });

  it.each([
    '//evil.test',
    '//evil.test/journeys',
    'https://evil.test',
    'https://evil.test/journeys',
    'javascript:alert(1)',
    '/\\evil.test',
    '/\t/evil.test',
    'journeys/1',
    '/sign-in?next=/caseload',
    '/two-factor',
    '/',
    '',
    null,
    undefined,
  ])('should refuse %p', (value) => {
    expect(safeReturnPath(value)).toBeNull();
  });
});

describe('ReturnPath', () => {
  let sut: ReturnPath;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    sut = TestBed.inject(ReturnPath);
    router = TestBed.inject(Router);
  });

  it('should send a signed-out visitor to sign in with the page she asked for in the address', () => {
    expect(sut.redirect(router, SIGNED_OUT_SESSION, '/journeys/j1?tab=notes').toString()).toBe(
      '/sign-in?next=%2Fjourneys%2Fj1%3Ftab%3Dnotes',
    );
  });

  it('should keep the page asked for through the two-step code and land there once, then go home', () => {
    sut.redirect(router, session('mfa_challenge'), '/journeys/j1');
    expect(sut.destination(session('mfa_challenge'))).toBe('/two-factor');
    expect(sut.destination(session('full'))).toBe('/journeys/j1');
    expect(sut.destination(session('full'))).toBe('/caseload');
  });

  it('should send an unsafe target home instead', () => {
    sut.remember('//evil.test');
    expect(sut.destination(session('full'))).toBe('/caseload');
    expect(sut.redirect(router, SIGNED_OUT_SESSION, 'https://evil.test').toString()).toBe('/sign-in');
  });

  it('should not remember anything for a signed-in person turned away by role', () => {
    expect(sut.redirect(router, session('full', 'service_user'), '/caseload').toString()).toBe('/my');
    expect(sut.destination(session('full', 'service_user'))).toBe('/my');
  });
});
