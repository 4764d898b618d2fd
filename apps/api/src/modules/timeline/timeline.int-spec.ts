import { useTestApp } from '../../testing/test-app';
import { auditEventsFor, createJourney, createOrganisation, createServiceUser, createUser, sessionFor } from '../../testing/fixtures';

describe('journey timeline and self-advocacy trend', () => {
  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t);
    const asha = await createUser(t, org, 'advocate');
    const advocate = await sessionFor(t, asha);
    const otherAdvocate = await sessionFor(t, await createUser(t, org, 'advocate'));
    const her = await createServiceUser(t, org);
    const journey = await createJourney(t, org, her, asha.id, { status: 'referred' });
    await t.owner.query(`UPDATE journey SET referral_date = '2026-01-05' WHERE id = $1`, [journey]);
    await advocate.post(`/api/journeys/${journey}/status`).send({ status: 'active', version: 1 });
    const levels = ['advocate_led', 'accompanied', 'prepared', 'independent'];
    for (const [i, level] of levels.entries()) {
      const day = `2026-02-0${i + 1}`;
      const { body: a } = await advocate.post(`/api/journeys/${journey}/appointments`).send({ professionalRole: 'gp', startsAt: `${day}T10:00:00Z`, endsAt: `${day}T10:30:00Z` });
      await advocate.post(`/api/appointments/${a.id}/accompaniment`).send({ advocateIds: [asha.id], supportLevel: level });
      await advocate.patch(`/api/appointments/${a.id}`).send({ version: 1, status: i === 2 ? 'missed' : 'attended' });
    }
    const { body: goal } = await advocate.post(`/api/journeys/${journey}/goals`).send({ words: 'Speak for myself', category: 'rights' });
    const { body: step } = await advocate.post(`/api/goals/${goal.id}/steps`).send({ description: 'Write my questions', owner: 'her' });
    await advocate.patch(`/api/steps/${step.id}`).send({ version: 1, done: true });
    await advocate.post(`/api/journeys/${journey}/check-ins`).send({ confidence: 6, words: 'Better' });
    await advocate.post(`/api/journeys/${journey}/notes`).send({ visibility: 'shared', body: 'Good meeting' });
    return { advocate, otherAdvocate, her, journey };
  });

  it('should list everything in time order, across pages, with no gaps or repeats', async () => {
    const all: { kind: string; at: string; id: string }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await t.advocate.get(`/api/journeys/${t.journey}/timeline?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      all.push(...res.body.items);
      cursor = res.body.nextCursor;
      pages += 1;
    } while (cursor && pages < 20);
    const kinds = all.map((e) => e.kind);
    expect(kinds[0]).toBe('referral');
    expect(kinds.filter((k) => k === 'appointment')).toHaveLength(4);
    expect(kinds.filter((k) => k === 'accompaniment')).toHaveLength(4);
    for (const k of ['status_change', 'goal', 'step_done', 'check_in', 'note']) expect(kinds).toContain(k);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    const times = all.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(all.find((e) => e.kind === 'accompaniment')).toMatchObject({ detail: expect.objectContaining({ supportLevel: 'advocate_led' }) });
  });

  it('should audit a timeline page once, with her as subject', async () => {
    const res = await t.advocate.get(`/api/journeys/${t.journey}/timeline?limit=2`);
    expect(await auditEventsFor(t, res)).toEqual([expect.objectContaining({ action: 'journey.read', subject_id: t.her, detail: expect.objectContaining({ view: 'timeline', count: 2 }) })]);
  });

  it('should show the road to self-advocacy from attended appointments only', async () => {
    const res = await t.advocate.get(`/api/journeys/${t.journey}/trend`);
    expect(res.body.map((p: { supportLevel: string }) => p.supportLevel)).toEqual(['advocate_led', 'accompanied', 'independent']);
    expect((await auditEventsFor(t, res))[0]).toMatchObject({ action: 'journey.read', detail: { view: 'trend', count: 3 } });
  });

  it('should refuse a bad cursor or limit, and answer 404 out of scope', async () => {
    expect((await t.advocate.get(`/api/journeys/${t.journey}/timeline?cursor=nonsense`)).status).toBe(400);
    expect((await t.advocate.get(`/api/journeys/${t.journey}/timeline?limit=1000`)).status).toBe(400);
    expect((await t.otherAdvocate.get(`/api/journeys/${t.journey}/timeline`)).status).toBe(404);
    expect((await t.otherAdvocate.get(`/api/journeys/${t.journey}/trend`)).status).toBe(404);
  });
});
