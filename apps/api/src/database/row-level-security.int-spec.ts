import { UnitOfWork, NO_CONTEXT } from './unit-of-work';
import { useTestApp } from '../testing/test-app';
import { createJourney, createOrganisation, createServiceUser, createUser, sessionFor, TEST_PASSWORD } from '../testing/fixtures';

describe('row-level security (defence in depth under the API\'s own checks)', () => {
  const t = useTestApp(async (t) => {
    const uow = t.app.get(UnitOfWork);
    const orgA = await createOrganisation(t, 'A');
    const orgB = await createOrganisation(t, 'B');
    for (const org of [orgA, orgB]) {
      const advocate = await createUser(t, org, 'advocate');
      await createJourney(t, org, await createServiceUser(t, org), advocate.id);
    }
    // In organisation A: her, with her own journey, beside another woman.
    const her = await createUser(t, orgA, 'service_user');
    const advocate = await createUser(t, orgA, 'advocate');
    const herRecord = await createServiceUser(t, orgA, { accountId: her.id });
    const journey = await createJourney(t, orgA, herRecord, advocate.id);
    await (await sessionFor(t, advocate)).get(`/api/journeys/${journey}`);
 // an event about her
    await (await sessionFor(t, advocate)).get('/api/journeys');
    return { uow, orgA, orgB, her, herRecord };
  });

  it('should work as a role that is neither superuser nor able to bypass row-level security', async () => {
    const [who]: { current_user: string }[] = await t.uow.run(NO_CONTEXT, (em) => em.query(`SELECT current_user`));
    expect(who.current_user).toBe('beside_app');
    const [role]: { rolsuper: boolean; rolbypassrls: boolean }[] = await t.owner.query(
      `SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'beside_app'`,
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
  });

  it('should return no rows at all when no context is set', async () => {
    const counts = await t.uow.run(NO_CONTEXT, async (em) => {
      const out: Record<string, number> = {};
      for (const table of ['organisation', 'user_account', 'service_user', 'journey', 'user_session', 'audit_event', 'break_glass_access']) {
        const [row]: { n: string }[] = await em.query(`SELECT count(*) AS n FROM ${table}`);
        out[table] = Number(row.n);
      }
      return out;
    });
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
  });

  it('should hide another organisation\'s rows even from a raw query through the API\'s connection', async () => {
    const seen = await t.uow.run({ organisationId: t.orgA, userId: null, role: 'manager' }, async (em) => ({
      own: (await em.query(`SELECT organisation_id FROM journey`)) as { organisation_id: string }[],
      other: (await em.query(`SELECT * FROM journey WHERE organisation_id = $1`, [t.orgB])) as unknown[],
      people: (await em.query(`SELECT * FROM service_user WHERE organisation_id = $1`, [t.orgB])) as unknown[],
    }));
    expect(seen.own.length).toBe(2); // both of A's journeys
    expect(seen.own.every((r) => r.organisation_id === t.orgA)).toBe(true);
    expect(seen.other).toEqual([]);
    expect(seen.people).toEqual([]);
  });

  it('should refuse to write a row into another organisation', async () => {
    await expect(
      t.uow.run({ organisationId: t.orgA, userId: null, role: 'manager' }, (em) =>
        em.query(`INSERT INTO service_user (organisation_id, name) VALUES ($1, 'Planted')`, [t.orgB]),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('should not leak the context to the next transaction on a pooled connection', async () => {
    await t.uow.run({ organisationId: t.orgA, userId: null, role: 'manager' }, (em) => em.query(`SELECT 1`));
    const after: unknown[] = await t.uow.run(NO_CONTEXT, (em) => em.query(`SELECT * FROM journey`));
    expect(after).toEqual([]);
    const [setting]: { v: string | null }[] = await t.owner.query(`SELECT current_setting('beside.organisation_id', true) AS v`);
    expect(setting.v ?? '').toBe('');
  });

  describe('inside an organisation (issue 14.12)', () => {
    const asHer = <T>(work: (em: import('typeorm').EntityManager) => Promise<T>) =>
      t.uow.run({ organisationId: t.orgA, userId: t.her.id, role: 'service_user' }, work);

    it("should narrow a service user's own context to her own record, her journeys and the events about her or by her", async () => {
      const seen = await asHer(async (em) => ({
        people: (await em.query(`SELECT id FROM service_user`)) as { id: string }[],
        journeys: (await em.query(`SELECT service_user_id FROM journey`)) as { service_user_id: string }[],
        events: (await em.query(`SELECT subject_id, actor_user_id FROM audit_event`)) as { subject_id: string | null; actor_user_id: string | null }[],
      }));
      expect(seen.people).toEqual([{ id: t.herRecord }]);
      expect(seen.journeys).toEqual([{ service_user_id: t.herRecord }]);
      expect(seen.events.length).toBeGreaterThan(0);
      expect(seen.events.every((e) => e.subject_id === t.herRecord || e.actor_user_id === t.her.id)).toBe(true);
      const [all]: { n: string }[] = await t.owner.query(`SELECT count(*) AS n FROM audit_event WHERE organisation_id = $1`, [t.orgA]);
      expect(seen.events.length).toBeLessThan(Number(all.n));
      // Staff of the organisation still see every record.
      const staff = await t.uow.run({ organisationId: t.orgA, userId: null, role: 'manager' }, (em) => em.query(`SELECT id FROM service_user`));
      expect((staff as unknown[]).length).toBeGreaterThan(1);
    });

    it('should still let her use her portal and see who has looked at her record', async () => {
      const res = await t.http().post('/api/auth/sign-in').send({ email: t.her.email, password: TEST_PASSWORD });
      expect(res.status).toBe(200);
      const client = await sessionFor(t, t.her);
      const log = await client.get('/api/my/access-log');
      expect(log.status).toBe(200);
      expect(log.body.items.length).toBeGreaterThan(0);
    });

    it('should not let SQL sent as the API set another organisation, a user or a role: the context is sealed', async () => {
      const forged = await t.uow.run({ organisationId: t.orgA, userId: null, role: 'manager' }, async (em) => {
        const own = (await em.query(`SELECT count(*)::int AS n FROM journey`)) as { n: number }[];
        await em.query(`SELECT set_config('beside.organisation_id', $1, true)`, [t.orgB]);
        const other = (await em.query(`SELECT count(*)::int AS n FROM journey`)) as { n: number }[];
        const org = (await em.query(`SELECT beside_current_organisation() AS o`)) as { o: string | null }[];
        return { own: own[0].n, other: other[0].n, org: org[0].o };
      });
      expect(forged).toEqual({ own: 2, other: 0, org: null });
      const asStaff = await t.uow.run({ organisationId: t.orgA, userId: t.her.id, role: 'service_user' }, async (em) => {
        await em.query(`SELECT set_config('beside.role', 'manager', true)`);
        return (await em.query(`SELECT count(*)::int AS n FROM service_user`)) as { n: number }[];
      });
      expect(asStaff[0].n).toBe(0);
      await expect(t.uow.run(NO_CONTEXT, (em) => em.query(`SELECT key FROM beside_context_key`))).rejects.toThrow(/permission denied/);
    });

    it('should keep history insert-only for the API\'s role', async () => {
      for (const table of ['note_version', 'journey_status_change', 'concern_event']) {
        const [grant]: { can_update: boolean; can_delete: boolean; can_insert: boolean }[] = await t.owner.query(
          `SELECT has_table_privilege('beside_app', $1, 'UPDATE') AS can_update, has_table_privilege('beside_app', $1, 'DELETE') AS can_delete,
                  has_table_privilege('beside_app', $1, 'INSERT') AS can_insert`,
          [table],
        );
        expect({ table, ...grant }).toEqual({ table, can_update: false, can_delete: false, can_insert: true });
      }
      await expect(t.uow.run({ organisationId: t.orgA, userId: null, role: 'manager' }, (em) => em.query(`UPDATE journey_status_change SET to_status = to_status`))).rejects.toThrow(
        /permission denied/,
      );
    });

    it('should reach job runs, request rates and sign-in throttling only through their functions, with keyed throttle hashes', async () => {
      for (const table of ['job_run', 'request_rate', 'sign_in_throttle']) {
        await expect(t.uow.run(NO_CONTEXT, (em) => em.query(`SELECT count(*) FROM ${table}`))).rejects.toThrow(/permission denied/);
        await expect(t.uow.run(NO_CONTEXT, (em) => em.query(`DELETE FROM ${table}`))).rejects.toThrow(/permission denied/);
      }
      // A failed sign-in is counted under keys that are not the plain SHA-256 of what they count.
      const { createHash } = await import('node:crypto');
      await t.http().post('/api/auth/sign-in').send({ email: t.her.email, password: 'not her password at all' });
      const keys: { key: string }[] = await t.owner.query(`SELECT key FROM sign_in_throttle`);
      expect(keys.length).toBeGreaterThan(0);
      const plain = ['ip:', 'account:'].flatMap((p) => [p]).map((p) => createHash('sha256').update(`${p}${t.her.email}`).digest('hex'));
      expect(keys.some((k) => plain.includes(k.key))).toBe(false);
    });
  });
});
