import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { SessionView } from '@beside/shared/contracts';
import { FlashNotice } from '../navigation/flash-notice';
import { SIGNED_OUT_SESSION } from './signed-out-session';
import { SessionStore } from './session.store';
import { SessionTimeout } from './session-timeout';

function signedIn(idleSeconds: number): SessionView {
  return {
    signedIn: true,
    stage: 'full',
    csrfToken: 'csrf',
    user: { id: 'u1', displayName: 'Amara', role: 'advocate', organisationId: 'o1', mfaEnabled: true },
    idleExpiresAt: new Date(Date.now() + idleSeconds * 1000).toISOString(),
    absoluteExpiresAt: null,
    idleTimeoutSeconds: idleSeconds,
  };
}

describe('SessionTimeout', () => {
  let store: SessionStore;
  let sut: SessionTimeout;

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(SessionStore);
    sut = TestBed.inject(SessionTimeout);
  });

  afterEach(() => jest.useRealTimers());

  it('should warn two minutes before the idle timeout', () => {
    store.set(signedIn(600));
    TestBed.tick();
    jest.advanceTimersByTime(479_000);
    expect(sut.warning()).toBe(false);
    jest.advanceTimersByTime(2_000);
    expect(sut.warning()).toBe(true);
    expect(sut.secondsLeft()).toBeLessThanOrEqual(120);
  });

  it('should start again when a request renews the idle timer', () => {
    store.set(signedIn(600));
    TestBed.tick();
    jest.advanceTimersByTime(300_000);
    store.touch();
    TestBed.tick();
    jest.advanceTimersByTime(300_000);
    expect(sut.warning()).toBe(false);
  });

  it('should not warn anyone who is signed out', () => {
    store.set(SIGNED_OUT_SESSION);
    TestBed.tick();
    jest.advanceTimersByTime(3_600_000);
    expect(sut.warning()).toBe(false);
  });

  it('should renew the session through an authenticated request when she stays', async () => {
    const backend = TestBed.inject(HttpTestingController);
    const staying = sut.staySignedIn();
    backend.expectOne('/api/account').flush({});
    await Promise.resolve();
    backend.expectOne('/api/auth/session').flush(signedIn(600));
    await staying;
    expect(store.signedIn()).toBe(true);
  });

  it('should go to sign-in with a word of explanation once the time is up', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    store.set(signedIn(130));
    TestBed.tick();
    jest.advanceTimersByTime(131_000);
    TestBed.inject(HttpTestingController).expectOne('/api/auth/session').flush(SIGNED_OUT_SESSION);
    await jest.runOnlyPendingTimersAsync();
    expect(navigate).toHaveBeenCalledWith('/sign-in');
    expect(TestBed.inject(FlashNotice).take()).toMatch(/signed out/);
  });
});
