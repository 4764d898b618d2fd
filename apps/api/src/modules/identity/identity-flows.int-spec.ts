import { authenticator } from 'otplib';
import { useTestApp, TestApp } from '../../testing/test-app';
import {
  createJourney,
  createOrganisation,
  createServiceUser,
  createUser,
  sessionCookieFrom,
  sessionFor,
  signIn,
  TEST_PASSWORD,
} from '../../testing/fixtures';

const NEW_PASSWORD = 'a brand new passphrase for testing';

async function latestLink(t: TestApp, recipient: string): Promise<string> {
  const [row]: { body: string }[] = await t.owner.query(
    `SELECT body FROM outbox_message WHERE lower(recipient) = lower($1) ORDER BY created_at DESC LIMIT 1`,
    [recipient],
  );
  const match = row?.body.match(/#token=([A-Za-z0-9_-]+)/);
  if (!match) throw new Error('no link in the outbox');
  return match[1];
}

describe('identity flows through the HTTP API', () => {
  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t);
    return { org };
  }, { TRUST_PROXY: '1', SIGN_IN_FIRST_DELAY_SECONDS: '30' });

  describe('sessions', () => {
    it('should end a session after 30 idle minutes and after 12 hours in all', async () => {
      const user = await createUser(t, t.org, 'service_user');
      const idle = await sessionFor(t, user);
      expect((await idle.get('/api/account')).status).toBe(200);
      await t.owner.query(`UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1`, [user.id]);
      expect((await idle.get('/api/account')).status).toBe(401);

      const old = await sessionFor(t, user);
      await t.owner.query(`UPDATE user_session SET absolute_expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
      expect((await old.get('/api/account')).status).toBe(401);
    });

    it('should end every session at once when an admin disables the account', async () => {
      const user = await createUser(t, t.org, 'advocate');
      const admin = await sessionFor(t, await createUser(t, t.org, 'admin'));
      const hers = await sessionFor(t, user);
      expect((await hers.get('/api/journeys')).status).toBe(200);
      const res = await admin.patch(`/api/accounts/${user.id}`).send({ status: 'disabled', version: 1 });
      expect(res.status).toBe(200);
      expect((await hers.get('/api/journeys')).status).toBe(401);
      const signInAgain = await t.http().post('/api/auth/sign-in').send({ email: user.email, password: TEST_PASSWORD });
      expect(signInAgain.status).toBe(401);
      // A stale version is a conflict, with the current version in the answer.
      const stale = await admin.patch(`/api/accounts/${user.id}`).send({ status: 'active', version: 1 });
      expect(stale.status).toBe(409);
      expect(stale.body.current.version).toBe(2);
    });

    it('should take a reassigned journey out of the previous advocate\'s reach on her next request', async () => {
      const first = await createUser(t, t.org, 'advocate');
      const second = await createUser(t, t.org, 'advocate');
      const journey = await createJourney(t, t.org, await createServiceUser(t, t.org), first.id);
      const hers = await sessionFor(t, first);
      expect((await hers.get(`/api/journeys/${journey}`)).status).toBe(200);
      await t.owner.query(`UPDATE journey SET primary_advocate_id = $2 WHERE id = $1`, [journey, second.id]);
      expect((await hers.get(`/api/journeys/${journey}`)).status).toBe(404);
    });

    it('should list her sessions and end one of them', async () => {
      const user = await createUser(t, t.org, 'service_user');
      const a = await sessionFor(t, user);
      const b = await sessionFor(t, user);
      const list = await a.get('/api/account/sessions');
      expect(list.body).toHaveLength(2);
      const other = list.body.find((s: { current: boolean }) => !s.current);
      expect((await a.delete(`/api/account/sessions/${other.id}`)).status).toBe(204);
      expect((await b.get('/api/account')).status).toBe(401);
      expect((await a.get('/api/account')).status).toBe(200);
    });

    it('should change the password, end her other sessions and rotate this one', async () => {
      const user = await createUser(t, t.org, 'service_user');
      const here = await signIn(t, user);
      const elsewhere = await sessionFor(t, user);
      const weak = await here.post('/api/account/password').send({ currentPassword: TEST_PASSWORD, newPassword: 'password1234567890' });
      expect(weak.status).toBe(400);
      expect(JSON.stringify(weak.body.message)).toMatch(/newPassword/);
      const wrong = await here.post('/api/account/password').send({ currentPassword: 'not it at all', newPassword: NEW_PASSWORD });
      expect(wrong.status).toBe(400);
      const ok = await here.post('/api/account/password').send({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
      expect(ok.status).toBe(200);
      expect((await elsewhere.get('/api/account')).status).toBe(401);
      expect((await here.get('/api/account')).status).toBe(401);
      const rotated = sessionCookieFrom(ok);
      expect((await t.http().get('/api/account').set('Cookie', rotated ?? '')).status).toBe(200);
      expect((await t.http().post('/api/auth/sign-in').send({ email: user.email, password: NEW_PASSWORD })).status).toBe(200);
    });
  });

  describe('throttling', () => {
    it('should slow down guesses for one account from one address, but not her own sign-in from another', async () => {
      const user = await createUser(t, t.org, 'service_user');
      const from = (ip: string, password: string) =>
        t.http().post('/api/auth/sign-in').set('X-Forwarded-For', ip).send({ email: user.email, password });
      for (let i = 0; i < 5; i++) expect((await from('203.0.113.9', 'wrong guess number')).status).toBe(401);
      const blocked = await from('203.0.113.9', TEST_PASSWORD);
      expect(blocked.status).toBe(429);
      expect(blocked.body.retryAfterSeconds).toBeGreaterThan(0);
      expect(blocked.headers['retry-after']).toBe(String(blocked.body.retryAfterSeconds));
      expect((await from('198.51.100.7', TEST_PASSWORD)).status).toBe(200);
    });

    it('should throttle an unknown email exactly like a known one', async () => {
      const from = (password: string) =>
        t.http().post('/api/auth/sign-in').set('X-Forwarded-For', '203.0.113.50').send({ email: 'no.such.person@test.beside.test', password });
      for (let i = 0; i < 5; i++) expect((await from('a wrong guess')).status).toBe(401);
      expect((await from('a wrong guess')).status).toBe(429);
    });
  });

  describe('invitations', () => {
    it('should let an admin invite an advocate, who sets a password and must set up two-step sign-in', async () => {
      const admin = await sessionFor(t, await createUser(t, t.org, 'admin'));
      const email = `new.advocate.${Date.now()}@test.beside.test`;
      const invited = await admin.post('/api/accounts/invitations').send({ email, displayName: 'New Advocate', role: 'advocate' });
      expect(invited.status).toBe(201);
      const token = await latestLink(t, email);
      const [{ token_hash }]: { token_hash: string }[] = await t.owner.query(`SELECT token_hash FROM one_time_token WHERE user_id = $1`, [invited.body.accountId]);
      expect(token_hash).not.toContain(token);

      const view = await t.http().post('/api/auth/invitation').send({ token });
      expect(view.status).toBe(200);
      expect(view.body).toMatchObject({ displayName: 'New Advocate', role: 'advocate' });
      expect((await t.http().post('/api/auth/invitation/accept').send({ token, password: 'too short' })).status).toBe(400);
      expect((await t.http().post('/api/auth/invitation/accept').send({ token, password: NEW_PASSWORD })).status).toBe(204);
      expect((await t.http().post('/api/auth/invitation/accept').send({ token, password: NEW_PASSWORD })).status).toBe(404);

      const first = await t.http().post('/api/auth/sign-in').send({ email, password: NEW_PASSWORD });
      expect(first.body.stage).toBe('mfa_enrolment');
      const pending = sessionCookieFrom(first) ?? '';
      expect((await t.http().get('/api/journeys').set('Cookie', pending)).status).toBe(401);
      const enrol = await t.http().post('/api/auth/mfa/enrolment').set('Cookie', pending).set('X-CSRF-Token', first.body.csrfToken);
      expect(enrol.status).toBe(200);
      expect(enrol.body.qrCode).toMatch(/^data:image\/png;base64,/);
      const confirm = await t.http()
        .post('/api/auth/mfa/enrolment/confirm')
        .set('Cookie', pending)
        .set('X-CSRF-Token', first.body.csrfToken)
        .send({ code: authenticator.generate(enrol.body.secret) });
      expect(confirm.status).toBe(200);
      expect(confirm.body.recoveryCodes).toHaveLength(10);
      const full = sessionCookieFrom(confirm) ?? '';
      expect((await t.http().get('/api/journeys').set('Cookie', full)).status).toBe(200);
      expect((await t.http().get('/api/journeys').set('Cookie', pending)).status).toBe(401);

      // A recovery code works once, instead of the app.
      const again = await t.http().post('/api/auth/sign-in').send({ email, password: NEW_PASSWORD });
      const cookie = sessionCookieFrom(again) ?? '';
      const code = confirm.body.recoveryCodes[0];
      const used = await t.http().post('/api/auth/mfa/challenge').set('Cookie', cookie).set('X-CSRF-Token', again.body.csrfToken).send({ recoveryCode: code });
      expect(used.status).toBe(200);
      const third = await t.http().post('/api/auth/sign-in').send({ email, password: NEW_PASSWORD });
      const reuse = await t.http()
        .post('/api/auth/mfa/challenge')
        .set('Cookie', sessionCookieFrom(third) ?? '')
        .set('X-CSRF-Token', third.body.csrfToken)
        .send({ recoveryCode: code });
      expect(reuse.status).toBe(401);
    });

    it('should refuse staff invitations from anyone but an admin, and expire links after 72 hours', async () => {
      const manager = await sessionFor(t, await createUser(t, t.org, 'manager'));
      const refused = await manager.post('/api/accounts/invitations').send({ email: 'x.y@test.beside.test', displayName: 'X', role: 'manager' });
      expect(refused.status).toBe(403);

      const advocate = await createUser(t, t.org, 'advocate');
      const serviceUser = await createServiceUser(t, t.org);
      await createJourney(t, t.org, serviceUser, advocate.id);
      const email = `her.${Date.now()}@test.beside.test`;
      const invited = await (await sessionFor(t, advocate)).post('/api/accounts/invitations').send({ email, displayName: 'Her', role: 'service_user', serviceUserId: serviceUser });
      expect(invited.status).toBe(201);
      const token = await latestLink(t, email);
      await t.owner.query(`UPDATE one_time_token SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [invited.body.accountId]);
      expect((await t.http().post('/api/auth/invitation').send({ token })).status).toBe(404);

      const notHers = await createServiceUser(t, t.org);
      const outOfScope = await (await sessionFor(t, advocate)).post('/api/accounts/invitations').send({ email: 'z@test.beside.test', displayName: 'Z', role: 'service_user', serviceUserId: notHers });
      expect(outOfScope.status).toBe(404);
    });
  });

  describe('password reset', () => {
    it('should answer the same for known and unknown emails and send a link only to a real account', async () => {
      const user = await createUser(t, t.org, 'service_user');
      const known = await t.http().post('/api/auth/password-reset').send({ email: user.email });
      const unknown = await t.http().post('/api/auth/password-reset').send({ email: 'nobody.here@test.beside.test' });
      expect(known.status).toBe(202);
      expect(unknown.status).toBe(202);
      expect(known.body).toEqual(unknown.body);
      const sent: unknown[] = await t.owner.query(`SELECT 1 FROM outbox_message WHERE recipient = 'nobody.here@test.beside.test'`);
      expect(sent).toHaveLength(0);

      const session = await sessionFor(t, user);
      const token = await latestLink(t, user.email);
      expect((await t.http().post('/api/auth/password-reset/complete').send({ token, password: NEW_PASSWORD })).status).toBe(204);
      expect((await session.get('/api/account')).status).toBe(401);
      expect((await t.http().post('/api/auth/password-reset/complete').send({ token, password: NEW_PASSWORD })).status).toBe(404);
      expect((await t.http().post('/api/auth/sign-in').send({ email: user.email, password: NEW_PASSWORD })).status).toBe(200);
    });
  });
});
