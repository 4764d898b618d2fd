import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  provideRouter,
  UrlTree,
  type ActivatedRouteSnapshot,
  type CanActivateFn,
  type RouterStateSnapshot,
} from '@angular/router';
import type { Role, SessionStage, SessionView } from '@beside/shared/contracts';
import { SessionStore } from '../session/session.store';
import { SIGNED_OUT_SESSION } from '../session/signed-out-session';
import { permissionGuard, staffGuard } from './permission.guard';
import { homeRedirectGuard, signedInGuard, signedOutGuard } from './signed-in.guard';
import { mfaSetUpGuard, stageGuard } from './stage.guard';

function session(role: Role, stage: SessionStage = 'full', mfaEnabled = true): SessionView {
  return {
    // The API answers signedIn: false until the last step is done.
    signedIn: stage === 'full',
    stage,
    csrfToken: 'csrf',
    user: { id: 'u1', displayName: 'Someone', role, organisationId: 'o1', mfaEnabled },
    idleExpiresAt: null,
    absoluteExpiresAt: null,
    idleTimeoutSeconds: 900,
  };
}

async function run(guard: CanActivateFn): Promise<true | string> {
  const result = await TestBed.runInInjectionContext(() =>
    guard({} as ActivatedRouteSnapshot, {} as RouterStateSnapshot),
  );
  if (result === true) return true;
  if (result instanceof UrlTree) return result.toString();
  throw new Error(`unexpected guard result ${String(result)}`);
}

describe('route guards', () => {
  let store: SessionStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(SessionStore);
  });

  describe('signedInGuard', () => {
    it('should let a fully signed-in session through', async () => {
      store.set(session('advocate'));
      expect(await run(signedInGuard)).toBe(true);
    });

    it('should send a signed-out visitor to sign-in', async () => {
      store.set(SIGNED_OUT_SESSION);
      expect(await run(signedInGuard)).toBe('/sign-in');
    });

    it('should keep the page asked for in the sign-in address', async () => {
      store.set(SIGNED_OUT_SESSION);
      const result = await TestBed.runInInjectionContext(() =>
        signedInGuard({} as ActivatedRouteSnapshot, { url: '/journeys/j1?tab=plan' } as RouterStateSnapshot),
      );
      expect(String(result)).toBe('/sign-in?next=%2Fjourneys%2Fj1%3Ftab%3Dplan');
    });

    it('should send a session waiting for its code to the two-step challenge', async () => {
      store.set(session('advocate', 'mfa_challenge'));
      expect(await run(signedInGuard)).toBe('/two-factor');
    });

    it('should send staff without two-step sign-in to set it up', async () => {
      store.set(session('manager', 'mfa_enrolment', false));
      expect(await run(signedInGuard)).toBe('/two-factor/set-up');
    });

    it('should load the session first when it is not known yet', async () => {
      const result = run(signedInGuard);
      const backend = TestBed.inject(HttpTestingController);
      backend.expectOne('/api/auth/session').flush(session('advocate'));
      expect(await result).toBe(true);
    });

    it('should treat an unreachable API as signed out', async () => {
      const result = run(signedInGuard);
      TestBed.inject(HttpTestingController)
        .expectOne('/api/auth/session')
        .flush(null, { status: 0, statusText: 'Unknown Error' });
      expect(await result).toBe('/sign-in');
      expect(store.error()).toMatch(/could not reach/);
    });
  });

  describe('signedOutGuard', () => {
    it('should let a signed-out visitor see the sign-in page', async () => {
      store.set(SIGNED_OUT_SESSION);
      expect(await run(signedOutGuard)).toBe(true);
    });

    it('should send a signed-in service user to her own page', async () => {
      store.set(session('service_user'));
      expect(await run(signedOutGuard)).toBe('/my');
    });
  });

  describe('homeRedirectGuard', () => {
    it.each([
      ['service_user', '/my'],
      ['advocate', '/caseload'],
      ['manager', '/caseload'],
      ['admin', '/accounts'],
      ['network_admin', '/network/organisations'],
    ] as const)('should send %s to %s', async (role, path) => {
      store.set(session(role));
      expect(await run(homeRedirectGuard)).toBe(path);
    });
  });

  describe('stageGuard', () => {
    it('should let through the named stage', async () => {
      store.set(session('advocate', 'mfa_challenge'));
      expect(await run(stageGuard('mfa_challenge'))).toBe(true);
    });

    it('should send a fully signed-in session home instead', async () => {
      store.set(session('advocate'));
      expect(await run(stageGuard('mfa_challenge'))).toBe('/caseload');
    });
  });

  describe('mfaSetUpGuard', () => {
    it('should let staff at the enrolment stage through', async () => {
      store.set(session('advocate', 'mfa_enrolment', false));
      expect(await run(mfaSetUpGuard)).toBe(true);
    });

    it('should let a service user without two-step sign-in turn it on', async () => {
      store.set(session('service_user', 'full', false));
      expect(await run(mfaSetUpGuard)).toBe(true);
    });

    it('should send someone who already has it home', async () => {
      store.set(session('service_user', 'full', true));
      expect(await run(mfaSetUpGuard)).toBe('/my');
    });
  });

  describe('permissionGuard', () => {
    it('should let through a role that has the permission', async () => {
      store.set(session('advocate'));
      expect(await run(permissionGuard('journey:read'))).toBe(true);
    });

    it('should deny an admin the caseload (separation of duties)', async () => {
      store.set(session('admin'));
      expect(await run(permissionGuard('journey:read'))).toBe('/accounts');
    });

    it('should deny a service user staff pages', async () => {
      store.set(session('service_user'));
      expect(await run(permissionGuard('journey:read'))).toBe('/my');
    });

    it('should deny staff her portal', async () => {
      store.set(session('advocate'));
      expect(await run(permissionGuard('portal:use'))).toBe('/caseload');
    });

    it('should deny a session that has not finished signing in, even with the right role', async () => {
      store.set(session('advocate', 'mfa_challenge'));
      expect(await run(permissionGuard('journey:read'))).toBe('/two-factor');
    });
  });

  describe('staffGuard', () => {
    it('should let staff through', async () => {
      store.set(session('admin'));
      expect(await run(staffGuard)).toBe(true);
    });

    it('should send a service user to her own page', async () => {
      store.set(session('service_user'));
      expect(await run(staffGuard)).toBe('/my');
    });

    it('should let the network operator use the staff screens her permissions allow (her account, the network pages)', async () => {
      store.set(session('network_admin'));
      expect(await run(staffGuard)).toBe(true);
      expect(await run(permissionGuard('network:manage'))).toBe(true);
      expect(await run(permissionGuard('journey:read'))).toBe('/network/organisations');
    });
  });
});
