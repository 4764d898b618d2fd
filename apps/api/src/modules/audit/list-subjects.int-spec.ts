import { useTestApp } from '../../testing/test-app';
import { womanWithAccount } from '../../testing/journey-team';
import {
  auditEventsFor,
  createAppointment,
  createGoal,
  createJourney,
  createOrganisation,
  createStaffConcern,
  SignedIn,
  TestUser,
  newSession,
} from '../../testing/fixtures';

/** Issue 14.11: a list across the caseload names each woman it shows, so her "who has looked at my record" sees the read. */
describe('lists across the caseload name each woman shown', () => {
  const women: { account: TestUser; record: string; client: SignedIn }[] = [];

  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t);
    const advocate = await newSession(t, org, 'advocate', { name: 'Asha Advocate' });
    const asha = advocate.user;
    const manager = await newSession(t, org, 'manager', { name: 'Mina Manager' });
    for (let i = 0; i < 2; i += 1) {
      const { herAccount: account, her: record, she: client } = await womanWithAccount(t, org);
      const journey = await createJourney(t, org, record, asha.id);
      const goal = await createGoal(t, journey, { createdBy: asha.id, words: 'See a therapist' });
      const proposed = await client.post('/api/my/change-proposals').send({ targetType: 'goal', targetId: goal, field: 'words', proposedValue: 'See a therapist who believes me', reason: 'My words' });
      expect(proposed.status).toBe(201);
      await createAppointment(t, journey, { advocateIds: [asha.id] });
      women.push({ account, record, client });
    }
    // The first woman's concern is confidential from her; the second's is not.
    await createStaffConcern(t, women[0].record, asha, { confidential: true });
    await createStaffConcern(t, women[1].record, asha, { confidential: false });
    return { asha, advocate, manager };
  });

  const subjects = async (res: Parameters<typeof auditEventsFor>[1]) => (await auditEventsFor(t, res)).map((e) => e.subject_id).sort();
  const looked = async (client: SignedIn, name: string) => {
    const res = await client.get('/api/my/access-log?limit=100');
    expect(res.status).toBe(200);
    return res.body.items.some((i: { who: string }) => i.who === name);
  };

  it('should name each woman in the change proposals across the caseload, and show the read to her', async () => {
    const res = await t.advocate.get('/api/change-proposals');
    expect(res.body.items).toHaveLength(2);
    expect(await subjects(res)).toEqual(women.map((w) => w.record).sort());
    for (const w of women) expect(await looked(w.client, 'Asha Advocate')).toBe(true);
  });

  it('should name each woman in the concerns register, keeping a confidential concern out of her view', async () => {
    for (const w of women) expect(await looked(w.client, 'Mina Manager')).toBe(false);
    const res = await t.manager.get('/api/concerns?view=open');
    expect(res.body.items).toHaveLength(2);
    const events = await auditEventsFor(t, res);
    expect(events.map((e) => e.subject_id).sort()).toEqual(women.map((w) => w.record).sort());
    expect(events.find((e) => e.subject_id === women[0].record)?.detail).toMatchObject({ confidentialFromSubject: true, count: 1 });
    expect(await looked(women[0].client, 'Mina Manager')).toBe(false);
    expect(await looked(women[1].client, 'Mina Manager')).toBe(true);
  });

  it('should name each woman in the accompaniments feed', async () => {
    const res = await t.advocate.get('/api/calendar/accompaniments.ics');
    expect(res.status).toBe(200);
    const events = await auditEventsFor(t, res);
    expect(events.map((e) => e.subject_id).sort()).toEqual(women.map((w) => w.record).sort());
    expect(events.every((e) => e.action === 'accompaniment.export' && (e.detail['appointmentIds'] as string[]).length === 1)).toBe(true);
  });
});
