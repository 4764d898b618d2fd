import { useTestApp } from '../../testing/test-app';
import { auditEventsFor, countRows } from '../../testing/fixtures';
import { journeyTeam } from '../../testing/journey-team';

describe('plan (goals, steps, check-ins)', () => {
  let goalId: string;
  let stepId: string;

  const t = useTestApp(journeyTeam);

  it('should add a goal in her words and a step under it, and show the plan', async () => {
    const goal = await t.advocate.post(`/api/journeys/${t.journey}/goals`).send({ words: 'I want a therapist who listens to me', category: 'health', targetDate: '2026-09-01' });
    expect(goal.status).toBe(201);
    expect(goal.body).toMatchObject({ words: 'I want a therapist who listens to me', category: 'health', status: 'open', steps: [], version: 1 });
    goalId = goal.body.id;
    expect((await auditEventsFor(t, goal))[0]).toMatchObject({ action: 'goal.created', subject_id: t.her });
    const step = await t.advocate.post(`/api/goals/${goalId}/steps`).send({ description: 'Ask the GP for a referral', owner: 'her', dueDate: '2020-01-01' });
    expect(step.body).toMatchObject({ goalId, owner: 'her', dueDate: '2020-01-01', done: false, version: 1 });
    stepId = step.body.id;
    const plan = await t.advocate.patch(`/api/journeys/${t.journey}`).send({ version: 1, planReviewDate: '2026-07-01' });
    expect(plan.status).toBe(200);
    const res = await t.advocate.get(`/api/journeys/${t.journey}/plan`);
    expect(res.body).toMatchObject({ journeyId: t.journey, reviewDate: '2026-07-01', goals: [{ id: goalId, steps: [{ id: stepId }] }] });
    expect((await auditEventsFor(t, res))[0]).toMatchObject({ action: 'plan.read', subject_id: t.her });
  });

  it('should count an overdue step on the caseload, and not once it is done', async () => {
    const before = (await t.advocate.get('/api/journeys')).body.items.find((i: { id: string }) => i.id === t.journey);
    expect(before.overdueSteps).toBe(1);
    const done = await t.advocate.patch(`/api/steps/${stepId}`).send({ version: 1, done: true });
    expect(done.body).toMatchObject({ done: true, version: 2 });
    expect(done.body.doneAt).toMatch(/Z$/);
    expect((await auditEventsFor(t, done))[0].detail).toEqual({ fields: ['done'] });
    const after = (await t.advocate.get('/api/journeys')).body.items.find((i: { id: string }) => i.id === t.journey);
    expect(after.overdueSteps).toBe(0);
  });

  it('should answer stale versions with 409 and the current record', async () => {
    const goal = await t.advocate.patch(`/api/goals/${goalId}`).send({ version: 2, status: 'achieved' });
    expect(goal.status).toBe(409);
    expect(goal.body.current).toMatchObject({ id: goalId, version: 1 });
    expect((await t.advocate.patch(`/api/goals/${goalId}`).send({ version: 1, status: 'in_progress' })).body.status).toBe('in_progress');
    const step = await t.advocate.patch(`/api/steps/${stepId}`).send({ version: 1, done: false });
    expect(step.status).toBe(409);
    expect(step.body.current).toMatchObject({ id: stepId, done: true });
  });

  it('should refuse bad input naming the field, and write nothing', async () => {
    const before = [await countRows(t, 'goal'), await countRows(t, 'step'), await countRows(t, 'check_in')];
    const cases: [string, object, string][] = [
      [`/api/journeys/${t.journey}/goals`, { words: 'x', category: 'fame' }, 'category'],
      [`/api/journeys/${t.journey}/goals`, { words: 'x'.repeat(2001), category: 'health' }, 'words'],
      [`/api/goals/${goalId}/steps`, { description: 'x', owner: 'someone' }, 'owner'],
      [`/api/goals/${goalId}/steps`, { description: 'x', owner: 'her', dueDate: 'soon' }, 'dueDate'],
      [`/api/journeys/${t.journey}/check-ins`, { confidence: 11 }, 'confidence'],
      [`/api/journeys/${t.journey}/check-ins`, { confidence: 4.5 }, 'confidence'],
    ];
    for (const [path, body, field] of cases) {
      const res = await t.advocate.post(path).send(body);
      expect([res.status, field]).toEqual([400, field]);
      expect(JSON.stringify(res.body.message)).toContain(field);
    }
    expect([await countRows(t, 'goal'), await countRows(t, 'step'), await countRows(t, 'check_in')]).toEqual(before);
  });

  it('should record check-ins and page them newest first', async () => {
    for (const confidence of [3, 5, 7]) {
      const res = await t.advocate.post(`/api/journeys/${t.journey}/check-ins`).send({ confidence, words: `I feel ${confidence}` });
      expect(res.status).toBe(201);
    }
    const first = await t.advocate.get(`/api/journeys/${t.journey}/check-ins?limit=2`);
    const second = await t.advocate.get(`/api/journeys/${t.journey}/check-ins?limit=2&cursor=${first.body.nextCursor}`);
    expect([...first.body.items, ...second.body.items].map((c: { confidence: number }) => c.confidence)).toEqual([7, 5, 3]);
    expect((await auditEventsFor(t, first))[0]).toMatchObject({ action: 'check_in.list', subject_id: t.her });
  });

  describe('removing a step added by mistake', () => {
    async function addStep(description: string): Promise<{ id: string; version: number }> {
      const res = await t.advocate.post(`/api/goals/${goalId}/steps`).send({ description, owner: 'together' }).expect(201);
      return res.body;
    }

    it('should remove the step at the version she saw, audited in the same transaction', async () => {
      const step = await addStep('Added twice by mistake');
      const res = await t.advocate.delete(`/api/steps/${step.id}?version=${step.version}`);
      expect(res.status).toBe(204);
      const [{ n }]: { n: number }[] = await t.owner.query(`SELECT count(*)::int AS n FROM step WHERE id = $1`, [step.id]);
      expect(n).toBe(0);
      expect(await auditEventsFor(t, res)).toEqual([
        expect.objectContaining({ action: 'step.deleted', entity_type: 'step', entity_id: step.id, subject_id: t.her, detail: { goalId } }),
      ]);
      const plan = await t.advocate.get(`/api/journeys/${t.journey}/plan`);
      expect(plan.body.goals[0].steps.map((s: { id: string }) => s.id)).not.toContain(step.id);
      expect((await t.advocate.delete(`/api/steps/${step.id}?version=${step.version}`)).status).toBe(404);
    });

    it('should keep a step someone has changed since (409 with the step as it is now), and write no audit event', async () => {
      const step = await addStep('Changed by a colleague');
      await t.advocate.patch(`/api/steps/${step.id}`).send({ version: 1, done: true }).expect(200);
      const res = await t.advocate.delete(`/api/steps/${step.id}?version=1`);
      expect(res.status).toBe(409);
      expect(res.body.current).toMatchObject({ id: step.id, done: true, version: 2 });
      expect(await auditEventsFor(t, res)).toEqual([]);
      expect((await t.advocate.delete(`/api/steps/${step.id}?version=2`)).status).toBe(204);
    });

    it('should refuse a missing or bad version with 400 and remove nothing', async () => {
      const step = await addStep('Still here');
      const before = await countRows(t, 'step');
      for (const query of ['', '?version=', '?version=abc', '?version=0', '?version=1.5']) {
        const res = await t.advocate.delete(`/api/steps/${step.id}${query}`);
        expect([query, res.status]).toEqual([query, 400]);
        expect(JSON.stringify(res.body.message)).toContain('version');
      }
      expect((await t.advocate.delete(`/api/steps/not-a-uuid?version=1`)).status).toBe(400);
      expect(await countRows(t, 'step')).toBe(before);
    });

    it('should keep a step she has asked to change until her request is answered', async () => {
      const step = await addStep('She asked to change this one');
      await t.owner.query(
        `INSERT INTO change_proposal (organisation_id, journey_id, service_user_id, target_type, target_id, field, original_value, proposed_value, reason)
         SELECT organisation_id, id, service_user_id, 'step', $2, 'description', 'She asked to change this one', 'In my words', 'It is mine'
         FROM journey WHERE id = $1`,
        [t.journey, step.id],
      );
      const res = await t.advocate.delete(`/api/steps/${step.id}?version=${step.version}`);
      expect(res.status).toBe(409);
      expect(JSON.stringify(res.body.message)).toContain('asked for a change');
      const [{ n }]: { n: number }[] = await t.owner.query(`SELECT count(*)::int AS n FROM step WHERE id = $1`, [step.id]);
      expect(n).toBe(1);
    });

    it('should answer 404 to staff without the journey and remove nothing', async () => {
      const step = await addStep('Out of their reach');
      for (const client of [t.otherAdvocate, t.otherOrgManager]) {
        expect((await client.delete(`/api/steps/${step.id}?version=1`)).status).toBe(404);
      }
      const [{ n }]: { n: number }[] = await t.owner.query(`SELECT count(*)::int AS n FROM step WHERE id = $1`, [step.id]);
      expect(n).toBe(1);
    });
  });

  it('should answer 404 to an advocate not on the journey and to another organisation', async () => {
    for (const client of [t.otherAdvocate, t.otherOrgManager]) {
      expect((await client.get(`/api/journeys/${t.journey}/plan`)).status).toBe(404);
      expect((await client.post(`/api/journeys/${t.journey}/goals`).send({ words: 'x', category: 'health' })).status).toBe(404);
      expect((await client.patch(`/api/goals/${goalId}`).send({ version: 2, status: 'dropped' })).status).toBe(404);
      expect((await client.post(`/api/goals/${goalId}/steps`).send({ description: 'x', owner: 'her' })).status).toBe(404);
      expect((await client.patch(`/api/steps/${stepId}`).send({ version: 2, done: false })).status).toBe(404);
      expect((await client.get(`/api/journeys/${t.journey}/check-ins`)).status).toBe(404);
      expect((await client.post(`/api/journeys/${t.journey}/check-ins`).send({ confidence: 1 })).status).toBe(404);
    }
  });
});
