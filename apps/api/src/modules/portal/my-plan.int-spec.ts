import { useTestApp } from '../../testing/test-app';
import { herJourney } from '../../testing/journey-team';
import {
  auditEventsFor,
  countRows,
  createAppointment,
  createGoal,
  createJourney,
  createNote,
  createServiceUser,
  createStep,
  createUser,
  newSession,
} from '../../testing/fixtures';

describe('her plan and her change proposals', () => {
  const t = useTestApp(async (t) => {
    const cast = await herJourney(t);
    const { org, asha, journey } = cast;
    const otherAdvocate = await newSession(t, org, 'advocate');
    const staffGoal = await createGoal(t, journey, { createdBy: asha.id, words: 'See a therapist who listens' });
    const staffStep = await createStep(t, staffGoal, { createdBy: asha.id, description: 'Ask the GP for a referral' });
    const sharedNote = await createNote(t, journey, 'shared', 'We agreed to ask for a woman therapist', asha.id);
    const staffNote = await createNote(t, journey, 'staff', 'STAFF-ONLY: advocate impressions', asha.id);
    const appointment = await createAppointment(t, journey, { purpose: 'Talk about medication' });
    const otherWoman = await createServiceUser(t, org, { accountId: (await createUser(t, org, 'service_user')).id });
    const otherJourney = await createJourney(t, org, otherWoman, asha.id);
    const otherGoal = await createGoal(t, otherJourney, { createdBy: asha.id, words: 'Another woman goal' });
    const otherStep = await createStep(t, otherGoal, { createdBy: asha.id });
    return { ...cast, otherAdvocate, otherJourney, staffGoal, staffStep, sharedNote, staffNote, appointment, otherGoal, otherStep };
  });

  describe('my plan', () => {
    it('should show her goals and steps marked staff-written, shared notes only, and audit the read', async () => {
      const res = await t.she.get('/api/my/plan');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        journeyId: t.journey,
        goals: [{ id: t.staffGoal, writtenBy: 'staff', steps: [{ id: t.staffStep, writtenBy: 'staff', done: false }] }],
        sharedNotes: [{ id: t.sharedNote, writtenBy: 'staff', writtenByName: 'Asha Advocate' }],
        recentCheckIns: [],
      });
      expect(JSON.stringify(res.body)).not.toContain('STAFF-ONLY');
      expect(JSON.stringify(res.body)).not.toContain(t.staffNote);
      expect(JSON.stringify(res.body)).not.toContain('Another woman');
      expect((await auditEventsFor(t, res))[0]).toMatchObject({ action: 'plan.read', subject_id: t.her, actor_user_id: t.herAccount.id });
    });

    it('should add her own goal and a step, recorded as written by her', async () => {
      const goal = await t.she.post('/api/my/goals').send({ words: 'Feel safe at home', category: 'safety' });
      expect(goal.status).toBe(201);
      expect(goal.body).toMatchObject({ words: 'Feel safe at home', writtenBy: 'her', status: 'open', steps: [], version: 1 });
      const [row] = await t.owner.query(`SELECT created_by, journey_id FROM goal WHERE id = $1`, [goal.body.id]);
      expect(row).toEqual({ created_by: t.herAccount.id, journey_id: t.journey });
      expect((await auditEventsFor(t, goal))[0]).toMatchObject({ action: 'goal.created', subject_id: t.her, detail: { fields: ['words', 'category'] } });
      const step = await t.she.post(`/api/my/goals/${t.staffGoal}/steps`).send({ description: 'Write down my questions' });
      expect(step.status).toBe(201);
      expect(step.body).toMatchObject({ goalId: t.staffGoal, owner: 'her', writtenBy: 'her', done: false, version: 1 });
      expect((await auditEventsFor(t, step))[0]).toMatchObject({ action: 'step.created', subject_id: t.her });
    });

    it('should let her reword what she wrote, version-checked', async () => {
      const goal = (await t.she.post('/api/my/goals').send({ words: 'Fnd a job', category: 'money' })).body;
      const edited = await t.she.patch(`/api/my/goals/${goal.id}`).send({ version: 1, words: 'Find a job I enjoy' });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ words: 'Find a job I enjoy', version: 2, writtenBy: 'her' });
      expect((await auditEventsFor(t, edited))[0]).toMatchObject({ action: 'goal.updated', detail: { fields: ['words'] } });
      const stale = await t.she.patch(`/api/my/goals/${goal.id}`).send({ version: 1, words: 'Late' });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ id: goal.id, words: 'Find a job I enjoy', version: 2 });
    });

    it('should refuse to change staff wording, pointing her to a proposal, and change nothing', async () => {
      const goal = await t.she.patch(`/api/my/goals/${t.staffGoal}`).send({ version: 1, words: 'Mine now' });
      expect(goal.status).toBe(403);
      expect(goal.body.message).toMatch(/propose a change/);
      expect(goal.body.proposeChange).toEqual({ path: '/api/my/change-proposals', targetType: 'goal', targetId: t.staffGoal });
      const step = await t.she.patch(`/api/my/steps/${t.staffStep}`).send({ version: 1, description: 'Mine now' });
      expect(step.status).toBe(403);
      const [rows] = await t.owner.query(`SELECT g.words, s.description FROM goal g JOIN step s ON s.goal_id = g.id WHERE s.id = $1`, [t.staffStep]);
      expect(rows).toEqual({ words: 'See a therapist who listens', description: 'Ask the GP for a referral' });
    });

    it('should let her tick any step of her plan done and undone, version-checked', async () => {
      const done = await t.she.patch(`/api/my/steps/${t.staffStep}`).send({ version: 1, done: true });
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ done: true, version: 2, writtenBy: 'staff' });
      expect((await auditEventsFor(t, done))[0]).toMatchObject({ action: 'step.updated', subject_id: t.her, detail: { fields: ['done'] } });
      const [row] = await t.owner.query(`SELECT done_by FROM step WHERE id = $1`, [t.staffStep]);
      expect(row.done_by).toBe(t.herAccount.id);
      const stale = await t.she.patch(`/api/my/steps/${t.staffStep}`).send({ version: 1, done: false });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ id: t.staffStep, done: true, version: 2 });
      expect((await t.she.patch(`/api/my/steps/${t.staffStep}`).send({ version: 2, done: false })).body).toMatchObject({ done: false, version: 3 });
    });

    it('should add her step once when the same submission is sent twice (Idempotency-Key)', async () => {
      const before = await countRows(t, 'step');
      const key = 'b7b1f2a4-3c1e-4c55-9f39-5d1f6c0e2a11';
      const first = await t.she.post(`/api/my/goals/${t.staffGoal}/steps`).set('Idempotency-Key', key).send({ description: 'Pack a bag' });
      const again = await t.she.post(`/api/my/goals/${t.staffGoal}/steps`).set('Idempotency-Key', key).send({ description: 'Pack a bag' });
      expect([first.status, again.status]).toEqual([201, 201]);
      expect(again.body.id).toBe(first.body.id);
      expect(await countRows(t, 'step')).toBe(before + 1);
    });

    it('should let her remove a step she added by mistake, audited in the same transaction', async () => {
      const step = (await t.she.post(`/api/my/goals/${t.staffGoal}/steps`).send({ description: 'Added twice by mistake' })).body;
      const stale = await t.she.delete(`/api/my/steps/${step.id}?version=2`);
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ id: step.id, version: 1 });
      const removed = await t.she.delete(`/api/my/steps/${step.id}?version=1`);
      expect(removed.status).toBe(204);
      expect(await t.owner.query(`SELECT id FROM step WHERE id = $1`, [step.id])).toEqual([]);
      expect((await auditEventsFor(t, removed))[0]).toMatchObject({
        action: 'step.deleted',
        entity_id: step.id,
        subject_id: t.her,
        actor_user_id: t.herAccount.id,
        detail: { goalId: t.staffGoal },
      });
      expect((await t.she.get('/api/my/plan')).body.goals[0].steps.map((s: { id: string }) => s.id)).not.toContain(step.id);
      expect((await t.she.delete(`/api/my/steps/${step.id}?version=1`)).status).toBe(404);
    });

    it('should keep a step the service wrote (403, propose a change), another woman\'s (404), and refuse a missing version (400)', async () => {
      const before = await countRows(t, 'step');
      const staff = await t.she.delete(`/api/my/steps/${t.staffStep}?version=3`);
      expect(staff.status).toBe(403);
      expect(staff.body.proposeChange).toEqual({ path: '/api/my/change-proposals', targetType: 'step', targetId: t.staffStep });
      expect((await t.she.delete(`/api/my/steps/${t.otherStep}?version=1`)).status).toBe(404);
      const mine = (await t.she.post(`/api/my/goals/${t.staffGoal}/steps`).send({ description: 'Keep me' })).body;
      const noVersion = await t.she.delete(`/api/my/steps/${mine.id}`);
      expect(noVersion.status).toBe(400);
      expect(JSON.stringify(noVersion.body.message)).toContain('version');
      expect((await t.she.delete(`/api/my/steps/${mine.id}?version=abc`)).status).toBe(400);
      expect((await t.advocate.delete(`/api/my/steps/${mine.id}?version=1`)).status).toBe(403);
      expect(await countRows(t, 'step')).toBe(before + 1);
    });

    it('should record her check-ins and list them newest first', async () => {
      for (const confidence of [2, 6]) {
        const res = await t.she.post('/api/my/check-ins').send({ confidence, words: `About ${confidence}` });
        expect(res.status).toBe(201);
        expect((await auditEventsFor(t, res))[0]).toMatchObject({ action: 'check_in.created', subject_id: t.her });
      }
      const list = await t.she.get('/api/my/check-ins?limit=1');
      expect(list.body.items.map((c: { confidence: number }) => c.confidence)).toEqual([6]);
      const next = await t.she.get(`/api/my/check-ins?limit=1&cursor=${list.body.nextCursor}`);
      expect(next.body.items.map((c: { confidence: number }) => c.confidence)).toEqual([2]);
      expect((await auditEventsFor(t, list))[0]).toMatchObject({ action: 'check_in.list', subject_id: t.her, detail: expect.objectContaining({ count: 1 }) });
      expect((await t.she.get('/api/my/plan')).body.recentCheckIns.map((c: { confidence: number }) => c.confidence)).toEqual([6, 2]);
    });

    it('should refuse bad input naming the field, and write nothing', async () => {
      const before = [await countRows(t, 'goal'), await countRows(t, 'step'), await countRows(t, 'check_in')];
      const cases: [string, string, object, string][] = [
        ['post', '/api/my/goals', { words: 'x', category: 'fame' }, 'category'],
        ['post', '/api/my/goals', { words: 'x'.repeat(2001), category: 'health' }, 'words'],
        ['post', `/api/my/goals/${t.staffGoal}/steps`, { description: '' }, 'description'],
        ['post', `/api/my/goals/${t.staffGoal}/steps`, { description: 'x', owner: 'nobody' }, 'owner'],
        ['post', '/api/my/check-ins', { confidence: 11 }, 'confidence'],
        ['post', '/api/my/check-ins', { confidence: 5, words: 'x'.repeat(2001) }, 'words'],
        ['post', '/api/my/goals?journeyId=nope', { words: 'x', category: 'health' }, 'journeyId'],
        ['patch', `/api/my/steps/${t.staffStep}`, { done: 'yes', version: 3 }, 'done'],
        ['patch', `/api/my/goals/${t.staffGoal}`, { words: 'x' }, 'version'],
      ];
      for (const [method, path, body, field] of cases) {
        const res = await (method === 'post' ? t.she.post(path) : t.she.patch(path)).send(body);
        expect([res.status, field]).toEqual([400, field]);
        expect(JSON.stringify(res.body.message)).toContain(field);
      }
      expect([await countRows(t, 'goal'), await countRows(t, 'step'), await countRows(t, 'check_in')]).toEqual(before);
    });

    it("should answer 404 for another woman's plan, goals and steps", async () => {
      expect((await t.she.get(`/api/my/plan?journeyId=${t.otherJourney}`)).status).toBe(404);
      expect((await t.she.get(`/api/my/check-ins?journeyId=${t.otherJourney}`)).status).toBe(404);
      expect((await t.she.post(`/api/my/check-ins?journeyId=${t.otherJourney}`).send({ confidence: 3 })).status).toBe(404);
      expect((await t.she.post(`/api/my/goals?journeyId=${t.otherJourney}`).send({ words: 'x', category: 'health' })).status).toBe(404);
      expect((await t.she.patch(`/api/my/goals/${t.otherGoal}`).send({ version: 1, words: 'x' })).status).toBe(404);
      expect((await t.she.post(`/api/my/goals/${t.otherGoal}/steps`).send({ description: 'x' })).status).toBe(404);
      expect((await t.she.patch(`/api/my/steps/${t.otherStep}`).send({ version: 1, done: true })).status).toBe(404);
      const [row] = await t.owner.query(`SELECT done_at FROM step WHERE id = $1`, [t.otherStep]);
      expect(row.done_at).toBeNull();
    });

    it('should refuse staff on her routes (403): they have their own', async () => {
      expect((await t.advocate.get('/api/my/plan')).status).toBe(403);
      expect((await t.advocate.post('/api/my/goals').send({ words: 'x', category: 'health' })).status).toBe(403);
    });
  });

  describe('change proposals', () => {
    let goalProposal: { id: string; version: number };
    let noteProposal: { id: string; version: number };
    let appointmentProposal: { id: string; version: number };

    it('should take her proposal to change what staff wrote, keeping what it said', async () => {
      const res = await t.she.post('/api/my/change-proposals').send({
        targetType: 'goal',
        targetId: t.staffGoal,
        field: 'words',
        proposedValue: 'See a therapist who believes me',
        reason: 'That is what I said',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ status: 'pending', originalValue: 'See a therapist who listens', proposedValue: 'See a therapist who believes me', reply: null, version: 1 });
      expect(res.body.serviceUserName).toBeUndefined();
      goalProposal = res.body;
      expect((await auditEventsFor(t, res))[0]).toMatchObject({
        action: 'change_proposal.created',
        subject_id: t.her,
        detail: { targetType: 'goal', targetId: t.staffGoal, field: 'words' },
      });
      noteProposal = (
        await t.she.post('/api/my/change-proposals').send({ targetType: 'note', targetId: t.sharedNote, field: 'body', proposedValue: 'We agreed to ask for a woman therapist, soon', reason: 'It was urgent' })
      ).body;
      appointmentProposal = (
        await t.she.post('/api/my/change-proposals').send({ targetType: 'appointment', targetId: t.appointment, field: 'purpose', proposedValue: 'Stop the medication', reason: 'I want to stop it' })
      ).body;
      expect([noteProposal.id, appointmentProposal.id].every(Boolean)).toBe(true);
    });

    it('should refuse proposals on staff notes and on other women’s records (404), her own words (409) and bad fields (400)', async () => {
      const before = await countRows(t, 'change_proposal');
      const base = { proposedValue: 'x', reason: 'because' };
      expect((await t.she.post('/api/my/change-proposals').send({ ...base, targetType: 'note', targetId: t.staffNote, field: 'body' })).status).toBe(404);
      expect((await t.she.post('/api/my/change-proposals').send({ ...base, targetType: 'goal', targetId: t.otherGoal, field: 'words' })).status).toBe(404);
      const mine = (await t.she.post('/api/my/goals').send({ words: 'My own', category: 'other' })).body;
      expect((await t.she.post('/api/my/change-proposals').send({ ...base, targetType: 'goal', targetId: mine.id, field: 'words' })).status).toBe(409);
      const cases: [object, string][] = [
        [{ ...base, targetType: 'goal', targetId: t.staffGoal, field: 'body' }, 'field'],
        [{ ...base, targetType: 'journey', targetId: t.staffGoal, field: 'words' }, 'targetType'],
        [{ ...base, targetType: 'goal', targetId: 'abc', field: 'words' }, 'targetId'],
        [{ ...base, targetType: 'goal', targetId: t.staffGoal, field: 'words', reason: '' }, 'reason'],
        [{ ...base, targetType: 'goal', targetId: t.staffGoal, field: 'words', proposedValue: 'x'.repeat(2001) }, 'proposedValue'],
        [{ ...base, targetType: 'goal', targetId: t.staffGoal, field: 'targetDate', proposedValue: 'next week' }, 'proposedValue'],
        [{ ...base, targetType: 'step', targetId: t.staffStep, field: 'description', proposedValue: ' ' }, 'proposedValue'],
      ];
      for (const [body, field] of cases) {
        const res = await t.she.post('/api/my/change-proposals').send(body);
        expect([res.status, field]).toEqual([400, field]);
        expect(JSON.stringify(res.body.message)).toContain(field);
      }
      expect(await countRows(t, 'change_proposal')).toBe(before);
    });

    it('should show staff the pending proposals on the journey and across the caseload, and nobody else', async () => {
      const journeyList = await t.advocate.get(`/api/journeys/${t.journey}/change-proposals?status=pending`);
      expect(journeyList.status).toBe(200);
      expect(journeyList.body.map((p: { id: string }) => p.id).sort()).toEqual([goalProposal.id, noteProposal.id, appointmentProposal.id].sort());
      expect((await auditEventsFor(t, journeyList))[0]).toMatchObject({ action: 'change_proposal.list', subject_id: t.her, detail: expect.objectContaining({ count: 3 }) });
      const caseload = await t.advocate.get('/api/change-proposals?status=pending&limit=2');
      expect(caseload.body.items).toHaveLength(2);
      const rest = await t.advocate.get(`/api/change-proposals?status=pending&limit=2&cursor=${caseload.body.nextCursor}`);
      expect([...caseload.body.items, ...rest.body.items].map((p: { id: string }) => p.id).sort()).toEqual(
        [goalProposal.id, noteProposal.id, appointmentProposal.id].sort(),
      );
      expect(caseload.body.items[0].serviceUserName).toEqual(expect.any(String));
      expect((await t.otherAdvocate.get('/api/change-proposals?status=pending')).body.items).toEqual([]);
      expect((await t.otherAdvocate.get(`/api/journeys/${t.journey}/change-proposals`)).status).toBe(404);
      expect((await t.otherAdvocate.post(`/api/change-proposals/${goalProposal.id}/accept`).send({ version: 1 })).status).toBe(404);
      expect((await t.she.post(`/api/change-proposals/${goalProposal.id}/accept`).send({ version: 1 })).status).toBe(403);
      expect((await t.advocate.get('/api/change-proposals?status=maybe')).status).toBe(400);
    });

    it('should apply an accepted proposal to the record, attributed to her, in the same transaction', async () => {
      const stale = await t.advocate.post(`/api/change-proposals/${goalProposal.id}/accept`).send({ version: 2 });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ id: goalProposal.id, status: 'pending', version: 1 });
      const res = await t.advocate.post(`/api/change-proposals/${goalProposal.id}/accept`).send({ version: 1, reply: 'Yes, you are right' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'accepted', reply: 'Yes, you are right', decidedByName: 'Asha Advocate', version: 2 });
      const [goal] = await t.owner.query(`SELECT words, updated_by, created_by, version FROM goal WHERE id = $1`, [t.staffGoal]);
      expect(goal).toEqual({ words: 'See a therapist who believes me', updated_by: t.herAccount.id, created_by: t.asha.id, version: 2 });
      const events = await auditEventsFor(t, res);
      expect(events.map((e) => [e.action, e.actor_user_id, e.subject_id])).toEqual([
        ['change_proposal.updated', t.asha.id, t.her],
        ['goal.updated', t.asha.id, t.her],
      ]);
      expect(events[1].detail).toEqual({ fields: ['words'], changeProposalId: goalProposal.id, proposedBy: t.herAccount.id });
      const again = await t.advocate.post(`/api/change-proposals/${goalProposal.id}/accept`).send({ version: 2 });
      expect(again.status).toBe(409);
      expect(again.body.message).toMatch(/already accepted/);
    });

    it('should keep the earlier words of a note when her change to it is accepted', async () => {
      const res = await t.advocate.post(`/api/change-proposals/${noteProposal.id}/accept`).send({ version: 1 });
      expect(res.status).toBe(200);
      const [note] = await t.owner.query(`SELECT body, updated_by FROM note WHERE id = $1`, [t.sharedNote]);
      expect(note).toEqual({ body: 'We agreed to ask for a woman therapist, soon', updated_by: t.herAccount.id });
      const versions = await t.owner.query(`SELECT body FROM note_version WHERE note_id = $1`, [t.sharedNote]);
      expect(versions).toEqual([{ body: 'We agreed to ask for a woman therapist' }]);
    });

    it('should need a reply to decline, and keep her words', async () => {
      const missing = await t.advocate.post(`/api/change-proposals/${appointmentProposal.id}/decline`).send({ version: 1 });
      expect(missing.status).toBe(400);
      expect(JSON.stringify(missing.body.message)).toContain('reply');
      const res = await t.advocate.post(`/api/change-proposals/${appointmentProposal.id}/decline`).send({ version: 1, reply: 'The purpose is what the psychiatrist wrote; let us talk on Monday' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'declined', proposedValue: 'Stop the medication' });
      expect((await auditEventsFor(t, res))[0]).toMatchObject({ action: 'change_proposal.updated', detail: { status: 'declined', fields: ['status', 'reply'] } });
      const [a] = await t.owner.query(`SELECT purpose FROM appointment WHERE id = $1`, [t.appointment]);
      expect(a.purpose).toBe('Talk about medication');
    });

    it('should show her every proposal with its status and the reply', async () => {
      const res = await t.she.get('/api/my/change-proposals');
      expect(res.status).toBe(200);
      const byId = Object.fromEntries(res.body.map((p: { id: string }) => [p.id, p]));
      expect(byId[goalProposal.id]).toMatchObject({ status: 'accepted', reply: 'Yes, you are right' });
      expect(byId[appointmentProposal.id]).toMatchObject({ status: 'declined', reply: expect.stringContaining('Monday'), reason: 'I want to stop it' });
      expect((await auditEventsFor(t, res))[0]).toMatchObject({ action: 'change_proposal.list', subject_id: t.her, detail: expect.objectContaining({ count: 3 }) });
      const plan = (await t.she.get('/api/my/plan')).body;
      expect(plan.goals[0]).toMatchObject({ id: t.staffGoal, words: 'See a therapist who believes me', writtenBy: 'staff' });
    });
  });
});
