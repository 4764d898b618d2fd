import { londonToday } from '@beside/shared/util';
import { useTestApp } from '../../testing/test-app';
import { auditEventsFor, countRows, createJourney, createOrganisation, createServiceUser, createUser, expectRefusedNaming, newSession, sessionFor } from '../../testing/fixtures';
import { ChallengeDeadlineJob } from './challenge-deadline.job';
import { addCalendarDays, addCalendarMonths, addWorkingDays, daysLeft } from './deadlines/challenge-deadline';

const today = () => londonToday(new Date());
const daysAgo = (n: number) => addCalendarDays(today(), -n);

describe('challenges: complaints, reviews and appeals with their deadlines', () => {
  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t);
    const asha = await createUser(t, org, 'advocate', { name: 'Asha Advocate' });
    const advocate = await sessionFor(t, asha);
    const otherAdvocate = await newSession(t, org, 'advocate');
    const manager = await newSession(t, org, 'manager');
    const panel = await newSession(t, org, 'panel_member');
    const elsewhere = await newSession(t, await createOrganisation(t, 'Elsewhere'), 'manager');
    const her = await createServiceUser(t, org);
    const journey = await createJourney(t, org, her, asha.id);
    return { org, asha, advocate, otherAdvocate, manager, panel, elsewhere, her, journey };
  });

  const complaint = (over: object = {}) => ({
    typeKey: 'nhs_complaint',
    bodyChallenged: 'North Riverside NHS Trust',
    herWords: 'I want my psychiatrist to listen to me about my medication',
    eventOn: daysAgo(40),
    awareOn: daysAgo(30),
    ...over,
  });
  const open = async (over: object = {}) => {
    const res = await t.advocate.post(`/api/journeys/${t.journey}/challenges`).send(complaint(over));
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number; stages: { id: string; key: string }[] };
  };

  it('should list the default catalogue with the source of every time limit', async () => {
    const res = await t.advocate.get('/api/challenge-types');
    expect(res.status).toBe(200);
    const keys = res.body.map((type: { key: string }) => type.key);
    expect(keys).toEqual(expect.arrayContaining(['nhs_complaint', 'pals_contact', 'care_team_change', 'mha_tribunal', 'hospital_managers_hearing', 'benefits_appeal', 'housing_review', 'social_care_complaint']));
    const nhs = res.body.find((type: { key: string }) => type.key === 'nhs_complaint');
    expect(nhs.stages.map((s: { key: string }) => s.key)).toEqual(['complaint', 'acknowledgement', 'response', 'ombudsman']);
    expect(nhs.stages[0].limit).toMatchObject({ amount: 12, unit: 'months', from: 'awareness' });
    expect(nhs.stages[0].limit.source).toContain('regulation 12');
  });

  it('should open a challenge at its first stage with its deadline counted from when she became aware, audited without her words', async () => {
    const res = await t.advocate.post(`/api/journeys/${t.journey}/challenges`).send(complaint());
    expect(res.status).toBe(201);
    const deadline = addCalendarMonths(daysAgo(30), 12);
    expect(res.body).toMatchObject({
      typeName: 'NHS complaint',
      status: 'open',
      stages: [{ key: 'complaint', name: 'Complaint made', startedOn: today(), deadlineOn: deadline, endedOn: null }],
      nextDeadline: { on: deadline, stageName: 'Complaint made', daysLeft: daysLeft(deadline, new Date()) },
      version: 1,
    });
    expect(res.body.stagesAhead.map((s: { key: string }) => s.key)).toEqual(['acknowledgement', 'response', 'ombudsman']);
    const [event] = await auditEventsFor(t, res);
    expect(event).toMatchObject({ action: 'challenge.created', entity_id: res.body.id, subject_id: t.her });
    expect(JSON.stringify(event)).not.toContain('psychiatrist');
    const list = await t.advocate.get(`/api/journeys/${t.journey}/challenges`);
    expect(list.body.map((c: { id: string }) => c.id)).toContain(res.body.id);
  });

  it('should refuse bad input naming the problem, and store nothing', async () => {
    const before = await countRows(t, 'challenge');
    const cases: [object, string][] = [
      [complaint({ typeKey: 'horoscope' }), 'typeKey must be one of'],
      [complaint({ eventOn: addCalendarDays(today(), 3) }), 'eventOn must not be in the future'],
      [complaint({ awareOn: daysAgo(50) }), 'awareOn must not be before the event'],
      [complaint({ startedOn: daysAgo(41) }), 'startedOn must not be before the event'],
      [complaint({ eventOn: '2026-02-30' }), 'eventOn'],
      [complaint({ herWords: '' }), 'herWords'],
      [complaint({ region: 'GB-SCT' }), 'region'],
    ];
    await expectRefusedNaming(cases, (body) => t.advocate.post(`/api/journeys/${t.journey}/challenges`).send(body));
    expect(await countRows(t, 'challenge')).toBe(before);
  });

  it('should move stage by stage with each new time limit, keeping who spoke, and refuse a stage out of order or a bad date', async () => {
    const c = await open();
    const moved = await t.advocate.post(`/api/challenges/${c.id}/stages`).send({ version: c.version, stageKey: 'acknowledgement', on: today(), supportLevel: 'accompanied' });
    expect(moved.status).toBe(201);
    expect(moved.body.stages).toMatchObject([
      { key: 'complaint', endedOn: today(), supportLevel: 'accompanied' },
      { key: 'acknowledgement', startedOn: today(), deadlineOn: addWorkingDays(today(), 3, 'GB-ENG'), endedOn: null },
    ]);
    const v = moved.body.version;
    for (const [body, problem] of [
      [{ version: v, stageKey: 'complaint', on: today() }, 'not after the current stage'],
      [{ version: v, stageKey: 'tribunal', on: today() }, 'stageKey must be one of the stages'],
      [{ version: v, stageKey: 'response', on: addCalendarDays(today(), 1) }, 'on must not be in the future'],
      [{ version: v, stageKey: 'response', on: daysAgo(41) }, 'on must not be before the event'],
    ] as const) {
      const res = await t.advocate.post(`/api/challenges/${c.id}/stages`).send(body);
      expect([res.status, JSON.stringify(res.body.message)]).toEqual([400, expect.stringContaining(problem)]);
    }
    expect((await t.advocate.post(`/api/challenges/${c.id}/stages`).send({ version: 1, stageKey: 'response', on: today() })).status).toBe(409);
    // Straight to the Ombudsman: a new 12-month limit from the day the stage began.
    const ombudsman = await t.advocate.post(`/api/challenges/${c.id}/stages`).send({ version: v, stageKey: 'ombudsman', on: today(), supportLevel: 'prepared' });
    expect(ombudsman.status).toBe(201);
    expect(ombudsman.body.nextDeadline).toMatchObject({ on: addCalendarMonths(today(), 12), stageName: 'Parliamentary and Health Service Ombudsman' });
    expect(ombudsman.body.stagesAhead).toEqual([]);
    const [event] = await auditEventsFor(t, ombudsman);
    expect(event).toMatchObject({ action: 'challenge.stage_moved', detail: { from: 'acknowledgement', to: 'ombudsman', supportLevel: 'prepared' } });
    const stage = ombudsman.body.stages[2];
    const noted = await t.advocate.patch(`/api/challenges/${c.id}/stages/${stage.id}`).send({ version: ombudsman.body.version, supportLevel: 'independent', note: 'She wrote to the Ombudsman herself' });
    expect(noted.status).toBe(200);
    expect(noted.body.stages[2]).toMatchObject({ supportLevel: 'independent', note: 'She wrote to the Ombudsman herself' });
  });

  it('should end with an outcome, after which nothing changes', async () => {
    const c = await open();
    const closed = await t.advocate.post(`/api/challenges/${c.id}/outcome`).send({ version: c.version, outcome: 'partly_upheld', on: today(), note: 'Apology and a new care coordinator' });
    expect(closed.status).toBe(201);
    expect(closed.body).toMatchObject({ status: 'closed', outcome: 'partly_upheld', closedOn: today(), nextDeadline: null, stagesAhead: [] });
    expect(closed.body.stages[0].endedOn).toBe(today());
    const again = await t.advocate.patch(`/api/challenges/${c.id}`).send({ version: closed.body.version, herWords: 'More' });
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('ended');
    expect((await t.advocate.post(`/api/challenges/${c.id}/outcome`).send({ version: closed.body.version, outcome: 'won', on: today() })).status).toBe(400);
  });

  it('should show near and missed deadlines to her advocates and managers only', async () => {
    // A housing review asked for within 21 days of the decision: decided 30 days ago, so missed 9 days ago.
    const missed = await open({ typeKey: 'housing_review', bodyChallenged: 'Riverside Council', eventOn: daysAgo(30), awareOn: null });
    const near = await open({ typeKey: 'benefits_appeal', bodyChallenged: 'Department for Work and Pensions', eventOn: daysAgo(25), awareOn: null });
    const mine = await t.advocate.get('/api/challenges/deadlines?withinDays=14');
    expect(mine.status).toBe(200);
    const byId = new Map(mine.body.map((d: { challengeId: string }) => [d.challengeId, d]));
    expect(byId.get(missed.id)).toMatchObject({ deadlineOn: daysAgo(9), daysLeft: -9, typeName: 'Housing review', stageName: 'Review asked for' });
    expect(byId.get(near.id)).toMatchObject({ typeName: 'Benefits: mandatory reconsideration and appeal' });
    expect((await t.manager.get('/api/challenges/deadlines')).body.map((d: { challengeId: string }) => d.challengeId)).toEqual(expect.arrayContaining([missed.id, near.id]));
    expect((await t.otherAdvocate.get('/api/challenges/deadlines')).body).toEqual([]);
    for (const days of ['900', '0', '0x10', '1.5']) expect((await t.advocate.get(`/api/challenges/deadlines?withinDays=${days}`)).status).toBe(400);

    // The caseload shows her soonest deadline, and the managers' dashboard counts and lists them.
    const caseload = (await t.advocate.get('/api/journeys?limit=100').expect(200)).body.items as { id: string; nextChallengeDeadlineOn: string | null }[];
    expect(caseload.find((j) => j.id === t.journey)?.nextChallengeDeadlineOn).toBe(daysAgo(9));
    const dashboard = (await t.manager.get('/api/dashboard').expect(200)).body.challengeDeadlines as { missed: number; near: number; soonest: { challengeId: string; daysLeft: number }[] };
    expect(dashboard.missed).toBeGreaterThanOrEqual(1);
    expect(dashboard.near).toBeGreaterThanOrEqual(1);
    expect(dashboard.soonest.map((d) => d.challengeId)).toEqual(expect.arrayContaining([missed.id, near.id]));
    expect(dashboard.soonest.map((d) => d.daysLeft)).toEqual([...dashboard.soonest.map((d) => d.daysLeft)].sort((a, b) => a - b));
  });

  it('should keep challenges inside her journey\'s reach: not another organisation, not the panel', async () => {
    const c = await open();
    expect((await t.elsewhere.get(`/api/challenges/${c.id}`)).status).toBe(404);
    expect((await t.elsewhere.get(`/api/journeys/${t.journey}/challenges`)).status).toBe(404);
    expect((await t.panel.get(`/api/challenges/${c.id}`)).status).toBe(403);
    expect((await t.panel.get('/api/challenge-types')).status).toBe(403);
  });

  it('should let a manager change a default, add a type of her own and archive one; open challenges keep their type', async () => {
    const c = await open();
    const types = (await t.manager.get('/api/challenge-types')).body;
    const nhs = types.find((type: { key: string }) => type.key === 'nhs_complaint');
    const shorter = { name: nhs.name, bodyHint: nhs.bodyHint, stages: nhs.stages.map((s: object, i: number) => (i === 0 ? { ...s, name: 'Complaint sent' } : s)) };
    const changed = await t.manager.put('/api/challenge-types/nhs_complaint').send(shorter);
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ changed: true, archived: false, stages: expect.arrayContaining([expect.objectContaining({ name: 'Complaint sent' })]) });
    expect((await t.advocate.get(`/api/challenges/${c.id}`)).body.stages[0].name).toBe('Complaint made');
    const own = {
      name: 'School exclusion review',
      bodyHint: 'A school governing board',
      stages: [{ key: 'request', name: 'Review asked for', description: 'She asks the governors to look again.', limit: { amount: 15, unit: 'calendar_days', from: 'event', source: 'School Discipline (England) Regulations 2012, reg. 24' } }],
    };
    expect((await t.manager.put('/api/challenge-types/school_exclusion').send(own)).status).toBe(200);
    expect((await t.advocate.put('/api/challenge-types/school_exclusion').send(own)).status).toBe(403);
    const before = await countRows(t, 'challenge_type');
    for (const [key, body, problem] of [
      ['Bad Key', own, 'key must be'],
      ['twice', { ...own, stages: [own.stages[0], own.stages[0]] }, 'used twice'],
      ['no_stages', { ...own, stages: [] }, 'at least one stage'],
      ['bad_unit', { ...own, stages: [{ ...own.stages[0], limit: { ...own.stages[0].limit, unit: 'fortnights' } }] }, 'unit'],
    ] as const) {
      const res = await t.manager.put(`/api/challenge-types/${encodeURIComponent(key)}`).send(body);
      expect([res.status, JSON.stringify(res.body.message)]).toEqual([400, expect.stringContaining(problem)]);
    }
    expect(await countRows(t, 'challenge_type')).toBe(before);
    const archived = await t.manager.delete('/api/challenge-types/pals_contact');
    expect(archived.body).toMatchObject({ key: 'pals_contact', archived: true });
    const refused = await t.advocate.post(`/api/journeys/${t.journey}/challenges`).send(complaint({ typeKey: 'pals_contact' }));
    expect(refused.status).toBe(400);
    expect((await t.manager.get('/api/challenge-types')).body.find((type: { key: string }) => type.key === 'pals_contact').archived).toBe(true);
  });

  it('should tell her advocates once when a deadline is near and once when it has passed, naming no one', async () => {
    const j = await createJourney(t, t.org, await createServiceUser(t, t.org), t.asha.id);
    const res = await t.advocate.post(`/api/journeys/${j}/challenges`).send(complaint({ typeKey: 'housing_review', eventOn: daysAgo(16), awareOn: null }));
    const deadline = res.body.nextDeadline.on;
    expect(deadline).toBe(addCalendarDays(today(), 5));
    const notices = async () =>
      (await t.owner.query(`SELECT recipient_id, kind, text FROM notification WHERE link = $1 ORDER BY created_at`, [`/journeys/${j}`])) as { recipient_id: string; kind: string; text: string }[];
    const job = t.app.get(ChallengeDeadlineJob);
    await job.run(new Date());
    await job.run(new Date());
    expect(await notices()).toEqual([{ recipient_id: t.asha.id, kind: 'challenge.deadline_near', text: `A challenge's deadline is in 5 days (${deadline}).` }]);
    // Six days on, the stage still open: told once more that it has passed.
    await job.run(new Date(Date.now() + 6 * 86_400_000));
    await job.run(new Date(Date.now() + 7 * 86_400_000));
    expect((await notices()).map((n) => n.kind)).toEqual(['challenge.deadline_near', 'challenge.deadline_missed']);
    const events: { action: string; entity_id: string; actor_user_id: string | null }[] = await t.owner.query(
      `SELECT action, entity_id, actor_user_id FROM audit_event WHERE action LIKE 'challenge.deadline_%' AND entity_id = $1 ORDER BY seq`,
      [res.body.id],
    );
    expect(events).toEqual([
      { action: 'challenge.deadline_near', entity_id: res.body.id, actor_user_id: null },
      { action: 'challenge.deadline_missed', entity_id: res.body.id, actor_user_id: null },
    ]);
  });
});
