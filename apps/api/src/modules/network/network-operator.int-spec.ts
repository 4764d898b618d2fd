import { UnitOfWork } from '../../database/unit-of-work';
import { useTestApp } from '../../testing/test-app';
import {
  countRows,
  createJourney,
  createNetworkOperator,
  createOrganisation,
  createServiceUser,
  createUser,
  sessionFor,
  signIn,
  TEST_PASSWORD,
} from '../../testing/fixtures';

const unique = () => Math.random().toString(36).slice(2, 8);

describe('the network operator (issue 17.1)', () => {
  const t = useTestApp(async (t) => {
    const operator = await createNetworkOperator(t);
    const asOperator = await sessionFor(t, operator);
    const member = await createOrganisation(t, `Member ${unique()}`);
    const memberAdvocate = await createUser(t, member, 'advocate');
    await createJourney(t, member, await createServiceUser(t, member), memberAdvocate.id);
    return { operator, asOperator, member, memberAdvocate };
  });

  const create = (name: string, email = `first.admin.${unique()}@example.org`) =>
    t.asOperator.post('/api/network/organisations').send({
      name,
      firstAdmin: { name: 'Farah Ali', email },
      settings: { messageSender: 'Appointments', servicesOffered: 'Advocacy at tribunal hearings', openingHours: [{ days: ['monday'], from: '09:00', until: '17:00' }] },
    });

  it('creates a member organisation and invites its first admin in one step, audited on both chains', async () => {
    const name = `Harbour ${unique()}`;
    const email = `harbour.${unique()}@example.org`;
    const res = await create(name, email);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name,
      status: 'active',
      sharesNetworkFigures: true,
      settings: { messageSender: 'Appointments', servicesOffered: 'Advocacy at tribunal hearings', openingHours: [{ days: ['monday'], from: '09:00', until: '17:00' }] },
      admins: [{ name: 'Farah Ali', email, status: 'invited' }],
    });
    const [invitation]: { organisation_id: string; template: string }[] = await t.owner.query(
      `SELECT organisation_id, template FROM outbox_message WHERE recipient = $1`,
      [email],
    );
    expect(invitation).toEqual({ organisation_id: res.body.id, template: 'invitation' });
    const events: { organisation_id: string; action: string; actor_user_id: string }[] = await t.owner.query(
      `SELECT organisation_id, action, actor_user_id FROM audit_event WHERE request_id = $1 ORDER BY append_no`,
      [res.headers['x-request-id']],
    );
    expect(events).toEqual(
      expect.arrayContaining([
        { organisation_id: t.operator.organisationId, action: 'organisation.created', actor_user_id: t.operator.id },
        { organisation_id: res.body.id, action: 'account.invited', actor_user_id: t.operator.id },
      ]),
    );
  });

  it('lists members with their admins only: never their staff, women or case content', async () => {
    const res = await t.asOperator.get('/api/network/organisations');
    expect(res.status).toBe(200);
    const listed = res.body.find((o: { id: string }) => o.id === t.member);
    expect(listed).toMatchObject({ id: t.member, status: 'active', admins: [] });
    expect(JSON.stringify(res.body)).not.toContain(t.memberAdvocate.email);
    expect(res.body.some((o: { id: string }) => o.id === t.operator.organisationId)).toBe(false);
  });

  it('refuses bad input with a 4xx naming the problem, and creates nothing', async () => {
    const before = await countRows(t, 'organisation');
    const blank = await t.asOperator.post('/api/network/organisations').send({ name: '  ', firstAdmin: { name: 'A', email: 'a@example.org' } });
    expect(blank.status).toBe(400);
    expect(JSON.stringify(blank.body)).toMatch(/name must not be empty/);
    const noAdmin = await t.asOperator.post('/api/network/organisations').send({ name: `No admin ${unique()}` });
    expect(noAdmin.status).toBe(400);
    expect(JSON.stringify(noAdmin.body)).toMatch(/firstAdmin/);
    const badHours = await t.asOperator
      .post('/api/network/organisations')
      .send({ name: `Bad hours ${unique()}`, firstAdmin: { name: 'A', email: `a.${unique()}@example.org` }, settings: { openingHours: [{ days: ['monday'], from: '09:00', until: '09:00' }] } });
    expect(badHours.status).toBe(400);
    const name = `Twice ${unique()}`;
    expect((await create(name)).status).toBe(201);
    const twice = await create(name.toUpperCase());
    expect(twice.status).toBe(409);
    expect(JSON.stringify(twice.body)).toMatch(/already in the network/);
    // An address that is already someone's account: one account belongs to one organisation.
    const taken = await create(`Taken ${unique()}`, t.memberAdvocate.email);
    expect(taken.status).toBe(409);
    expect(JSON.stringify(taken.body)).toMatch(/already has a Beside account/);
    expect(await countRows(t, 'organisation')).toBe(before + 1);
    expect((await t.asOperator.get('/api/network/organisations/not-a-uuid')).status).toBe(400);
    expect((await t.asOperator.get(`/api/network/organisations/${t.operator.organisationId}`)).status).toBe(404);
  });

  it('renames and sets settings with a version, 409 on a stale one', async () => {
    const created = (await create(`Rename ${unique()}`)).body;
    const renamed = await t.asOperator
      .patch(`/api/network/organisations/${created.id}`)
      .send({ version: created.version, name: `Renamed ${unique()}`, settings: { messageSender: null, concernTriageHours: { high: 12 } } });
    expect(renamed.status).toBe(200);
    expect(renamed.body.settings).toMatchObject({ messageSender: null, concernTriageHours: { high: 12 }, servicesOffered: 'Advocacy at tribunal hearings' });
    const stale = await t.asOperator.patch(`/api/network/organisations/${created.id}`).send({ version: created.version, name: 'Too late' });
    expect(stale.status).toBe(409);
    expect(stale.body.current.name).toBe(renamed.body.name);
  });

  it("suspends an organisation: its people cannot sign in and their sessions end; reinstating lets them back; nothing is deleted", async () => {
    const org = await createOrganisation(t, `Suspend ${unique()}`);
    const advocate = await createUser(t, org, 'advocate');
    const her = await createUser(t, org, 'service_user');
    const herSession = await sessionFor(t, her);
    expect((await herSession.get('/api/account')).status).toBe(200);
    const journeysBefore: { n: number }[] = await t.owner.query(`SELECT count(*)::int AS n FROM journey WHERE organisation_id = $1`, [org]);

    const suspended = await t.asOperator.post(`/api/network/organisations/${org}/suspend`).send({ reason: 'Funding paused while the board meets' });
    expect(suspended.status).toBe(200);
    expect(suspended.body).toMatchObject({ status: 'suspended', suspensionReason: 'Funding paused while the board meets' });
    expect((await herSession.get('/api/account')).status).toBe(401);
    const refused = await t.http().post('/api/auth/sign-in').send({ email: advocate.email, password: TEST_PASSWORD });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/cannot use Beside at the moment/);
    // A wrong password tells nothing about the suspension.
    const wrong = await t.http().post('/api/auth/sign-in').send({ email: advocate.email, password: 'not the password at all' });
    expect(wrong.status).toBe(401);
    // A reset link would lead only to that refusal: the answer is the usual one, and nothing is sent.
    const reset = await t.http().post('/api/auth/password-reset').send({ email: advocate.email });
    expect(reset.status).toBe(202);
    const links: unknown[] = await t.owner.query(`SELECT 1 FROM outbox_message WHERE recipient = $1 AND template = 'password_reset'`, [advocate.email]);
    expect(links).toHaveLength(0);
    expect((await t.asOperator.post(`/api/network/organisations/${org}/suspend`).send({ reason: 'Funding paused while the board meets' })).status).toBe(409);
    expect((await t.asOperator.post(`/api/network/organisations/${org}/admins`).send({ name: 'New Admin', email: `new.${unique()}@example.org` })).status).toBe(409);

    expect((await t.asOperator.post(`/api/network/organisations/${org}/reinstate`)).status).toBe(200);
    expect((await signIn(t, her)).cookie).toBeTruthy();
    const journeysAfter: { n: number }[] = await t.owner.query(`SELECT count(*)::int AS n FROM journey WHERE organisation_id = $1`, [org]);
    expect(journeysAfter).toEqual(journeysBefore);
    expect((await t.asOperator.post(`/api/network/organisations/${org}/reinstate`)).status).toBe(409);
  });

  it('invites another admin for a member', async () => {
    const email = `second.${unique()}@example.org`;
    const res = await t.asOperator.post(`/api/network/organisations/${t.member}/admins`).send({ name: 'Second Admin', email });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'Second Admin', email, status: 'invited' });
    expect((await t.asOperator.post(`/api/network/organisations/${t.member}/admins`).send({ name: 'Again', email })).status).toBe(409);
  });

  it('is refused to everyone but the operator, and the operator is refused every case route', async () => {
    for (const role of ['admin', 'manager', 'advocate', 'service_user'] as const) {
      const client = await sessionFor(t, await createUser(t, t.member, role));
      expect((await client.get('/api/network/organisations')).status).toBe(403);
      expect((await client.post('/api/network/organisations').send({ name: 'X', firstAdmin: { name: 'A', email: 'a@example.org' } })).status).toBe(403);
    }
    for (const path of ['/api/journeys', '/api/audit/events', '/api/accounts', '/api/concerns', '/api/dashboard', '/api/my/journey']) {
      expect([403, 404]).toContain((await t.asOperator.get(path)).status);
    }
  });

  describe("row-level security under the operator's role", () => {
    let uow: UnitOfWork;
    beforeAll(() => {
      uow = t.app.get(UnitOfWork);
    });

    it("answers the operator's functions to no one else", async () => {
      const manager = await createUser(t, t.member, 'manager');
      const seen = await uow.run({ organisationId: t.member, userId: manager.id, role: 'manager' }, async (em) => ({
        organisations: ((await em.query(`SELECT * FROM beside_network_organisations()`)) as unknown[]).length,
        admins: ((await em.query(`SELECT * FROM beside_network_organisation_admins()`)) as unknown[]).length,
      }));
      expect(seen).toEqual({ organisations: 0, admins: 0 });
      await expect(
        uow.run({ organisationId: t.member, userId: manager.id, role: 'manager' }, (em) => em.query(`SELECT beside_network_create_organisation('Planted', '{}')`)),
      ).rejects.toThrow(/only the network operator/);
      // A forged role without the network organisation's context is not the operator either.
      const forged = await uow.run({ organisationId: t.member, userId: manager.id, role: 'network_admin' }, (em) => em.query(`SELECT * FROM beside_network_organisations()`));
      expect(forged).toEqual([]);
    });

    it("sees no organisation's case content: in its own context, and even inside a member's context every case table is empty", async () => {
      const tables: { table_name: string }[] = await t.owner.query(
        `SELECT DISTINCT c.table_name FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
         WHERE c.table_schema = 'public' AND c.column_name = 'organisation_id' AND t.table_type = 'BASE TABLE' ORDER BY 1`,
      );
      const operatorMay = new Set(['user_account', 'user_session', 'recovery_code', 'one_time_token', 'outbox_message', 'audit_event', 'audit_chain_head', 'idempotency_key']);
      const own = { organisationId: t.operator.organisationId, userId: t.operator.id, role: 'network_admin' as const };
      const inMember = { organisationId: t.member, userId: t.operator.id, role: 'network_admin' as const };
      const seen: Record<string, [number, number]> = {};
      for (const { table_name: table } of tables) {
        // A table beside_app may not read at all (the consultation pool) shows nothing.
        const unreadable = (error: unknown) => {
          if (/permission denied/.test(String(error))) return [{ n: 0 }];
          throw error;
        };
        const [a] = (await uow.run(own, (em) => em.query(`SELECT count(*)::int AS n FROM ${table} WHERE organisation_id <> $1`, [t.operator.organisationId])).catch(unreadable)) as { n: number }[];
        const [b] = (await uow.run(inMember, (em) => em.query(`SELECT count(*)::int AS n FROM ${table}`)).catch(unreadable)) as { n: number }[];
        seen[table] = [a.n, operatorMay.has(table) ? 0 : b.n];
      }
      expect(Object.entries(seen).filter(([, [a, b]]) => a > 0 || b > 0)).toEqual([]);
      expect(Object.keys(seen).length).toBeGreaterThan(20);
      // Of a member's accounts, only its admins.
      const accounts = (await uow.run(inMember, (em) => em.query(`SELECT role FROM user_account`))) as { role: string }[];
      expect(accounts.every((a) => a.role === 'admin')).toBe(true);
      // The member really has content the operator did not see.
      const [content]: { n: number }[] = await t.owner.query(`SELECT count(*)::int AS n FROM journey WHERE organisation_id = $1`, [t.member]);
      expect(content.n).toBeGreaterThan(0);
    });
  });
});
