import { UnitOfWork, NO_CONTEXT } from './unit-of-work';
import { createTestApp, TestApp } from '../testing/test-app';
import { createJourney, createOrganisation, createServiceUser, createUser } from '../testing/fixtures';

describe('row-level security (defence in depth under the API\'s own checks)', () => {
  let t: TestApp;
  let uow: UnitOfWork;
  let orgA: string;
  let orgB: string;

  beforeAll(async () => {
    t = await createTestApp();
    uow = t.app.get(UnitOfWork);
    orgA = await createOrganisation(t, 'A');
    orgB = await createOrganisation(t, 'B');
    for (const org of [orgA, orgB]) {
      const advocate = await createUser(t, org, 'advocate');
      await createJourney(t, org, await createServiceUser(t, org), advocate.id);
    }
  });
  afterAll(() => t?.close());

  it('should work as a role that is neither superuser nor able to bypass row-level security', async () => {
    const [who]: { current_user: string }[] = await uow.run(NO_CONTEXT, (em) => em.query(`SELECT current_user`));
    expect(who.current_user).toBe('beside_app');
    const [role]: { rolsuper: boolean; rolbypassrls: boolean }[] = await t.owner.query(
      `SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'beside_app'`,
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
  });

  it('should return no rows at all when no context is set', async () => {
    const counts = await uow.run(NO_CONTEXT, async (em) => {
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
    const seen = await uow.run({ organisationId: orgA, userId: null, role: 'manager' }, async (em) => ({
      own: (await em.query(`SELECT organisation_id FROM journey`)) as { organisation_id: string }[],
      other: (await em.query(`SELECT * FROM journey WHERE organisation_id = $1`, [orgB])) as unknown[],
      people: (await em.query(`SELECT * FROM service_user WHERE organisation_id = $1`, [orgB])) as unknown[],
    }));
    expect(seen.own.length).toBe(1);
    expect(seen.own.every((r) => r.organisation_id === orgA)).toBe(true);
    expect(seen.other).toEqual([]);
    expect(seen.people).toEqual([]);
  });

  it('should refuse to write a row into another organisation', async () => {
    await expect(
      uow.run({ organisationId: orgA, userId: null, role: 'manager' }, (em) =>
        em.query(`INSERT INTO service_user (organisation_id, name) VALUES ($1, 'Planted')`, [orgB]),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('should not leak the context to the next transaction on a pooled connection', async () => {
    await uow.run({ organisationId: orgA, userId: null, role: 'manager' }, (em) => em.query(`SELECT 1`));
    const after: unknown[] = await uow.run(NO_CONTEXT, (em) => em.query(`SELECT * FROM journey`));
    expect(after).toEqual([]);
    const [setting]: { v: string | null }[] = await t.owner.query(`SELECT current_setting('beside.organisation_id', true) AS v`);
    expect(setting.v ?? '').toBe('');
  });
});
