import { beforeAllTests } from '../../../testing/before-all-tests';
import { createJourney, createServiceUser, createUser, sessionFor } from '../../../testing/fixtures';
import { ALWAYS_SAFE as ALWAYS, arrivedFor, deliveryTestApp } from '../../../testing/message-delivery';

/** Her invitation leaves only as her rules allow, in words that name nothing. */
describe('inviting her to her portal', () => {
  const d = beforeAllTests(() => deliveryTestApp(), async (d) => {
    const user = await createUser(d.t, d.org, 'advocate');
    const asha = user.id;
    const advocate = await sessionFor(d.t, user);
    return { advocate, asha };
  });

  async function woman(safeContact: Record<string, unknown>): Promise<string> {
    const id = await createServiceUser(d.t, d.org);
    await createJourney(d.t, d.org, id, d.asha);
    await d.t.owner.query(`UPDATE service_user SET safe_contact = $2 WHERE id = $1`, [id, JSON.stringify(safeContact)]);
    return id;
  }
  const invite = (serviceUserId: string, email: string) =>
    d.advocate.post('/api/accounts/invitations').send({ role: 'service_user', serviceUserId, email, displayName: 'Rosa' });

  it('should send her invitation by email when she marked it safe and agreed, naming neither the service nor why', async () => {
    const her = await woman({ channels: ['email'], safeWindows: ALWAYS, messageConsent: { invitation: ['email'], reminder: [], message_alert: [] } });
    const res = await invite(her, 'rosa.invited@example.org');
    expect(res.status).toBe(201);
    expect(res.body.notSentBecause).toBeNull();
    await d.worker.deliverDue();
    const [arrived] = arrivedFor(d.mail, 'rosa.invited@example.org');
    expect(arrived.subject).toBe('Your invitation');
    expect(arrived.text).toContain('/invitation#token=');
    expect(`${arrived.subject} ${arrived.text} ${arrived.from}`).not.toMatch(/Beside|advoca|mental|support/i);
  });

  it('should tell staff why her invitation cannot reach her, and never send it', async () => {
    const her = await woman({ channels: ['email'], safeWindows: ALWAYS, messageConsent: { invitation: [], reminder: [], message_alert: [] } });
    const res = await invite(her, 'rosa.not.agreed@example.org');
    expect(res.status).toBe(201);
    expect(res.body.notSentBecause).toBe('She has not agreed to messages of this kind this way.');
    await d.worker.deliverDue();
    expect(arrivedFor(d.mail, 'rosa.not.agreed@example.org')).toHaveLength(0);
    const [row]: { status: string }[] = await d.t.owner.query(`SELECT status FROM outbox_message WHERE recipient = 'rosa.not.agreed@example.org'`);
    expect(row.status).toBe('withdrawn');
  });

  it('should let her advocate invite her again before she accepts, once her safe contact allows it: a fresh link, the first one spent', async () => {
    const her = await woman({ channels: ['email'], safeWindows: ALWAYS, messageConsent: { invitation: [], reminder: [], message_alert: [] } });
    const first = await invite(her, 'rosa.first@example.org');
    expect(first.body.notSentBecause).toBeTruthy();
    await d.t.owner.query(`UPDATE service_user SET safe_contact = safe_contact || '{"messageConsent": {"invitation": ["email"], "reminder": [], "message_alert": []}}'::jsonb WHERE id = $1`, [her]);
    const again = await invite(her, 'rosa.second@example.org');
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ accountId: first.body.accountId, notSentBecause: null });
    const tokens: { used: boolean }[] = await d.t.owner.query(
      `SELECT used_at IS NOT NULL AS used FROM one_time_token WHERE user_id = $1 AND purpose = 'invitation' ORDER BY created_at`,
      [first.body.accountId],
    );
    expect(tokens.map((x) => x.used)).toEqual([true, false]);
    await d.worker.deliverDue();
    expect(arrivedFor(d.mail, 'rosa.second@example.org')).toHaveLength(1);
    expect(arrivedFor(d.mail, 'rosa.first@example.org')).toHaveLength(0);
    // Once she has accepted, her account is hers.
    await d.t.owner.query(`UPDATE user_account SET status = 'active' WHERE id = $1`, [first.body.accountId]);
    expect((await invite(her, 'rosa.third@example.org')).status).toBe(409);
  });

  it('should still name the service to a new member of staff', async () => {
    const admin = await sessionFor(d.t, await createUser(d.t, d.org, 'admin'));
    expect((await admin.post('/api/accounts/invitations').send({ role: 'advocate', email: 'new.advocate@example.org', displayName: 'New' })).status).toBe(201);
    await d.worker.deliverDue();
    const [arrived] = arrivedFor(d.mail, 'new.advocate@example.org');
    expect(arrived.subject).toBe('You have been invited to Beside');
  });
});
