import { useTestApp } from '../../testing/test-app';

/** Issue 14.13: the public status tells no one the exact PostgreSQL release. */
describe('GET /api/status', () => {
  const t = useTestApp();

  it('should answer anonymous callers with the major database version only', async () => {
    const res = await t.http().get('/api/status');
    expect(res.status).toBe(200);
    const [{ exact, major }]: { exact: string; major: string }[] = await t.owner.query(
      `SELECT current_setting('server_version') AS exact, (current_setting('server_version_num')::int / 10000)::text AS major`,
    );
    expect(res.body.databaseVersion).toBe(major);
    expect(JSON.stringify(res.body)).not.toContain(exact);
    expect(res.body.migrations).toBeGreaterThan(0);
  });
});
