import { useTestApp } from '../../../../testing/test-app';
import { auditEventsFor, countRows, createOrganisation, newSession } from '../../../../testing/fixtures';
import { herJourney } from '../../../../testing/journey-team';
import { SHIPPED_CHECKLIST } from './shipped-checklist';

const noToAll = Object.fromEntries(SHIPPED_CHECKLIST.questions.filter((q) => q.required).map((q) => [q.key, 'no']));
const licensed = {
  name: 'Licensed risk checklist',
  guidance: 'Use with the licence holder’s training.',
  source: 'Loaded under our licence, 2026',
  thresholds: { medium: 2, high: 4, marac: 5 },
  questions: [
    { key: 'q1', text: 'First licensed question?', guidance: null, required: true, options: [{ key: 'no', label: 'No', weight: 0 }, { key: 'yes', label: 'Yes', weight: 3 }] },
    { key: 'q2', text: 'Second licensed question?', guidance: 'Ask gently', required: false, options: [{ key: 'no', label: 'No', weight: 0 }, { key: 'yes', label: 'Yes', weight: 2 }] },
  ],
};

describe('risk checklists: the shipped one, versions of it, and an organisation’s own', () => {
  const t = useTestApp(async (t) => {
    const team = await herJourney(t);
    const manager = await newSession(t, team.org, 'manager');
    const admin = await newSession(t, team.org, 'admin');
    const elsewhere = await newSession(t, await createOrganisation(t, 'Elsewhere'), 'manager');
    return { ...team, manager, admin, elsewhere };
  });

  const checklist = async (key: string, client = t.advocate) =>
    ((await client.get('/api/risk-checklists').expect(200)).body as { key: string; currentVersion: number; archived: boolean; versions: { version: number; inUse: boolean; shipped: boolean; questions: { text: string }[] }[] }[]).find((c) => c.key === key);
  const assess = (checklistKey: string, answers: object) => t.advocate.post(`/api/journeys/${t.journey}/risk-assessments`).send({ checklistKey, answers });

  it('should list the checklist shipped with Beside, written for Beside, at version 1', async () => {
    const res = await t.advocate.get('/api/risk-checklists');
    expect(res.status).toBe(200);
    expect(res.body[0]).toMatchObject({ key: 'beside_domestic_abuse', name: SHIPPED_CHECKLIST.name, currentVersion: 1, archived: false });
    expect(res.body[0].versions).toEqual([
      expect.objectContaining({ version: 1, shipped: true, inUse: false, createdAt: null, source: 'Written for Beside (not the DASH checklist, which is licensed by its owner)', thresholds: { medium: 10, high: 20, marac: 20 } }),
    ]);
    expect(res.body[0].versions[0].questions.map((q: { key: string }) => q.key)).toEqual(expect.arrayContaining(['fear', 'strangulation', 'threats_to_kill', 'weapons', 'separation']));
  });

  it('should version the shipped checklist: a version used is fixed, the next assessment uses the newest, the old one keeps its wording', async () => {
    const first = await assess('beside_domestic_abuse', noToAll).expect(201);
    const changed = { ...SHIPPED_CHECKLIST, questions: SHIPPED_CHECKLIST.questions.map((q) => (q.key === 'fear' ? { ...q, text: 'Are you afraid of them?' } : q)) };
    const shipped = await t.manager.put('/api/risk-checklists/beside_domestic_abuse/versions/1').send(changed);
    expect([shipped.status, shipped.body.message]).toEqual([409, expect.stringContaining('shipped with Beside cannot be changed')]);

    const added = await t.manager.post('/api/risk-checklists/beside_domestic_abuse/versions').send(changed);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ currentVersion: 2, versions: [{ version: 1, inUse: true, shipped: true }, { version: 2, inUse: false, shipped: false }] });
    expect((await auditEventsFor(t, added))[0]).toMatchObject({ action: 'risk_checklist.version_added', detail: { key: 'beside_domestic_abuse', version: 2 } });

    const refused = await t.manager.put('/api/risk-checklists/beside_domestic_abuse/versions/2').send({ ...changed, thresholds: { medium: 30, high: 20, marac: 20 } });
    expect([refused.status, JSON.stringify(refused.body.message)]).toEqual([400, expect.stringContaining('medium ≤ high ≤ marac')]);
    const unchanged = (await t.manager.get('/api/risk-checklists').expect(200)).body[0].versions[1];
    expect(unchanged.thresholds).toEqual(SHIPPED_CHECKLIST.thresholds);

    const edited = await t.manager.put('/api/risk-checklists/beside_domestic_abuse/versions/2').send({ ...changed, thresholds: { medium: 8, high: 18, marac: 18 } });
    expect(edited.status).toBe(200);
    expect(edited.body.versions[1].thresholds).toEqual({ medium: 8, high: 18, marac: 18 });
    expect((await auditEventsFor(t, edited))[0]).toMatchObject({ action: 'risk_checklist.version_changed', detail: { key: 'beside_domestic_abuse', version: 2 } });

    const second = await assess('beside_domestic_abuse', noToAll).expect(201);
    expect(second.body).toMatchObject({ checklistVersion: 2, thresholds: { medium: 8, high: 18, marac: 18 } });
    expect(second.body.answers[0].question).toBe('Are you afraid of them?');
    const used = await t.manager.put('/api/risk-checklists/beside_domestic_abuse/versions/2').send(changed);
    expect([used.status, used.body.message]).toEqual([409, "Version 2 of 'beside_domestic_abuse' has been used by a risk assessment, so it cannot change: add a new version instead."]);
    // The database refuses it too, whatever writes.
    await expect(t.owner.query(`UPDATE risk_checklist_version SET body = body WHERE organisation_id = $1 AND version = 2`, [t.org])).rejects.toThrow(/in use/);

    const old = await t.advocate.get(`/api/risk-assessments/${first.body.id}`).expect(200);
    expect(old.body).toMatchObject({ checklistVersion: 1, thresholds: SHIPPED_CHECKLIST.thresholds });
    expect(old.body.answers[0].question).toBe(SHIPPED_CHECKLIST.questions[0].text);
    expect((await t.manager.put('/api/risk-checklists/beside_domestic_abuse/versions/9').send(changed)).status).toBe(404);
    expect((await t.manager.put('/api/risk-checklists/beside_domestic_abuse/versions/two').send(changed)).status).toBe(400);
    // Another organisation still has only the shipped version.
    expect((await checklist('beside_domestic_abuse', t.elsewhere))?.currentVersion).toBe(1);
  });

  it("should let a manager load the organisation's own checklist, refusing a key in use and anything that breaks a rule, storing nothing", async () => {
    const created = await t.manager.post('/api/risk-checklists').send({ key: 'licensed_checklist', ...licensed });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ key: 'licensed_checklist', name: 'Licensed risk checklist', currentVersion: 1, archived: false, versions: [{ version: 1, shipped: false, inUse: false, source: 'Loaded under our licence, 2026' }] });
    expect((await auditEventsFor(t, created))[0]).toMatchObject({ action: 'risk_checklist.added', detail: { key: 'licensed_checklist', version: 1, questions: 2 } });
    expect((await t.manager.post('/api/risk-checklists').send({ key: 'licensed_checklist', ...licensed })).status).toBe(409);
    expect((await t.manager.post('/api/risk-checklists').send({ key: 'beside_domestic_abuse', ...licensed })).status).toBe(409);
    expect((await t.advocate.post('/api/risk-checklists').send({ key: 'mine', ...licensed })).status).toBe(403);
    expect((await t.admin.post('/api/risk-checklists').send({ key: 'mine', ...licensed })).status).toBe(403);

    const [q1, q2] = licensed.questions;
    const before = [await countRows(t, 'risk_checklist'), await countRows(t, 'risk_checklist_version')];
    for (const [body, problem] of [
      [{ key: 'Bad Key', ...licensed }, 'key must be lower-case'],
      [{ key: 'no_questions', ...licensed, questions: [] }, 'at least one question'],
      [{ key: 'twice', ...licensed, questions: [q1, q1] }, "the key 'q1' is used twice"],
      [{ key: 'one_answer', ...licensed, questions: [{ ...q1, options: [q1.options[0]] }] }, 'at least two answers'],
      [{ key: 'answer_twice', ...licensed, questions: [{ ...q1, options: [q1.options[1], q1.options[1]] }] }, "the answer key 'yes' is used twice"],
      [{ key: 'heavy', ...licensed, questions: [{ ...q2, options: [q2.options[0], { ...q2.options[1], weight: 101 }] }] }, 'weight must not be greater than 100'],
      [{ key: 'fraction', ...licensed, questions: [{ ...q2, options: [q2.options[0], { ...q2.options[1], weight: 1.5 }] }] }, 'weight must be a whole number'],
      [{ key: 'order', ...licensed, thresholds: { medium: 5, high: 4, marac: 6 } }, 'medium ≤ high ≤ marac'],
      [{ key: 'zero', ...licensed, thresholds: { medium: 0, high: 4, marac: 6 } }, 'thresholds.medium'],
      [{ key: 'no_thresholds', ...licensed, thresholds: undefined }, 'thresholds must be given'],
      [{ key: 'no_source', ...licensed, source: '' }, 'source'],
    ] as const) {
      const res = await t.manager.post('/api/risk-checklists').send(body);
      expect([res.status, JSON.stringify(res.body.message)]).toEqual([400, expect.stringContaining(problem)]);
    }
    expect([await countRows(t, 'risk_checklist'), await countRows(t, 'risk_checklist_version')]).toEqual(before);

    const a = await assess('licensed_checklist', { q1: 'yes', q2: 'yes' }).expect(201);
    expect(a.body).toMatchObject({ checklistKey: 'licensed_checklist', checklistVersion: 1, score: 5, level: 'high', maracRecommended: true });
    expect((await checklist('licensed_checklist'))?.versions[0].inUse).toBe(true);
    expect((await checklist('licensed_checklist', t.elsewhere))).toBeUndefined();
  });

  it('should archive a checklist: no new assessments with it, those made keep it, and a new version brings it back', async () => {
    await t.manager.post('/api/risk-checklists').send({ key: 'to_archive', ...licensed }).expect(201);
    const made = await assess('to_archive', { q1: 'no' }).expect(201);
    const archived = await t.manager.delete('/api/risk-checklists/to_archive');
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({ key: 'to_archive', archived: true });
    expect((await auditEventsFor(t, archived))[0]).toMatchObject({ action: 'risk_checklist.archived', detail: { key: 'to_archive' } });
    const refused = await assess('to_archive', { q1: 'no' });
    expect([refused.status, JSON.stringify(refused.body.message)]).toEqual([400, expect.not.stringContaining('to_archive')]);
    expect((await t.advocate.get(`/api/risk-assessments/${made.body.id}`)).body.checklistKey).toBe('to_archive');
    expect((await t.manager.delete('/api/risk-checklists/nothing_here')).status).toBe(404);
    expect((await t.advocate.delete('/api/risk-checklists/to_archive')).status).toBe(403);

    const back = await t.manager.post('/api/risk-checklists/to_archive/versions').send(licensed);
    expect(back.body).toMatchObject({ archived: false, currentVersion: 2 });
    expect((await assess('to_archive', { q1: 'no' })).status).toBe(201);
  });
});
