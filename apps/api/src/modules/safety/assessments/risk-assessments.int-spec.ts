import { londonToday } from '@beside/shared/util';
import { useTestApp } from '../../../testing/test-app';
import { auditEventsFor, countRows, createOrganisation, expectRefusedNaming, newSession } from '../../../testing/fixtures';
import { herJourney } from '../../../testing/journey-team';
import { SHIPPED_CHECKLIST } from './checklists/shipped-checklist';
import { addDays } from './hidden-review';

const today = () => londonToday(new Date());
const REQUIRED = SHIPPED_CHECKLIST.questions.filter((q) => q.required);
const noToAll = Object.fromEntries(REQUIRED.map((q) => [q.key, 'no']));
// A high-risk picture on the shipped checklist: 3 + 3 + 4 + 4 + 2 + 2 + 2 = 20, its MARAC threshold.
const highRisk = { ...noToAll, fear: 'yes', escalation: 'yes', threats_to_kill: 'yes', strangulation: 'yes', separation: 'yes', access_to_her: 'yes', controlling: 'yes' };

describe('risk assessments: done with her, scored, and kept from her only by a manager with a reason', () => {
  const t = useTestApp(async (t) => {
    const team = await herJourney(t, { name: 'Rosa Example' });
    const otherAdvocate = await newSession(t, team.org, 'advocate');
    const manager = await newSession(t, team.org, 'manager', { name: 'Mina Manager' });
    const admin = await newSession(t, team.org, 'admin');
    const panel = await newSession(t, team.org, 'panel_member');
    const elsewhere = await newSession(t, await createOrganisation(t, 'Elsewhere'), 'manager');
    await t.owner.query(`UPDATE journey SET referral_date = current_date - 30 WHERE id = $1`, [team.journey]);
    return { ...team, otherAdvocate, manager, admin, panel, elsewhere };
  });

  const assess = async (body: object = {}) => {
    const res = await t.advocate.post(`/api/journeys/${t.journey}/risk-assessments`).send({ checklistKey: 'beside_domestic_abuse', answers: noToAll, ...body });
    expect(res.status).toBe(201);
    return res;
  };

  it('should score the shipped checklist, recommend a MARAC referral at its threshold and keep the questions as asked, audited without her words', async () => {
    const res = await assess({ answers: highRisk, notes: 'She said he has a new key to the flat', assessedOn: addDays(today(), -2) });
    expect(res.body).toMatchObject({
      journeyId: t.journey,
      checklistKey: 'beside_domestic_abuse',
      checklistVersion: 1,
      checklistName: SHIPPED_CHECKLIST.name,
      assessedOn: addDays(today(), -2),
      score: 20,
      level: 'high',
      maracRecommended: true,
      thresholds: SHIPPED_CHECKLIST.thresholds,
      notes: 'She said he has a new key to the flat',
      assessedBy: 'Asha Advocate',
      hiddenFromHer: null,
    });
    expect(res.body.answers).toHaveLength(SHIPPED_CHECKLIST.questions.length);
    expect(res.body.answers[0]).toEqual({ questionKey: 'fear', question: SHIPPED_CHECKLIST.questions[0].text, answerKey: 'yes', answer: 'Yes', weight: 3 });
    expect(res.body.answers.find((a: { questionKey: string }) => a.questionKey === 'stalking')).toMatchObject({ answerKey: null, answer: null, weight: 0 });
    const [event] = await auditEventsFor(t, res);
    expect(event).toMatchObject({ action: 'risk_assessment.created', entity_id: res.body.id, subject_id: t.her, detail: { checklistKey: 'beside_domestic_abuse', checklistVersion: 1, level: 'high', maracRecommended: true } });
    expect(JSON.stringify(event)).not.toContain('key to the flat');

    const below = await assess({ answers: { ...highRisk, controlling: 'not_sure' } });
    expect(below.body).toMatchObject({ score: 19, level: 'medium', maracRecommended: false });
  });

  it('should list her assessments newest first and read one, each audited', async () => {
    const older = await assess({ assessedOn: addDays(today(), -10) });
    const newer = await assess({ answers: highRisk });
    const list = await t.advocate.get(`/api/journeys/${t.journey}/risk-assessments`);
    expect(list.status).toBe(200);
    const ids = list.body.map((a: { id: string }) => a.id);
    expect(ids.indexOf(newer.body.id)).toBeLessThan(ids.indexOf(older.body.id));
    expect(list.body.map((a: { assessedOn: string }) => a.assessedOn)).toEqual([...list.body.map((a: { assessedOn: string }) => a.assessedOn)].sort().reverse());
    expect((await auditEventsFor(t, list))[0]).toMatchObject({ action: 'risk_assessment.list', subject_id: t.her, detail: { journeyId: t.journey, ids } });
    const one = await t.manager.get(`/api/risk-assessments/${older.body.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(older.body);
    expect((await auditEventsFor(t, one))[0]).toMatchObject({ action: 'risk_assessment.read', entity_id: older.body.id, subject_id: t.her });
  });

  it('should name every required question left unanswered in one answer, and refuse other bad input storing nothing', async () => {
    const before = await countRows(t, 'risk_assessment');
    const { fear: _fear, strangulation: _s, ...missingTwo } = noToAll;
    const res = await t.advocate.post(`/api/journeys/${t.journey}/risk-assessments`).send({ checklistKey: 'beside_domestic_abuse', answers: missingTwo });
    expect(res.status).toBe(400);
    const question = (key: string) => SHIPPED_CHECKLIST.questions.find((q) => q.key === key)?.text;
    expect(res.body.message).toEqual([`answers: these required questions are not answered: '${question('fear')}' (fear), '${question('strangulation')}' (strangulation)`]);
    const referral = addDays(today(), -30);
    const body = (over: object) => ({ checklistKey: 'beside_domestic_abuse', answers: noToAll, ...over });
    await expectRefusedNaming(
      [
        [body({ checklistKey: 'dash' }), 'checklistKey must be one of: beside_domestic_abuse'],
        [body({ answers: { ...noToAll, horoscope: 'yes' } }), "not questions of this checklist: 'horoscope'"],
        [body({ answers: { ...noToAll, fear: 'sometimes' } }), 'answers.fear: \\"sometimes\\" is not one of its answers (no, not_sure, yes)'],
        [body({ answers: { ...noToAll, fear: 3 } }), 'answers.fear: 3 is not one of its answers'],
        [body({ answers: 'all yes' }), 'answers must name each question'],
        [body({ assessedOn: addDays(today(), 1) }), 'assessedOn must not be in the future'],
        [body({ assessedOn: addDays(referral, -1) }), `assessedOn must not be before her referral (${referral})`],
        [body({ assessedOn: '2026-02-30' }), 'assessedOn must be a real date'],
        [body({ notes: 'x'.repeat(4001) }), 'notes'],
      ],
      (b) => t.advocate.post(`/api/journeys/${t.journey}/risk-assessments`).send(b),
    );
    expect((await t.advocate.post(`/api/journeys/${t.journey}/risk-assessments`).send(body({ assessedOn: referral }))).status).toBe(201);
    expect(await countRows(t, 'risk_assessment')).toBe(before + 1);
  });

  it("should keep assessments inside her journey's reach: not another advocate, another organisation, an admin or the panel", async () => {
    const a = await assess();
    for (const client of [t.otherAdvocate, t.elsewhere]) {
      expect((await client.get(`/api/risk-assessments/${a.body.id}`)).status).toBe(404);
      expect((await client.get(`/api/journeys/${t.journey}/risk-assessments`)).status).toBe(404);
      expect((await client.post(`/api/journeys/${t.journey}/risk-assessments`).send({ checklistKey: 'beside_domestic_abuse', answers: noToAll })).status).toBe(404);
    }
    expect((await t.elsewhere.post(`/api/risk-assessments/${a.body.id}/hide`).send({ reason: 'Not safe' })).status).toBe(404);
    for (const client of [t.admin, t.panel]) {
      expect((await client.get(`/api/risk-assessments/${a.body.id}`)).status).toBe(403);
      expect((await client.get(`/api/journeys/${t.journey}/risk-assessments`)).status).toBe(403);
      expect((await client.get('/api/risk-checklists')).status).toBe(403);
    }
    expect((await t.she.get(`/api/risk-assessments/${a.body.id}`)).status).toBe(403);
    expect((await t.otherAdvocate.get('/api/risk-assessments/7d3f1c9e-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await t.advocate.get('/api/risk-assessments/not-a-uuid')).status).toBe(400);
    const denied: { action: string; outcome: string }[] = await t.owner.query(`SELECT action, outcome FROM audit_event WHERE entity_id = $1 AND outcome = 'denied'`, [a.body.id]);
    expect(denied.length).toBeGreaterThanOrEqual(1);
  });

  it('should refuse an assessment on a closed journey', async () => {
    const closed = await herJourney(t);
    await t.owner.query(`UPDATE journey SET status = 'closed' WHERE id = $1`, [closed.journey]);
    const res = await closed.advocate.post(`/api/journeys/${closed.journey}/risk-assessments`).send({ checklistKey: 'beside_domestic_abuse', answers: noToAll });
    expect([res.status, res.body.message]).toEqual([409, 'This journey is closed: reopen it before recording a risk assessment.']);
  });
});
