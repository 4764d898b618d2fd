import { useTestApp } from '../../testing/test-app';
import { createOrganisation, createServiceUser, createUser, sessionFor } from '../../testing/fixtures';

describe('audit trail: choosing people by name', () => {
  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t);
    const advocate = await createUser(t, org, 'advocate', { name: 'Asha Advocate' });
    const manager = await createUser(t, org, 'manager');
    const her = await createServiceUser(t, org, { name: 'Hana Example' });
    return { org, advocate, manager, her };
  });

  it('should find women by name for "whose data", and name each one shown as the subject of the look-up', async () => {
    const res = await (await sessionFor(t, t.manager)).get('/api/audit/people?as=subject&q=hana');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([{ id: t.her, name: 'Hana Example', role: null }]);
    const events: { action: string; subject_id: string }[] = await t.owner.query(`SELECT action, subject_id FROM audit_event WHERE request_id = $1`, [
      res.headers['x-request-id'],
    ]);
    expect(events).toEqual([{ action: 'audit.people_list', subject_id: t.her }]);
  });

  it('should find accounts by name for "who did it", with their role', async () => {
    const res = await (await sessionFor(t, t.manager)).get('/api/audit/people?as=actor&q=Asha');
    expect(res.body).toEqual([{ id: t.advocate.id, name: 'Asha Advocate', role: 'advocate' }]);
  });

  it('should keep other organisations out, refuse advocates, and refuse a bad question with a plain message', async () => {
    const elsewhere = await createUser(t, await createOrganisation(t, 'Elsewhere'), 'manager');
    expect((await (await sessionFor(t, elsewhere)).get('/api/audit/people?as=subject&q=Hana')).body).toEqual([]);
    expect((await (await sessionFor(t, t.advocate)).get('/api/audit/people?as=subject&q=Hana')).status).toBe(403);
    const bad = await (await sessionFor(t, t.manager)).get('/api/audit/people?as=everyone');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toEqual(['as: Choose actor (who did it) or subject (whose data)']);
  });
});
