import { londonToday } from '@beside/shared/util';
import { useTestApp } from '../../../testing/test-app';
import { auditEventsFor, newSession } from '../../../testing/fixtures';
import { herJourney } from '../../../testing/journey-team';
import { SHIPPED_CHECKLIST } from './checklists/shipped-checklist';
import { addDays } from './hidden-review';

const today = () => londonToday(new Date());
const noToAll = Object.fromEntries(SHIPPED_CHECKLIST.questions.filter((q) => q.required).map((q) => [q.key, 'no']));

describe('risk assessments in her portal, unless a manager decides one is not safe to show her', () => {
  const t = useTestApp(async (t) => {
    const team = await herJourney(t);
    const manager = await newSession(t, team.org, 'manager', { name: 'Mina Manager' });
    return { ...team, manager };
  });

  const assess = async (answers: object = noToAll, notes: string | null = null) =>
    (await t.advocate.post(`/api/journeys/${t.journey}/risk-assessments`).send({ checklistKey: 'beside_domestic_abuse', answers, notes }).expect(201)).body as { id: string };
  const mine = async () => (await t.she.get('/api/my/risk-assessments').expect(200)).body as { id: string; answers: { question: string; answer: string | null }[] }[];

  it('should show her her assessments in plain words: each question and her answer, no weights or keys', async () => {
    const a = await assess({ ...noToAll, fear: 'yes', stalking: 'not_sure' }, 'We made a plan for the weekend');
    const res = await t.she.get('/api/my/risk-assessments');
    expect(res.status).toBe(200);
    const hers = res.body.find((m: { id: string }) => m.id === a.id);
    expect(hers).toMatchObject({ checklistName: SHIPPED_CHECKLIST.name, assessedOn: today(), level: 'standard', score: 4, notes: 'We made a plan for the weekend' });
    expect(hers.answers[0]).toEqual({ question: SHIPPED_CHECKLIST.questions[0].text, answer: 'Yes' });
    expect(hers.answers.find((x: { question: string }) => x.question.startsWith('Do they follow you'))).toEqual({ question: expect.any(String), answer: 'Not sure' });
    expect(JSON.stringify(hers)).not.toMatch(/weight|questionKey|hidden/);
    expect((await auditEventsFor(t, res))[0]).toMatchObject({ action: 'risk_assessment.list', subject_id: t.her, actor_user_id: t.herAccount.id });
  });

  it("should let only a manager keep one from her, with a reason and a review date by the organisation's setting", async () => {
    const a = await assess();
    expect((await t.advocate.post(`/api/risk-assessments/${a.id}/hide`).send({ reason: 'He reads her phone' })).status).toBe(403);
    expect((await t.she.post(`/api/risk-assessments/${a.id}/hide`).send({ reason: 'x' })).status).toBe(403);
    for (const body of [{}, { reason: '' }, { reason: '   ' }, { reason: 'x'.repeat(1001) }]) {
      const res = await t.manager.post(`/api/risk-assessments/${a.id}/hide`).send(body);
      expect([res.status, JSON.stringify(res.body.message)]).toEqual([400, expect.stringContaining('reason')]);
    }
    expect((await mine()).map((m) => m.id)).toContain(a.id);

    const hidden = await t.manager.post(`/api/risk-assessments/${a.id}/hide`).send({ reason: 'He reads her phone' });
    expect(hidden.status).toBe(200);
    expect(hidden.body.hiddenFromHer).toEqual({ reason: 'He reads her phone', by: 'Mina Manager', at: expect.any(String), reviewOn: addDays(today(), 90) });
    const [event] = await auditEventsFor(t, hidden);
    expect(event).toMatchObject({ action: 'risk_assessment.hidden', entity_id: a.id, subject_id: t.her, reason: 'He reads her phone', detail: { reviewOn: addDays(today(), 90), confidentialFromSubject: true } });
    expect((await mine()).map((m) => m.id)).not.toContain(a.id);
    expect((await t.advocate.get(`/api/risk-assessments/${a.id}`)).body.hiddenFromHer).toMatchObject({ reason: 'He reads her phone' });
    expect((await t.manager.post(`/api/risk-assessments/${a.id}/hide`).send({ reason: 'Again' })).status).toBe(409);

    // Row-level security keeps it from her whatever the API asks.
    const shown: { id: string }[] = await t.owner.query(`SELECT id FROM risk_assessment WHERE id = $1 AND hidden_at IS NULL`, [a.id]);
    expect(shown).toEqual([]);

    // Nothing in "who looked at my record" tells her it was kept from her.
    // (The manager did nothing else with her record: she must not appear in it at all.)
    const log = (await t.she.get('/api/my/access-log').expect(200)).body;
    expect(JSON.stringify(log)).not.toContain('Mina Manager');
    expect(JSON.stringify(log)).toContain('Asha Advocate');

    // The organisation's own setting: 30 days.
    await t.owner.query(`UPDATE organisation SET settings = settings || '{"hiddenAssessmentReviewDays": 30}'::jsonb WHERE id = $1`, [t.org]);
    const kept = await t.manager.post(`/api/risk-assessments/${a.id}/hide-review`).send({ keepHidden: true, reason: 'He still has her phone' });
    expect(kept.status).toBe(200);
    expect(kept.body.hiddenFromHer).toMatchObject({ reason: 'He still has her phone', by: 'Mina Manager', reviewOn: addDays(today(), 30) });
    expect((await auditEventsFor(t, kept))[0]).toMatchObject({ action: 'risk_assessment.hide_reviewed', reason: 'He still has her phone', detail: { keepHidden: true, reviewOn: addDays(today(), 30), confidentialFromSubject: true } });
    expect((await mine()).map((m) => m.id)).not.toContain(a.id);

    for (const body of [{ keepHidden: false }, { keepHidden: 'no', reason: 'x' }, { reason: 'x' }]) {
      expect((await t.manager.post(`/api/risk-assessments/${a.id}/hide-review`).send(body)).status).toBe(400);
    }
    const back = await t.manager.post(`/api/risk-assessments/${a.id}/hide-review`).send({ keepHidden: false, reason: 'She has a new phone and asked to see it' });
    expect(back.status).toBe(200);
    expect(back.body.hiddenFromHer).toBeNull();
    expect((await auditEventsFor(t, back))[0]).toMatchObject({ action: 'risk_assessment.hide_reviewed', detail: { keepHidden: false, reviewOn: null } });
    expect((await mine()).map((m) => m.id)).toContain(a.id);
    const again = await t.manager.post(`/api/risk-assessments/${a.id}/hide-review`).send({ keepHidden: false, reason: 'Again' });
    expect([again.status, again.body.message]).toEqual([409, expect.stringContaining('not kept from her')]);
    await t.owner.query(`UPDATE organisation SET settings = settings - 'hiddenAssessmentReviewDays' WHERE id = $1`, [t.org]);
  });
});
