import { useTestApp } from '../../../testing/test-app';
import { freshTotp, sessionCookieFrom, signIn, TEST_PASSWORD, organisationWith } from '../../../testing/fixtures';

describe('sign-in (HTTP, real database)', () => {
  const t = useTestApp((t) => organisationWith(t, { advocate: 'advocate', serviceUser: 'service_user' }));

  it('should sign a service user straight in and set a __Host- HttpOnly SameSite=Strict cookie', async () => {
    const res = await t.http().post('/api/auth/sign-in').send({ email: t.serviceUser.email, password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ signedIn: true, stage: 'full', user: { role: 'service_user' } });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^__Host-beside_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
  });

  it('should give the same answer for an unknown email and a wrong password', async () => {
    const unknown = await t.http().post('/api/auth/sign-in').send({ email: 'nobody@nowhere.test', password: 'whatever it is' });
    const wrong = await t.http().post('/api/auth/sign-in').send({ email: t.serviceUser.email, password: 'not her password' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body.message).toBe(wrong.body.message);
  });

  it('should ask staff for the second step, and refuse a replayed code', async () => {
    const first = await t.http().post('/api/auth/sign-in').send({ email: t.advocate.email, password: TEST_PASSWORD });
    expect(first.body).toMatchObject({ signedIn: false, stage: 'mfa_challenge' });
    const pending = sessionCookieFrom(first) ?? '';
    expect((await t.http().get('/api/journeys').set('Cookie', pending)).status).toBe(401);
    const code = await freshTotp(t.advocate);
    const second = await t.http().post('/api/auth/mfa/challenge').set('Cookie', pending).set('X-CSRF-Token', first.body.csrfToken).send({ code });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ signedIn: true, stage: 'full' });
    const full = sessionCookieFrom(second) ?? '';
    expect(full).not.toBe(pending);
    expect((await t.http().get('/api/journeys').set('Cookie', full)).status).toBe(200);
    // The pre-second-step session id stopped working when it was rotated.
    expect((await t.http().get('/api/auth/session').set('Cookie', pending)).body.stage).toBeNull();

    const again = await t.http().post('/api/auth/sign-in').send({ email: t.advocate.email, password: TEST_PASSWORD });
    const replay = await t.http()
      .post('/api/auth/mfa/challenge')
      .set('Cookie', sessionCookieFrom(again) ?? '')
      .set('X-CSRF-Token', again.body.csrfToken)
      .send({ code });
    expect(replay.status).toBe(401);
  });

  it('should refuse a state-changing request without the CSRF token', async () => {
    const her = await signIn(t, t.serviceUser);
    expect((await t.http().post('/api/auth/sign-out-everywhere').set('Cookie', her.cookie)).status).toBe(403);
    expect((await her.post('/api/auth/sign-out-everywhere').set('Origin', 'https://evil.example')).status).toBe(403);
    expect((await her.post('/api/auth/sign-out-everywhere')).status).toBe(204);
    expect((await her.get('/api/account')).status).toBe(401);
  });
});

describe('request rate on the public sign-in routes (shared in PostgreSQL)', () => {
  const t = useTestApp(undefined, { TRUST_PROXY: '1', SIGN_IN_FIRST_DELAY_SECONDS: '30' });

  it('should answer 429 after 30 requests a minute from one address, and count per address', async () => {
    const from = (ip: string) => t.http().post('/api/auth/invitation').set('X-Forwarded-For', ip).send({ token: 'not-a-real-invitation-token-at-all' });
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await from('192.0.2.44')).status);
    expect(statuses.every((s) => s === 404)).toBe(true);
    const limited = await from('192.0.2.44');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body).toMatchObject({ statusCode: 429, retryAfterSeconds: Number(limited.headers['retry-after']) });
    expect((await from('192.0.2.45')).status).toBe(404);
    const [row]: { n: string }[] = await t.owner.query(`SELECT count(*) AS n FROM request_rate`);
    expect(Number(row.n)).toBeGreaterThan(0);
  });
});
