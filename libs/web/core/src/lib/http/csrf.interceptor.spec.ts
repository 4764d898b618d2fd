import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { SessionView } from '@beside/shared/contracts';
import { SessionStore } from '../session/session.store';
import { csrfInterceptor } from './csrf.interceptor';

const SIGNED_IN: SessionView = {
  signedIn: true,
  stage: 'full',
  csrfToken: 'csrf-123',
  user: { id: 'u1', displayName: 'Amara', role: 'advocate', organisationId: 'o1', mfaEnabled: true },
  idleExpiresAt: new Date(Date.now() + 900_000).toISOString(),
  absoluteExpiresAt: null,
  idleTimeoutSeconds: 900,
};

describe('csrfInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([csrfInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).set(SIGNED_IN);
  });

  afterEach(() => backend.verify());

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('should send the CSRF token on %s', (method) => {
    http.request(method, '/api/account/password', { body: {} }).subscribe();
    const req = backend.expectOne('/api/account/password');
    expect(req.request.headers.get('X-CSRF-Token')).toBe('csrf-123');
    expect(req.request.withCredentials).toBe(true);
    req.flush({});
  });

  it('should not send the token on GET, but still send credentials', () => {
    http.get('/api/journeys').subscribe();
    const req = backend.expectOne('/api/journeys');
    expect(req.request.headers.has('X-CSRF-Token')).toBe(false);
    expect(req.request.withCredentials).toBe(true);
    req.flush({ items: [], nextCursor: null });
  });

  it('should send no token when there is no session yet', () => {
    TestBed.inject(SessionStore).clear();
    http.post('/api/auth/sign-in', {}).subscribe();
    const req = backend.expectOne('/api/auth/sign-in');
    expect(req.request.headers.has('X-CSRF-Token')).toBe(false);
    req.flush({});
  });

  it('should leave requests to other origins alone', () => {
    http.post('https://example.test/hook', {}).subscribe();
    const req = backend.expectOne('https://example.test/hook');
    expect(req.request.headers.has('X-CSRF-Token')).toBe(false);
    expect(req.request.withCredentials).toBe(false);
    req.flush({});
  });
});
