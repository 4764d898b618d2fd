import { randomUUID } from 'node:crypto';
import { useTestApp } from '../../testing/test-app';
import { createJourney, createOrganisation, createServiceUser, createUser, sessionFor } from '../../testing/fixtures';

/**
 * Issue 14.2: a concern about a manager must not reach her through the audit trail, and its
 * 404 must look like any other concern she cannot see.
 */
describe('audit trail: concerns the caller may not see', () => {
  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t);
    const advocate = await createUser(t, org, 'advocate');
    const about = await createUser(t, org, 'manager');
    const colleague = await createUser(t, org, 'manager');
    const her = await createServiceUser(t, org);
    const journey = await createJourney(t, org, her, advocate.id);
    const raiser = await sessionFor(t, advocate);
    const raised = await raiser
      .post('/api/concerns')
      .send({ category: 'staff_conduct', severity: 'high', description: 'Worried about how a manager spoke to her', aboutStaffUserId: about.id, journeyId: journey });
    expect(raised.status).toBe(201);
    const concern = raised.body.id;
    const plain = await raiser.post('/api/concerns').send({ category: 'risk_to_self', severity: 'low', description: 'A plain concern', journeyId: journey });
    expect(plain.status).toBe(201);
    const plainConcern = plain.body.id;
    const colleagueClient = await sessionFor(t, colleague);
    expect((await colleagueClient.get(`/api/concerns/${concern}`)).status).toBe(200);
    expect((await colleagueClient.get('/api/concerns?view=open')).status).toBe(200);
    expect((await colleagueClient.get(`/api/audit/events?entityId=${concern}`)).status).toBe(200);
    expect((await colleagueClient.post(`/api/concerns/${concern}/actions`).send({ description: 'Speak to the raiser', ownerId: colleague.id, dueOn: '2099-01-01' })).status).toBe(201);
    const aboutClient = await sessionFor(t, about);
    return { org, advocate, about, colleague, aboutClient, colleagueClient, concern, plainConcern, journey };
  });

  const mentions = (body: unknown) => JSON.stringify(body).includes(t.concern);

  it('should let a manager who may see the concern find it in the audit trail', async () => {
    const res = await t.colleagueClient.get(`/api/audit/events?entityId=${t.concern}`);
    expect(res.body.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['concern.created', 'concern.read']));
    const byAction = await t.colleagueClient.get('/api/audit/events?action=concern_action.*');
    expect(mentions(byAction.body)).toBe(true);
  });

  it('should show the manager it is about nothing of it: not by action, by entity, by list ids, nor in the export', async () => {
    const byAction = await t.aboutClient.get('/api/audit/events?action=concern.*&limit=200');
    expect(byAction.status).toBe(200);
    expect(byAction.body.items.length).toBeGreaterThan(0); // the plain concern's events are still there
    expect(mentions(byAction.body)).toBe(false);
    const actions = await t.aboutClient.get('/api/audit/events?action=concern_action.*');
    expect(mentions(actions.body)).toBe(false);
    const byEntity = await t.aboutClient.get(`/api/audit/events?entityId=${t.concern}`);
    expect(byEntity.body.items).toEqual([]);
    const everything = await t.aboutClient.get('/api/audit/events?limit=200');
    expect(mentions(everything.body)).toBe(false);
    expect(JSON.stringify(everything.body)).toContain(t.plainConcern);
    const csv = await t.aboutClient.get('/api/audit/events.csv');
    expect(csv.status).toBe(200);
    expect(csv.text).not.toContain(t.concern);
    expect(csv.text).toContain(t.plainConcern);
  });

  it('should answer the manager it is about exactly as for any concern she cannot see, and audit both the same way', async () => {
    const aboutHer = await t.aboutClient.get(`/api/concerns/${t.concern}`);
    const missing = await t.aboutClient.get(`/api/concerns/${randomUUID()}`);
    expect(aboutHer.status).toBe(404);
    const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined });
    expect(strip(aboutHer.body)).toEqual(strip(missing.body));
    // An advocate: a concern about her and one on a journey not hers are denied alike.
    const other = await createUser(t, t.org, 'advocate');
    const raiser = await sessionFor(t, t.advocate);
    const aboutOther = (await raiser.post('/api/concerns').send({ category: 'staff_conduct', severity: 'low', description: 'About a colleague', aboutStaffUserId: other.id })).body.id;
    const notHers = (await raiser.post('/api/concerns').send({ category: 'risk_to_self', severity: 'low', description: 'Not her journey', journeyId: t.journey })).body.id;
    const otherClient = await sessionFor(t, other);
    const attempt = async (id: string) => {
      const res = await otherClient.get(`/api/concerns/${id}`);
      const events: { action: string }[] = await t.owner.query(`SELECT action FROM audit_event WHERE request_id = $1`, [res.headers['x-request-id']]);
      return { status: res.status, body: strip(res.body), events: events.map((e) => e.action) };
    };
    const toHer = await attempt(aboutOther);
    expect(toHer).toEqual(await attempt(notHers));
    expect(toHer).toMatchObject({ status: 404, events: ['access.denied'] });
  });

  it('should not let an admin see denials on concerns in the account events', async () => {
    const admin = await sessionFor(t, await createUser(t, t.org, 'admin'));
    const res = await admin.get('/api/audit/account-events?action=access.*&limit=200');
    expect(res.status).toBe(200);
    expect(mentions(res.body)).toBe(false);
  });
});
