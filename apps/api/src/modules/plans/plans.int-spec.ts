import { createTestApp, TestApp } from '../../testing/test-app';
import { auditEventsFor, countRows, createJourney, createOrganisation, createServiceUser, createUser, sessionFor, SignedIn, TestUser } from '../../testing/fixtures';

describe('plan (goals, steps, check-ins) and notes', () => {
  let t: TestApp;
  let asha: TestUser;
  let advocate: SignedIn;
  let otherAdvocate: SignedIn;
  let otherOrgManager: SignedIn;
  let her: string;
  let journey: string;
  let goalId: string;
  let stepId: string;
  let noteId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await createOrganisation(t);
    asha = await createUser(t, org, 'advocate');
    advocate = await sessionFor(t, asha);
    otherAdvocate = await sessionFor(t, await createUser(t, org, 'advocate'));
    otherOrgManager = await sessionFor(t, await createUser(t, await createOrganisation(t, 'Elsewhere'), 'manager'));
    her = await createServiceUser(t, org);
    journey = await createJourney(t, org, her, asha.id);
  });
  afterAll(() => t?.close());

  it('should add a goal in her words and a step under it, and show the plan', async () => {
    const goal = await advocate.post(`/api/journeys/${journey}/goals`).send({ words: 'I want a therapist who listens to me', category: 'health', targetDate: '2026-09-01' });
    expect(goal.status).toBe(201);
    expect(goal.body).toMatchObject({ words: 'I want a therapist who listens to me', category: 'health', status: 'open', steps: [], version: 1 });
    goalId = goal.body.id;
    expect((await auditEventsFor(t, goal))[0]).toMatchObject({ action: 'goal.created', subject_id: her });
    const step = await advocate.post(`/api/goals/${goalId}/steps`).send({ description: 'Ask the GP for a referral', owner: 'her', dueDate: '2020-01-01' });
    expect(step.body).toMatchObject({ goalId, owner: 'her', dueDate: '2020-01-01', done: false, version: 1 });
    stepId = step.body.id;
    const plan = await advocate.patch(`/api/journeys/${journey}`).send({ version: 1, planReviewDate: '2026-07-01' });
    expect(plan.status).toBe(200);
    const res = await advocate.get(`/api/journeys/${journey}/plan`);
    expect(res.body).toMatchObject({ journeyId: journey, reviewDate: '2026-07-01', goals: [{ id: goalId, steps: [{ id: stepId }] }] });
    expect((await auditEventsFor(t, res))[0]).toMatchObject({ action: 'plan.read', subject_id: her });
  });

  it('should count an overdue step on the caseload, and not once it is done', async () => {
    const before = (await advocate.get('/api/journeys')).body.items.find((i: { id: string }) => i.id === journey);
    expect(before.overdueSteps).toBe(1);
    const done = await advocate.patch(`/api/steps/${stepId}`).send({ version: 1, done: true });
    expect(done.body).toMatchObject({ done: true, version: 2 });
    expect(done.body.doneAt).toMatch(/Z$/);
    expect((await auditEventsFor(t, done))[0].detail).toEqual({ fields: ['done'] });
    const after = (await advocate.get('/api/journeys')).body.items.find((i: { id: string }) => i.id === journey);
    expect(after.overdueSteps).toBe(0);
  });

  it('should answer stale versions with 409 and the current record', async () => {
    const goal = await advocate.patch(`/api/goals/${goalId}`).send({ version: 2, status: 'achieved' });
    expect(goal.status).toBe(409);
    expect(goal.body.current).toMatchObject({ id: goalId, version: 1 });
    expect((await advocate.patch(`/api/goals/${goalId}`).send({ version: 1, status: 'in_progress' })).body.status).toBe('in_progress');
    const step = await advocate.patch(`/api/steps/${stepId}`).send({ version: 1, done: false });
    expect(step.status).toBe(409);
    expect(step.body.current).toMatchObject({ id: stepId, done: true });
  });

  it('should refuse bad input naming the field, and write nothing', async () => {
    const before = [await countRows(t, 'goal'), await countRows(t, 'step'), await countRows(t, 'check_in'), await countRows(t, 'note')];
    const cases: [string, object, string][] = [
      [`/api/journeys/${journey}/goals`, { words: 'x', category: 'fame' }, 'category'],
      [`/api/journeys/${journey}/goals`, { words: 'x'.repeat(2001), category: 'health' }, 'words'],
      [`/api/goals/${goalId}/steps`, { description: 'x', owner: 'someone' }, 'owner'],
      [`/api/goals/${goalId}/steps`, { description: 'x', owner: 'her', dueDate: 'soon' }, 'dueDate'],
      [`/api/journeys/${journey}/check-ins`, { confidence: 11 }, 'confidence'],
      [`/api/journeys/${journey}/check-ins`, { confidence: 4.5 }, 'confidence'],
      [`/api/journeys/${journey}/notes`, { visibility: 'public', body: 'x' }, 'visibility'],
      [`/api/journeys/${journey}/notes`, { visibility: 'staff', body: '' }, 'body'],
    ];
    for (const [path, body, field] of cases) {
      const res = await advocate.post(path).send(body);
      expect([res.status, field]).toEqual([400, field]);
      expect(JSON.stringify(res.body.message)).toContain(field);
    }
    expect([await countRows(t, 'goal'), await countRows(t, 'step'), await countRows(t, 'check_in'), await countRows(t, 'note')]).toEqual(before);
  });

  it('should record check-ins and page them newest first', async () => {
    for (const confidence of [3, 5, 7]) {
      const res = await advocate.post(`/api/journeys/${journey}/check-ins`).send({ confidence, words: `I feel ${confidence}` });
      expect(res.status).toBe(201);
    }
    const first = await advocate.get(`/api/journeys/${journey}/check-ins?limit=2`);
    const second = await advocate.get(`/api/journeys/${journey}/check-ins?limit=2&cursor=${first.body.nextCursor}`);
    expect([...first.body.items, ...second.body.items].map((c: { confidence: number }) => c.confidence)).toEqual([7, 5, 3]);
    expect((await auditEventsFor(t, first))[0]).toMatchObject({ action: 'check_in.list', subject_id: her });
  });

  describe('notes', () => {
    it('should write a note and keep each earlier version when it is edited', async () => {
      const created = await advocate.post(`/api/journeys/${journey}/notes`).send({ visibility: 'staff', body: 'First words' });
      expect(created.body).toMatchObject({ visibility: 'staff', body: 'First words', version: 1 });
      noteId = created.body.id;
      const edited = await advocate.patch(`/api/notes/${noteId}`).send({ version: 1, body: 'Second words', visibility: 'shared' });
      expect(edited.body).toMatchObject({ body: 'Second words', visibility: 'shared', version: 2 });
      expect((await auditEventsFor(t, edited))[0].detail).toEqual({ fields: ['visibility', 'body'] });
      await advocate.patch(`/api/notes/${noteId}`).send({ version: 2, body: 'Third words' });
      const history = await advocate.get(`/api/notes/${noteId}/versions`);
      expect(history.body.map((v: { version: number; body: string }) => [v.version, v.body])).toEqual([[2, 'Second words'], [1, 'First words']]);
      expect((await auditEventsFor(t, history))[0]).toMatchObject({ action: 'note.read', entity_id: noteId, subject_id: her });
    });

    it('should answer a stale edit with 409 and keep no version for it', async () => {
      const before = await countRows(t, 'note_version');
      const res = await advocate.patch(`/api/notes/${noteId}`).send({ version: 1, body: 'Late' });
      expect(res.status).toBe(409);
      expect(res.body.current).toMatchObject({ body: 'Third words', version: 3 });
      expect(await countRows(t, 'note_version')).toBe(before);
    });

    it('should list notes newest first with one audit event', async () => {
      await advocate.post(`/api/journeys/${journey}/notes`).send({ visibility: 'shared', body: 'Newest' });
      const res = await advocate.get(`/api/journeys/${journey}/notes?limit=1`);
      expect(res.body.items.map((n: { body: string }) => n.body)).toEqual(['Newest']);
      const next = await advocate.get(`/api/journeys/${journey}/notes?limit=1&cursor=${res.body.nextCursor}`);
      expect(next.body.items[0].id).toBe(noteId);
      expect((await auditEventsFor(t, res))[0]).toMatchObject({ action: 'note.list', detail: expect.objectContaining({ count: 1 }) });
    });
  });

  it('should answer 404 to an advocate not on the journey and to another organisation', async () => {
    for (const client of [otherAdvocate, otherOrgManager]) {
      expect((await client.get(`/api/journeys/${journey}/plan`)).status).toBe(404);
      expect((await client.post(`/api/journeys/${journey}/goals`).send({ words: 'x', category: 'health' })).status).toBe(404);
      expect((await client.patch(`/api/goals/${goalId}`).send({ version: 2, status: 'dropped' })).status).toBe(404);
      expect((await client.post(`/api/goals/${goalId}/steps`).send({ description: 'x', owner: 'her' })).status).toBe(404);
      expect((await client.patch(`/api/steps/${stepId}`).send({ version: 2, done: false })).status).toBe(404);
      expect((await client.get(`/api/journeys/${journey}/check-ins`)).status).toBe(404);
      expect((await client.post(`/api/journeys/${journey}/check-ins`).send({ confidence: 1 })).status).toBe(404);
      expect((await client.get(`/api/journeys/${journey}/notes`)).status).toBe(404);
      expect((await client.post(`/api/journeys/${journey}/notes`).send({ visibility: 'staff', body: 'x' })).status).toBe(404);
      expect((await client.patch(`/api/notes/${noteId}`).send({ version: 3, body: 'x' })).status).toBe(404);
      expect((await client.get(`/api/notes/${noteId}/versions`)).status).toBe(404);
    }
  });
});
