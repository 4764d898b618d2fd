import { UnitOfWork } from '../../../database/unit-of-work';
import { useTestApp } from '../../../testing/test-app';
import {
  createAppointment,
  createConsent,
  createJourney,
  createNote,
  createOrganisation,
  createServiceUser,
  createStaffConcern,
  createUser,
  sessionFor,
  signIn,
} from '../../../testing/fixtures';

/** What a panel member may read of her organisation: her account and its sign-in, the consultations' own policies, the panel's tables. */
const PANEL_MAY = new Set(['user_account', 'user_session', 'recovery_code', 'one_time_token', 'outbox_message', 'audit_event', 'audit_chain_head', 'idempotency_key']);
const VOICE_TABLES = ['panel_settings', 'finding', 'finding_evidence', 'finding_vote_cast', 'finding_vote', 'campaign', 'campaign_finding', 'campaign_ask', 'campaign_target', 'campaign_action', 'campaign_outcome'];

describe('the panel member (issue 18): women with lived experience on the panel read no case content', () => {
  const t = useTestApp(async (t) => {
    const uow = t.app.get(UnitOfWork);
    const org = await createOrganisation(t, 'Panel organisation');
    const admin = await createUser(t, org, 'admin');
    const advocate = await createUser(t, org, 'advocate');
    const manager = await createUser(t, org, 'manager');
    const panelMember = await createUser(t, org, 'panel_member', { name: 'Amara Okafor' });
    const her = await createUser(t, org, 'service_user');
    const herRecord = await createServiceUser(t, org, { accountId: her.id });
    const journeyId = await createJourney(t, org, herRecord, advocate.id);
    await createNote(t, journeyId, 'staff', 'She is worried about her housing', advocate.id);
    await createAppointment(t, journeyId, { advocateIds: [advocate.id] });
    await createConsent(t, herRecord);
    await createStaffConcern(t, herRecord, advocate);
    await (await sessionFor(t, advocate)).get(`/api/journeys/${journeyId}`).expect(200);
    return { uow, org, admin, advocate, manager, panelMember, her, herRecord, journeyId };
  });

  it('is a role the database accepts, and nothing else is', async () => {
    const org = await createOrganisation(t, 'Another');
    await expect(createUser(t, org, 'panel_member')).resolves.toMatchObject({ role: 'panel_member' });
    await expect(
      t.owner.query(`INSERT INTO user_account (organisation_id, role, email, display_name, status) VALUES ($1, 'panellist', 'x@test.beside.test', 'X', 'invited')`, [org]),
    ).rejects.toThrow(/user_account_role_check/);
  });

  it('is invited by an admin like other staff, with no manager to approve it; a manager may not invite one', async () => {
    const admin = await sessionFor(t, t.admin);
    const email = `panel.${Date.now()}@test.beside.test`;
    const invited = await admin.post('/api/accounts/invitations').send({ email, displayName: 'Grace Mensah', role: 'panel_member' }).expect(201);
    expect(invited.body).toMatchObject({ awaitingApproval: false, expiresAt: expect.any(String) });
    const [account]: { role: string; status: string }[] = await t.owner.query(`SELECT role, status FROM user_account WHERE id = $1`, [invited.body.accountId]);
    expect(account).toEqual({ role: 'panel_member', status: 'invited' });
    const sent: unknown[] = await t.owner.query(`SELECT 1 FROM outbox_message WHERE recipient = $1 AND template = 'invitation'`, [email]);
    expect(sent).toHaveLength(1);
    const approvals: unknown[] = await t.owner.query(`SELECT 1 FROM role_approval WHERE account_id = $1`, [invited.body.accountId]);
    expect(approvals).toEqual([]);
    const manager = await sessionFor(t, t.manager);
    await manager.post('/api/accounts/invitations').send({ email: `other.${email}`, displayName: 'Other', role: 'panel_member' }).expect(403);
    // Nor may an admin invite a network operator into her organisation: that role is made with the CLI, in the network.
    const operator = await admin.post('/api/accounts/invitations').send({ email: `operator.${email}`, displayName: 'Op', role: 'network_admin' }).expect(400);
    expect(JSON.stringify(operator.body.message)).toContain('role must be one of');
  });

  it('an admin may make an account a panel member (its sessions end), with no approval', async () => {
    const admin = await sessionFor(t, t.admin);
    const advocate = await createUser(t, t.org, 'advocate');
    const before = await sessionFor(t, advocate);
    const [{ version }]: { version: number }[] = await t.owner.query(`SELECT version FROM user_account WHERE id = $1`, [advocate.id]);
    const changed = await admin.patch(`/api/accounts/${advocate.id}`).send({ role: 'panel_member', version }).expect(200);
    expect(changed.body).toMatchObject({ role: 'panel_member' });
    await before.get('/api/account').expect(401);
  });

  it('signs in with two steps and uses her own account pages', async () => {
    const panel = await signIn(t, t.panelMember);
    const account = await panel.get('/api/account').expect(200);
    expect(account.body).toMatchObject({ role: 'panel_member', displayName: 'Amara Okafor' });
    await panel.get('/api/account/sessions').expect(200);
    await panel.get('/api/notifications').expect(200);
    await panel.put('/api/account/email-alerts').send({ on: false }).expect(200);
  });

  it('writes the audit trail like anyone else: the chain stays whole', async () => {
    const panel = await sessionFor(t, t.panelMember);
    const { version } = (await panel.get('/api/panel/settings').expect(200)).body;
    await panel.put('/api/panel/settings').send({ namedVoting: false, version }).expect(200);
    await panel.put('/api/account/email-alerts').send({ on: true }).expect(200);
    expect((await (await sessionFor(t, t.manager)).get('/api/audit/verify').expect(200)).body).toMatchObject({ intact: true, brokenAt: null });
  });

  it('is refused every case route (403)', async () => {
    const panel = await sessionFor(t, t.panelMember);
    for (const path of ['/api/journeys', `/api/journeys/${t.journeyId}`, `/api/service-users/${t.herRecord}`, `/api/journeys/${t.journeyId}/notes`, '/api/concerns', '/api/dashboard', '/api/audit/events', '/api/staff', '/api/referrals/incoming']) {
      expect([path, (await panel.get(path)).status]).toEqual([path, 403]);
    }
  });

  it('under row-level security sees no row of any case table, and of accounts only her own and the team she works with', async () => {
    const tables: { table_name: string }[] = await t.owner.query(
      `SELECT DISTINCT c.table_name FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
       WHERE c.table_schema = 'public' AND c.column_name = 'organisation_id' AND t.table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const asPanel = { organisationId: t.org, userId: t.panelMember.id, role: 'panel_member' as const };
    const asManager = { organisationId: t.org, userId: t.manager.id, role: 'manager' as const };
    const unreadable = (error: unknown) => {
      if (/permission denied/.test(String(error))) return [{ n: 0 }];
      throw error;
    };
    const count = async (context: typeof asPanel | typeof asManager, table: string) =>
      ((await t.uow.run(context, (em) => em.query(`SELECT count(*)::int AS n FROM ${table}`)).catch(unreadable)) as { n: number }[])[0].n;
    const seen: Record<string, number> = {};
    for (const { table_name: table } of tables) {
      if (PANEL_MAY.has(table) || VOICE_TABLES.includes(table) || table.startsWith('consultation')) continue;
      seen[table] = await count(asPanel, table);
    }
    expect(Object.entries(seen).filter(([, n]) => n > 0)).toEqual([]);
    expect(Object.keys(seen).length).toBeGreaterThan(25);
    // Even an empty one: each such table carries the restrictive policy, so a table added later must carry it too.
    const restricted: { tablename: string }[] = await t.owner.query(
      `SELECT tablename FROM pg_policies WHERE schemaname = 'public' AND permissive = 'RESTRICTIVE' AND policyname = tablename || '_not_panel_member'`,
    );
    const covered = new Set(restricted.map((r) => r.tablename));
    expect(Object.keys(seen).filter((table) => !covered.has(table))).toEqual([]);
    // The organisation really has that content: its manager sees it.
    for (const table of ['journey', 'service_user', 'note', 'appointment', 'concern', 'consent']) {
      expect([table, await count(asManager, table)]).toEqual([table, expect.any(Number)]);
      expect(await count(asManager, table)).toBeGreaterThan(0);
    }
    // Of accounts: hers, the managers' and the other panel members' — never a woman's or an advocate's.
    const roles = (await t.uow.run(asPanel, (em) => em.query(`SELECT DISTINCT role FROM user_account ORDER BY role`))) as { role: string }[];
    expect(roles.map((r) => r.role)).toEqual(['manager', 'panel_member']);
    // Of the audit trail, only what she did.
    const actors = (await t.uow.run(asPanel, (em) => em.query(`SELECT DISTINCT actor_user_id FROM audit_event`))) as { actor_user_id: string }[];
    expect(actors.every((a) => a.actor_user_id === t.panelMember.id)).toBe(true);
  });
});
