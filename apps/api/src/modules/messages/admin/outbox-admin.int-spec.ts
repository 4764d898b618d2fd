import { useTestApp, createTestApp } from '../../../testing/test-app';
import { createNetworkOperator, createOrganisation, createServiceUser, createUser, sessionFor } from '../../../testing/fixtures';
import { OutboxDeliveryWorker } from '../delivery/outbox-delivery.worker';

describe('what admins see of message delivery', () => {
  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t);
    const otherOrg = await createOrganisation(t, 'Another organisation');
    const admin = await sessionFor(t, await createUser(t, org, 'admin'));
    const otherAdmin = await sessionFor(t, await createUser(t, otherOrg, 'admin'));
    return { admin, otherAdmin, org, otherOrg };
  }, { MESSAGE_DELIVERY_ENABLED: 'true', MESSAGE_DELIVERY_INTERVAL_SECONDS: '600' });

  async function queue(organisationId: string, recipient: string, fields: Record<string, unknown> = {}): Promise<string> {
    const [row]: { id: string }[] = await t.owner.query(
      `INSERT INTO outbox_message (organisation_id, recipient, template, subject, body, status, attempts, failure_reason, service_user_id)
       VALUES ($1, $2, 'invitation', 'Your invitation', 'SECRET-BODY link', $3, $4, $5, $6) RETURNING id`,
      [organisationId, recipient, fields['status'] ?? 'queued', fields['attempts'] ?? 0, fields['reason'] ?? null, fields['serviceUserId'] ?? null],
    );
    return row.id;
  }

  it('should list failed and withdrawn messages with the reason, never the recipient or the words', async () => {
    const her = await createServiceUser(t, t.org);
    const failed = await queue(t.org, 'someone@example.org', { status: 'failed', attempts: 8, reason: 'The mail server could not be reached.' });
    const withdrawn = await queue(t.org, 'her@example.org', { status: 'withdrawn', reason: 'Her safe times are not set, so nothing is sent to her.', serviceUserId: her });
    await queue(t.otherOrg, 'elsewhere@example.org', { status: 'failed', reason: 'x' });
    const res = await t.admin.get('/api/messages/undelivered');
    expect(res.status).toBe(200);
    expect(res.body.map((m: { id: string }) => m.id).sort()).toEqual([failed, withdrawn].sort());
    expect(res.body.find((m: { id: string }) => m.id === withdrawn)).toMatchObject({ status: 'withdrawn', toWoman: true, purpose: 'invitation', channel: 'email' });
    expect(JSON.stringify(res.body)).not.toMatch(/someone@|her@|SECRET-BODY|Your invitation/);
  });

  it('should queue a failed message again for a fresh set of attempts, and only a failed one of its own organisation', async () => {
    const failed = await queue(t.org, 'again@example.org', { status: 'failed', attempts: 8, reason: 'The mail server could not be reached.' });
    expect((await t.otherAdmin.post(`/api/messages/${failed}/retry`)).status).toBe(404);
    expect((await t.admin.post(`/api/messages/${failed}/retry`)).status).toBe(204);
    const [row]: { status: string; attempts: number }[] = await t.owner.query(`SELECT status, attempts FROM outbox_message WHERE id = $1`, [failed]);
    expect(row).toEqual({ status: 'queued', attempts: 0 });
    expect((await t.admin.post(`/api/messages/${failed}/retry`)).status).toBe(409);
  });

  it('should show in development what the inbox caught, of her own organisation only', async () => {
    const ours = await queue(t.org, 'ours@example.org');
    await queue(t.otherOrg, 'theirs@example.org');
    await t.app.get(OutboxDeliveryWorker).deliverDue();
    const res = await t.admin.get('/api/development/sent-messages');
    expect(res.status).toBe(200);
    const mine = res.body.find((m: { to: string[] }) => m.to.includes('ours@example.org'));
    expect(mine).toMatchObject({ channel: 'email', subject: 'Your invitation' });
    expect(mine.text).toContain('SECRET-BODY');
    expect(JSON.stringify(res.body)).not.toContain('theirs@example.org');
    const [row]: { status: string }[] = await t.owner.query(`SELECT status FROM outbox_message WHERE id = $1`, [ours]);
    expect(row.status).toBe('sent');
  });

  it("should show the network operator, in development, the invitations she sent to members' admins and nothing else (issue 17)", async () => {
    const operator = await sessionFor(t, await createNetworkOperator(t));
    const email = `first.admin.${Date.now()}@example.org`;
    const created = await operator.post('/api/network/organisations').send({ name: `Inbox member ${Date.now()}`, firstAdmin: { name: 'First Admin', email } });
    expect(created.status).toBe(201);
    await queue(t.org, 'not.for.the.operator@example.org');
    await t.app.get(OutboxDeliveryWorker).deliverDue();
    const res = await operator.get('/api/development/sent-messages');
    expect(res.status).toBe(200);
    expect(res.body.map((m: { to: string[] }) => m.to)).toEqual([[email]]);
    expect(res.body[0].text).toMatch(/\/invitation#token=/);
  });

  it('should have no development inbox when a real mail server is configured', async () => {
    const real = await createTestApp({ SMTP_URL: 'smtp://127.0.0.1:2525' });
    try {
      const realAdmin = await sessionFor(real, await createUser(real, await createOrganisation(real), 'admin'));
      const res = await realAdmin.get('/api/development/sent-messages');
      expect(res.status).toBe(404);
      expect(res.body.message).toMatch(/no development inbox/);
    } finally {
      await real.close();
    }
  });
});
