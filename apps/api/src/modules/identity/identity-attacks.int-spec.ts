import { authenticator } from 'otplib';
import { useTestApp, TestApp } from '../../testing/test-app';
import { MFA_DAILY_CAP, USE_RECOVERY_CODE } from './second-step/mfa.service';
import { issueRecoveryCodes } from './second-step/recovery-codes';
import { createOrganisation, createUser, sessionFor, TEST_PASSWORD, TestUser } from '../../testing/fixtures';

const NEW_PASSWORD = 'a brand new passphrase for testing';

/** An account with a chosen address (the fixtures make their own). */
async function userWithEmail(t: TestApp, org: string, email: string, role: 'service_user' | 'advocate' | 'admin' | 'manager' = 'service_user'): Promise<TestUser> {
  const user = await createUser(t, org, role);
  await t.owner.query(`UPDATE user_account SET email = $2 WHERE id = $1`, [user.id, email]);
  return { ...user, email };
}

async function outboxCount(t: TestApp): Promise<number> {
  const [row]: { n: string }[] = await t.owner.query(`SELECT count(*) AS n FROM outbox_message`);
  return Number(row.n);
}

async function linksIn(t: TestApp, recipient: string): Promise<string[]> {
  const rows: { body: string }[] = await t.owner.query(`SELECT body FROM outbox_message WHERE recipient = $1 ORDER BY created_at`, [recipient]);
  return rows.map((r) => (r.body.match(/#token=([A-Za-z0-9_-]+)/) ?? [])[1]);
}

describe('what an attacker tries against identity (HTTP, real database)', () => {
  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t, 'Beside demo');
    const otherOrg = await createOrganisation(t, 'Another organisation');
    return { org, otherOrg };
  }, { TRUST_PROXY: '1', SIGN_IN_FIRST_DELAY_SECONDS: '30' });

  describe('look-alike addresses (issue 14.1)', () => {
    it('should not find Rosa by rosa@demo.besİde.test (U+0130), queue nothing, and answer as for an unknown address', async () => {
      const rosa = await userWithEmail(t, t.org, `rosa.${Date.now()}@demo.beside.test`);
      const lookAlike = rosa.email.replace('beside', 'bes\u0130de');
      const before = await outboxCount(t);
      const spoofed = await t.http().post('/api/auth/password-reset').set('X-Forwarded-For', '192.0.2.101').send({ email: lookAlike });
      const unknown = await t.http().post('/api/auth/password-reset').set('X-Forwarded-For', '192.0.2.102').send({ email: 'nobody.at.all@demo.beside.test' });
      expect(spoofed.status).toBe(unknown.status);
      expect({ ...spoofed.body, requestId: null }).toEqual({ ...unknown.body, requestId: null });
      expect(await outboxCount(t)).toBe(before);
      const [tokens]: { n: string }[] = await t.owner.query(`SELECT count(*) AS n FROM one_time_token WHERE user_id = $1`, [rosa.id]);
      expect(Number(tokens.n)).toBe(0);

      const signIn = await t.http().post('/api/auth/sign-in').set('X-Forwarded-For', '192.0.2.103').send({ email: lookAlike, password: TEST_PASSWORD });
      const signInUnknown = await t.http().post('/api/auth/sign-in').set('X-Forwarded-For', '192.0.2.104').send({ email: 'nobody.at.all@demo.beside.test', password: TEST_PASSWORD });
      expect(signIn.status).toBe(401);
      expect({ ...signIn.body, requestId: null }).toEqual({ ...signInUnknown.body, requestId: null });
    });

    it.each([
      ['the Kelvin sign', (e: string) => e.replace(/^k/, '\u212A')],
      ['full-width letters', (e: string) => '\uFF4B' + e.slice(1)],
      ['a dotless ı', (e: string) => e.replace('i', '\u0131')],
    ])('should not find her account through %s either', async (_, spoof) => {
      const kate = await userWithEmail(t, t.org, `kate.smith.${Date.now()}@demo.beside.test`);
      const before = await outboxCount(t);
      expect((await t.http().post('/api/auth/password-reset').set('X-Forwarded-For', '192.0.2.105').send({ email: spoof(kate.email) })).status).toBe(202);
      expect(await outboxCount(t)).toBe(before);
      expect((await t.http().post('/api/auth/sign-in').set('X-Forwarded-For', '192.0.2.105').send({ email: spoof(kate.email), password: TEST_PASSWORD })).status).toBe(401);
    });

    it('should find her by her address in capitals, and send the link to the address stored on her account, never the text typed', async () => {
      const rosa = await userWithEmail(t, t.org, `Rosa.Capital.${Date.now()}@demo.beside.test`);
      const typed = rosa.email.toUpperCase();
      expect((await t.http().post('/api/auth/password-reset').set('X-Forwarded-For', '192.0.2.106').send({ email: typed })).status).toBe(202);
      const sent: { recipient: string }[] = await t.owner.query(
        `SELECT m.recipient FROM outbox_message m JOIN user_account u ON u.organisation_id = m.organisation_id AND u.id = $1 WHERE m.template = 'password_reset' AND lower(m.recipient) = lower($2)`,
        [rosa.id, rosa.email],
      );
      expect(sent.map((s) => s.recipient)).toEqual([rosa.email]);
      expect((await t.http().post('/api/auth/sign-in').set('X-Forwarded-For', '192.0.2.106').send({ email: typed, password: TEST_PASSWORD })).status).toBe(200);
    });

    it('should refuse to invite a look-alike address, with a clear message, and create nothing', async () => {
      const admin = await sessionFor(t, await createUser(t, t.org, 'admin'));
      const before = await outboxCount(t);
      const res = await admin.post('/api/accounts/invitations').send({ email: 'new.person@demo.bes\u0130de.test', displayName: 'New Person', role: 'advocate' });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.message)).toMatch(/email: Use an email address written in plain letters/);
      expect(await outboxCount(t)).toBe(before);
    });

    it('should count every spelling of one address against one sign-in limit', async () => {
      const user = await userWithEmail(t, t.org, `limit.${Date.now()}@demo.beside.test`);
      const spellings = [user.email, user.email.toUpperCase(), user.email.replace('limit', 'LIMIT'), user.email.replace('demo', 'DEMO'), user.email.replace('beside', 'Beside')];
      for (const email of spellings) {
        expect((await t.http().post('/api/auth/sign-in').set('X-Forwarded-For', '192.0.2.107').send({ email, password: 'a wrong guess' })).status).toBe(401);
      }
      expect((await t.http().post('/api/auth/sign-in').set('X-Forwarded-For', '192.0.2.107').send({ email: user.email, password: 'a wrong guess' })).status).toBe(429);
    });
  });

  describe('invitations do not reveal other organisations (issue 14.7)', () => {
    it('should answer an invitation for an address used in another organisation exactly as for a new address', async () => {
      const elsewhere = await userWithEmail(t, t.otherOrg, `used.elsewhere.${Date.now()}@demo.beside.test`, 'advocate');
      const admin = await sessionFor(t, await createUser(t, t.org, 'admin'));
      const fresh = await admin.post('/api/accounts/invitations').send({ email: `fresh.${Date.now()}@demo.beside.test`, displayName: 'Fresh', role: 'advocate' });
      const used = await admin.post('/api/accounts/invitations').send({ email: elsewhere.email.toUpperCase(), displayName: 'Used', role: 'advocate' });
      expect(used.status).toBe(fresh.status);
      expect(Object.keys(used.body).sort()).toEqual(Object.keys(fresh.body).sort());
      const listed = await admin.get('/api/accounts');
      const statuses = listed.body.filter((a: { id: string }) => [fresh.body.accountId, used.body.accountId].includes(a.id)).map((a: { status: string }) => a.status);
      expect(statuses).toEqual(['invited', 'invited']);

      // Only the holder of the address is told, when she opens the link; her own account is untouched.
      const [token] = await linksIn(t, elsewhere.email.toUpperCase());
      const opened = await t.http().post('/api/auth/invitation').send({ token });
      expect(opened.status).toBe(409);
      expect((await t.http().post('/api/auth/invitation/accept').send({ token, password: NEW_PASSWORD })).status).toBe(409);
      expect((await t.http().post('/api/auth/sign-in').set('X-Forwarded-For', '192.0.2.108').send({ email: elsewhere.email, password: TEST_PASSWORD })).body.stage).toBe('mfa_challenge');
    });

    it('should still say so when the address already has an account in her own organisation (she can see it in her list)', async () => {
      const colleague = await userWithEmail(t, t.org, `colleague.${Date.now()}@demo.beside.test`, 'advocate');
      const admin = await sessionFor(t, await createUser(t, t.org, 'admin'));
      const res = await admin.post('/api/accounts/invitations').send({ email: colleague.email.toUpperCase(), displayName: 'Again', role: 'advocate' });
      expect(res.status).toBe(409);
    });
  });

  describe('password-reset links (issue 14.4)', () => {
    it('should not cancel her earlier link when someone asks again, and end the others once one is used', async () => {
      const her = await userWithEmail(t, t.org, `links.${Date.now()}@demo.beside.test`);
      for (let i = 0; i < 5; i++) {
        expect((await t.http().post('/api/auth/password-reset').set('X-Forwarded-For', `192.0.2.${120 + i}`).send({ email: her.email })).status).toBe(202);
      }
      const links = await linksIn(t, her.email);
      expect(links).toHaveLength(3);
      expect((await t.http().post('/api/auth/password-reset/complete').send({ token: links[0], password: NEW_PASSWORD })).status).toBe(204);
      expect((await t.http().post('/api/auth/password-reset/complete').send({ token: links[1], password: NEW_PASSWORD })).status).toBe(404);
    });
  });

  describe('keeping her locked out (issue 14.4)', () => {
    const deviceCookieFrom = (res: { headers: Record<string, unknown> }): string => {
      const all = ([] as string[]).concat((res.headers['set-cookie'] as string[] | undefined) ?? []);
      const found = all.find((c) => /beside_device=/.test(c));
      if (!found) throw new Error('no known-device cookie');
      return found.split(';')[0];
    };
    const signInFrom = (ip: string, email: string, password: string, cookie?: string) => {
      const req = t.http().post('/api/auth/sign-in').set('X-Forwarded-For', ip);
      return (cookie ? req.set('Cookie', cookie) : req).send({ email, password });
    };

    it('should set a long-lived, HttpOnly, SameSite=Strict known-device cookie when she signs in', async () => {
      const her = await createUser(t, t.org, 'service_user');
      const res = await signInFrom('198.51.100.1', her.email, TEST_PASSWORD);
      expect(res.status).toBe(200);
      const raw = ([] as string[]).concat(res.headers['set-cookie'] as unknown as string[]).find((c) => /beside_device=/.test(c)) ?? '';
      expect(raw).toMatch(/HttpOnly/);
      expect(raw).toMatch(/SameSite=Strict/);
      expect(raw).toMatch(/Max-Age=15552000/);
    });

    it('should let her known device in while failures from rotating addresses hold her account back', async () => {
      const her = await createUser(t, t.org, 'service_user');
      const device = deviceCookieFrom(await signInFrom('198.51.100.2', her.email, TEST_PASSWORD));
      for (let i = 0; i < 52; i++) await signInFrom(`203.0.113.${i + 1}`, her.email, 'an attacker guessing');
      // A new device (no cookie) waits, as before: the account-wide limit still slows distributed guessing.
      expect((await signInFrom('198.51.100.3', her.email, TEST_PASSWORD)).status).toBe(429);
      // Her own device is not held back by anybody else's guesses.
      expect((await signInFrom('198.51.100.2', her.email, TEST_PASSWORD, device)).status).toBe(200);
    });

    it('should not let failures for other emails from her own address block her right password on her device', async () => {
      const her = await createUser(t, t.org, 'service_user');
      const device = deviceCookieFrom(await signInFrom('198.51.100.20', her.email, TEST_PASSWORD));
      for (let i = 0; i < 22; i++) await signInFrom('198.51.100.20', `random.${i}.${Date.now()}@elsewhere.test`, 'whatever it is');
      expect((await signInFrom('198.51.100.20', `random.x.${Date.now()}@elsewhere.test`, 'whatever it is')).status).toBe(429);
      expect((await signInFrom('198.51.100.20', her.email, TEST_PASSWORD, device)).status).toBe(200);
    });

    it('should give a known device its own small budget for wrong passwords, and accept no forged or borrowed cookie', async () => {
      const her = await createUser(t, t.org, 'service_user');
      const other = await createUser(t, t.org, 'service_user');
      const device = deviceCookieFrom(await signInFrom('198.51.100.30', her.email, TEST_PASSWORD));
      const borrowed = deviceCookieFrom(await signInFrom('198.51.100.31', other.email, TEST_PASSWORD));
      for (let i = 0; i < 5; i++) expect((await signInFrom('198.51.100.30', her.email, 'wrong on her device', device)).status).toBe(401);
      expect((await signInFrom('198.51.100.30', her.email, TEST_PASSWORD, device)).status).toBe(429);

      const victim = await createUser(t, t.org, 'service_user');
      for (let i = 0; i < 52; i++) await signInFrom(`203.0.114.${i + 1}`, victim.email, 'an attacker guessing');
      const forged = borrowed.replace(/=([^.]+)\./, `=${victim.id}.`);
      expect((await signInFrom('198.51.100.32', victim.email, TEST_PASSWORD, borrowed)).status).toBe(429);
      expect((await signInFrom('198.51.100.32', victim.email, TEST_PASSWORD, forged)).status).toBe(429);
    });
  });

  describe('guessing the second step (issue 14.5)', () => {
    const rightCode = async (user: TestUser) => {
      await t.owner.query(`UPDATE user_account SET mfa_last_time_step = NULL WHERE id = $1`, [user.id]);
      return authenticator.generate(user.totpSecret ?? '');
    };
    const attempt = async (user: TestUser, ip: string, body: Record<string, string>) => {
      const pending = await sessionFor(t, user, 'mfa_challenge');
      return pending.post('/api/auth/mfa/challenge').set('X-Forwarded-For', ip).send(body);
    };
    const wrongCodes = async (user: TestUser, n: number, from: number) => {
      for (let i = 0; i < n; i++) expect((await attempt(user, `203.0.115.${from + i}`, { code: '000000' })).status).toBe(401);
    };

    it('should refuse even the right code after 10 wrong ones in a day, accept a recovery code, and tell her and the admins', async () => {
      const admin = await createUser(t, t.org, 'admin');
      const advocate = await createUser(t, t.org, 'advocate');
      const [code] = await t.owner.transaction((em) => issueRecoveryCodes(em, advocate.id, t.org));
      await wrongCodes(advocate, MFA_DAILY_CAP, 1);
      const refused = await attempt(advocate, '198.51.100.50', { code: await rightCode(advocate) });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ message: USE_RECOVERY_CODE, recoveryCodeRequired: true });

      const told: { recipient_id: string; kind: string }[] = await t.owner.query(
        `SELECT recipient_id, kind FROM notification WHERE kind = 'account.second_step_locked' AND recipient_id = ANY($1)`,
        [[admin.id, advocate.id]],
      );
      expect(told.map((n) => n.recipient_id).sort()).toEqual([admin.id, advocate.id].sort());
      const locked: unknown[] = await t.owner.query(`SELECT 1 FROM audit_event WHERE action = 'auth.mfa_locked' AND entity_id = $1`, [advocate.id]);
      expect(locked).toHaveLength(1);
      // And by email to the address on her account, once, with no link and no code in it.
      const emailed: { recipient: string; body: string }[] = await t.owner.query(
        `SELECT recipient, body FROM outbox_message WHERE template = 'security_alert' AND recipient = $1`,
        [advocate.email],
      );
      expect(emailed).toHaveLength(1);
      expect(emailed[0].body).toContain('wrong two-step codes');
      expect(emailed[0].body).not.toMatch(/https?:/);

      expect((await attempt(advocate, '198.51.100.51', { recoveryCode: code })).status).toBe(200);
      // A recovery code starts the count again.
      expect((await attempt(advocate, '198.51.100.52', { code: await rightCode(advocate) })).status).toBe(200);
    });

    it('should not give back the allowance when she signs in successfully', async () => {
      const advocate = await createUser(t, t.org, 'advocate');
      await wrongCodes(advocate, MFA_DAILY_CAP - 1, 40);
      expect((await attempt(advocate, '198.51.100.60', { code: await rightCode(advocate) })).status).toBe(200);
      await wrongCodes(advocate, 1, 60);
      expect((await attempt(advocate, '198.51.100.61', { code: await rightCode(advocate) })).status).toBe(403);
      // A new day (24 hours after the first wrong code) gives a new allowance.
      await t.owner.query(`UPDATE user_account SET mfa_failures_since = now() - interval '25 hours' WHERE id = $1`, [advocate.id]);
      expect((await attempt(advocate, '198.51.100.62', { code: await rightCode(advocate) })).status).toBe(200);
    });
  });
});
