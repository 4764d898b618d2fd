import { DataSource } from 'typeorm';
import { useTestApp } from '../testing/test-app';
import { createOrganisation, createUser, sessionFor } from '../testing/fixtures';
import { APP_LOGIN_ROLE, appDatabaseUrl, assertOnlyAppMember } from './app-login';

/** Issue 14.3: the API serves through a login that is only a member of beside_app. */
describe("the API's database login", () => {
  const t = useTestApp();

  it('should serve through a login that no SQL can turn into the owner or a superuser', async () => {
    const pool = t.app.get(DataSource);
    if (t.database.kind === 'embedded') {
      // PGlite has one session and no logins (see app-login.ts): the fallback is SET LOCAL ROLE per transaction.
      expect(new URL(String((pool.options as { url?: string }).url)).username).toBe('postgres');
      return;
    }
    const runner = pool.createQueryRunner();
    try {
      await runner.query(`RESET ROLE`);
      await runner.query(`RESET SESSION AUTHORIZATION`);
      const [who]: { current_user: string; session_user: string; superuser: boolean }[] = await runner.query(
        `SELECT current_user, session_user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser`,
      );
      expect(who).toEqual({ current_user: APP_LOGIN_ROLE, session_user: APP_LOGIN_ROLE, superuser: false });
      await expect(runner.query(`UPDATE audit_chain_head SET seq = 0`)).rejects.toThrow(/permission denied/);
      await expect(runner.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete`)).rejects.toThrow(/must be owner|permission denied/);
      await expect(runner.query(`SET ROLE postgres`)).rejects.toThrow(/permission denied/);
    } finally {
      await runner.release();
    }
    // And the API works through it: a request, its audit event sealed.
    const org = await createOrganisation(t);
    const manager = await createUser(t, org, 'manager');
    const res = await (await sessionFor(t, manager)).get('/api/audit/verify');
    expect(res.body).toMatchObject({ intact: true });
    expect((await t.http().get('/api/status')).status).toBe(200);
  });

  it('should refuse a DATABASE_APP_URL that is the owner or a superuser', async () => {
    if (t.database.kind === 'embedded') return;
    await expect(assertOnlyAppMember(t.database.url, 'DATABASE_APP_URL')).rejects.toThrow(/superuser|owns the tables/);
    await expect(appDatabaseUrl({ DATABASE_APP_URL: t.database.url, SECRET_KEY: t.env.SECRET_KEY }, t.database)).rejects.toThrow(/DATABASE_APP_URL/);
  });

  it('should reuse the login it made, whichever database of the server it serves', async () => {
    if (t.database.kind === 'embedded') return;
    const url = await appDatabaseUrl({ SECRET_KEY: t.env.SECRET_KEY }, t.database);
    expect(new URL(url).username).toBe(APP_LOGIN_ROLE);
    await expect(assertOnlyAppMember(url, APP_LOGIN_ROLE)).resolves.toBeUndefined();
  });
});
