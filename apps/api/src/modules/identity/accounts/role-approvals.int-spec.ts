import { useTestApp, TestApp } from '../../../testing/test-app';
import { createOrganisation, createUser, sessionFor, organisationWith } from '../../../testing/fixtures';

async function linksTo(t: TestApp, recipient: string): Promise<string[]> {
  const rows: { body: string }[] = await t.owner.query(`SELECT body FROM outbox_message WHERE recipient = $1 ORDER BY created_at`, [recipient]);
  return rows.map((r) => (r.body.match(/#token=([A-Za-z0-9_-]+)/) ?? [])[1]);
}

async function actions(t: TestApp, entityIds: string[]): Promise<string[]> {
  const rows: { action: string }[] = await t.owner.query(
    `SELECT action FROM audit_event WHERE entity_id = ANY($1) OR detail->>'accountId' = ANY($2) ORDER BY occurred_at, action`,
    [entityIds, entityIds],
  );
  return rows.map((r) => r.action);
}

async function notified(t: TestApp, userId: string): Promise<number> {
  const [row]: { n: string }[] = await t.owner.query(`SELECT count(*) AS n FROM notification WHERE recipient_id = $1 AND kind = 'account.role_approval'`, [userId]);
  return Number(row.n);
}

describe('a new manager needs a manager’s approval (issue 14.8)', () => {
  const t = useTestApp((t) => organisationWith(t, { admin: 'admin', manager: 'manager' }));

  it('should hold an admin’s invitation of a manager until a manager approves it, then send the link', async () => {
    const admins = await sessionFor(t, t.admin);
    const email = `new.manager.${Date.now()}@test.beside.test`;
    const invited = await admins.post('/api/accounts/invitations').send({ email, displayName: 'New Manager', role: 'manager' });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ awaitingApproval: true, expiresAt: null });
    expect(await linksTo(t, email)).toEqual([]);
    expect(await notified(t, t.manager.id)).toBeGreaterThan(0);
    const listed = (await admins.get('/api/accounts')).body.find((a: { id: string }) => a.id === invited.body.accountId);
    expect(listed).toMatchObject({ status: 'invited', pendingRole: 'manager' });
    // No link can be sent round the approval.
    expect((await admins.post(`/api/accounts/${invited.body.accountId}/invitation/resend`)).status).toBe(409);

    const managers = await sessionFor(t, t.manager);
    const waiting = await managers.get('/api/accounts/role-approvals');
    const approval = waiting.body.find((a: { accountId: string }) => a.accountId === invited.body.accountId);
    expect(approval).toMatchObject({ accountName: 'New Manager', accountEmail: email, kind: 'invitation', role: 'manager' });
    expect((await admins.post(`/api/accounts/role-approvals/${approval.id}/approve`)).status).toBe(403);
    expect((await managers.post(`/api/accounts/role-approvals/${approval.id}/approve`)).status).toBe(204);
    expect(await linksTo(t, email)).toHaveLength(1);
    expect((await managers.post(`/api/accounts/role-approvals/${approval.id}/approve`)).status).toBe(409);
    expect(await notified(t, t.admin.id)).toBeGreaterThan(0);
    expect(await actions(t, [invited.body.accountId, approval.id])).toEqual(
      expect.arrayContaining(['account.invited', 'account.role_approval_requested', 'account.role_approved']),
    );
  });

  it('should keep an advocate’s role until a manager approves her change to manager, and apply nothing if declined', async () => {
    const admins = await sessionFor(t, t.admin);
    const managers = await sessionFor(t, t.manager);
    const advocate = await createUser(t, t.org, 'advocate');
    const hers = await sessionFor(t, advocate);
    const asked = await admins.patch(`/api/accounts/${advocate.id}`).send({ role: 'manager', version: 1 });
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({ role: 'advocate', pendingRole: 'manager' });
    expect((await hers.get('/api/journeys')).status).toBe(200);
    const [role] = (await t.owner.query(`SELECT role FROM user_account WHERE id = $1`, [advocate.id])) as { role: string }[];
    expect(role.role).toBe('advocate');

    let approval = (await managers.get('/api/accounts/role-approvals')).body.find((a: { accountId: string }) => a.accountId === advocate.id);
    expect((await managers.post(`/api/accounts/role-approvals/${approval.id}/decline`)).status).toBe(204);
    expect(((await t.owner.query(`SELECT role FROM user_account WHERE id = $1`, [advocate.id])) as { role: string }[])[0].role).toBe('advocate');

    const again = await admins.patch(`/api/accounts/${advocate.id}`).send({ role: 'manager', version: asked.body.version });
    expect(again.body.pendingRole).toBe('manager');
    approval = (await managers.get('/api/accounts/role-approvals')).body.find((a: { accountId: string }) => a.accountId === advocate.id);
    expect((await managers.post(`/api/accounts/role-approvals/${approval.id}/approve`)).status).toBe(204);
    expect(((await t.owner.query(`SELECT role FROM user_account WHERE id = $1`, [advocate.id])) as { role: string }[])[0].role).toBe('manager');
    // A change of privilege signs her out everywhere.
    expect((await hers.get('/api/journeys')).status).toBe(401);
    expect(await actions(t, [advocate.id, approval.id])).toEqual(expect.arrayContaining(['account.role_declined', 'account.role_approved', 'account.updated']));
  });

  it('should say which account each account event is about (issue 13.15)', async () => {
    const admins = await sessionFor(t, t.admin);
    const advocate = await createUser(t, t.org, 'advocate', { name: 'Named Advocate' });
    expect((await admins.patch(`/api/accounts/${advocate.id}`).send({ status: 'disabled', version: 1 })).status).toBe(200);
    expect((await admins.patch(`/api/accounts/${advocate.id}`).send({ role: 'manager', version: 2 })).status).toBe(200);
    const events = (await admins.get('/api/audit/account-events?limit=200')).body.items as { action: string; account: { id: string; name: string; email: string } | null }[];
    const disabled = events.find((e) => e.action === 'account.disabled' && e.account?.id === advocate.id);
    expect(disabled?.account).toEqual({ id: advocate.id, name: 'Named Advocate', email: advocate.email });
    const asked = events.find((e) => e.action === 'account.role_approval_requested' && e.account?.id === advocate.id);
    expect(asked?.account?.name).toBe('Named Advocate');
  });

  it('should let the first manager of an organisation be made at once, with an audited note and the other admins told', async () => {
    const newOrg = await createOrganisation(t, 'No managers yet');
    const firstAdmin = await createUser(t, newOrg, 'admin');
    const otherAdmin = await createUser(t, newOrg, 'admin');
    const email = `first.manager.${Date.now()}@test.beside.test`;
    const invited = await (await sessionFor(t, firstAdmin)).post('/api/accounts/invitations').send({ email, displayName: 'First', role: 'manager' });
    expect(invited.body).toMatchObject({ awaitingApproval: false });
    expect(await linksTo(t, email)).toHaveLength(1);
    expect(await notified(t, otherAdmin.id)).toBe(1);
    expect(await actions(t, [invited.body.accountId])).toContain('account.role_approval_not_needed');
  });
});

describe('invitations can be withdrawn and sent again (issue 13.15)', () => {
  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t);
    return { org };
  });

  it('should send a fresh link that ends the old one, and withdraw an invitation so that no link works, audited', async () => {
    const admins = await sessionFor(t, await createUser(t, t.org, 'admin'));
    const email = `resend.${Date.now()}@test.beside.test`;
    const invited = await admins.post('/api/accounts/invitations').send({ email, displayName: 'Resent', role: 'advocate' });
    const [first] = await linksTo(t, email);
    const resent = await admins.post(`/api/accounts/${invited.body.accountId}/invitation/resend`);
    expect(resent.status).toBe(200);
    expect(resent.body.expiresAt).toBeTruthy();
    const [, second] = await linksTo(t, email);
    expect((await t.http().post('/api/auth/invitation').send({ token: first })).status).toBe(404);
    expect((await t.http().post('/api/auth/invitation').send({ token: second })).status).toBe(200);

    expect((await admins.post(`/api/accounts/${invited.body.accountId}/invitation/withdraw`)).status).toBe(204);
    expect((await t.http().post('/api/auth/invitation').send({ token: second })).status).toBe(404);
    expect((await admins.post(`/api/accounts/${invited.body.accountId}/invitation/withdraw`)).status).toBe(409);
    expect(await actions(t, [invited.body.accountId])).toEqual(expect.arrayContaining(['account.invitation_resent', 'account.invitation_withdrawn']));

    // The address can be invited again later.
    const again = await admins.post('/api/accounts/invitations').send({ email, displayName: 'Resent Again', role: 'advocate' });
    expect(again.status).toBe(201);
    expect(again.body.accountId).toBe(invited.body.accountId);
    expect((await t.http().post('/api/auth/invitation').send({ token: (await linksTo(t, email))[2] })).body.displayName).toBe('Resent Again');
  });

  it('should withdraw an invitation for an address used in another organisation just the same', async () => {
    const otherOrg = await createOrganisation(t, 'Elsewhere');
    const elsewhere = await createUser(t, otherOrg, 'advocate');
    const admins = await sessionFor(t, await createUser(t, t.org, 'admin'));
    const invited = await admins.post('/api/accounts/invitations').send({ email: elsewhere.email, displayName: 'Used', role: 'advocate' });
    expect(invited.status).toBe(201);
    expect((await admins.post(`/api/accounts/${invited.body.accountId}/invitation/resend`)).status).toBe(200);
    expect((await admins.post(`/api/accounts/${invited.body.accountId}/invitation/withdraw`)).status).toBe(204);
    expect((await admins.post('/api/accounts/invitations').send({ email: elsewhere.email, displayName: 'Used', role: 'advocate' })).status).toBe(201);
  });
});
