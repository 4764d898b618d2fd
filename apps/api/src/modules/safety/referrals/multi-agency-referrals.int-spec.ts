import { londonToday } from '@beside/shared/util';
import { useTestApp } from '../../../testing/test-app';
import { auditEventsFor, countRows, createJourney, createOrganisation, createServiceUser, createUser, expectRefusedNaming, newSession, sessionFor } from '../../../testing/fixtures';
import type { TestApp } from '../../../testing/test-app';

const today = () => londonToday(new Date());
const dayFrom = (n: number) => londonToday(new Date(Date.now() + n * 86_400_000));

const CHECKLIST = {
  name: 'Domestic abuse risk checklist',
  guidance: 'Ask gently, when she is safe to talk.',
  source: 'Written for Beside',
  thresholds: { medium: 3, high: 6, marac: 8 },
  questions: [
    { key: 'afraid', text: 'Are you very frightened of him?', guidance: null, required: true, options: [{ key: 'yes', label: 'Yes', weight: 3 }, { key: 'no', label: 'No', weight: 0 }] },
    { key: 'strangled', text: 'Has he ever tried to strangle or choke you?', guidance: null, required: true, options: [{ key: 'yes', label: 'Yes', weight: 5 }, { key: 'no', label: 'No', weight: 0 }] },
    { key: 'isolated', text: 'Does he stop you seeing friends or family?', guidance: null, required: false, options: [{ key: 'yes', label: 'Yes', weight: 1 }, { key: 'no', label: 'No', weight: 0 }] },
  ],
};

/** A risk assessment recorded straight into the database (the assessments routes are another part of issue 20). */
async function assess(t: TestApp, journeyId: string, by: string, assessedOn: string, answers: Record<string, string>, score: number, level: string): Promise<string> {
  const [row]: { id: string }[] = await t.owner.query(
    `INSERT INTO risk_assessment (organisation_id, journey_id, checklist_key, checklist_version, checklist, answers, score, level, marac_recommended, assessed_on, created_by)
     SELECT organisation_id, id, 'beside_domestic_abuse', 1, $2, $3, $4, $5, $4 >= 8, $6, $7 FROM journey WHERE id = $1 RETURNING id`,
    [journeyId, JSON.stringify(CHECKLIST), JSON.stringify(answers), score, level, assessedOn, by],
  );
  return row.id;
}

/** A concern on her journey, raised by `raisedBy` (hidden from her advocate when asked). */
async function concernOn(t: TestApp, journeyId: string, raisedBy: { id: string; role: string }, hideFromAdvocate = false): Promise<string> {
  const [row]: { id: string }[] = await t.owner.query(
    `INSERT INTO concern (organisation_id, journey_id, service_user_id, reference, raised_by, raised_by_role, category, severity, description, hide_raiser_from_advocate, triage_due_at)
     SELECT organisation_id, id, service_user_id, 'C-' || substr(md5(random()::text), 1, 6), $2, $3, 'abuse_or_violence', 'high', 'Bruises she explained away', $4, now() + interval '1 day'
     FROM journey WHERE id = $1 RETURNING id`,
    [journeyId, raisedBy.id, raisedBy.role, hideFromAdvocate],
  );
  return row.id;
}

describe('multi-agency referrals: the form from her risk assessment, sent with its sharing decision, on to closure', () => {
  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t);
    const asha = await createUser(t, org, 'advocate', { name: 'Asha Advocate' });
    const advocate = await sessionFor(t, asha);
    const mona = await createUser(t, org, 'manager', { name: 'Mona Manager' });
    const manager = await sessionFor(t, mona);
    const otherAdvocate = await newSession(t, org, 'advocate');
    const admin = await newSession(t, org, 'admin');
    const panel = await newSession(t, org, 'panel_member');
    const elsewhere = await newSession(t, await createOrganisation(t, 'Elsewhere'), 'manager');
    const her = await createServiceUser(t, org);
    const journey = await createJourney(t, org, her, asha.id);
    const otherJourney = await createJourney(t, org, await createServiceUser(t, org), asha.id);
    return { org, asha, advocate, mona, manager, otherAdvocate, admin, panel, elsewhere, her, journey, otherJourney };
  });

  const draft = async (over: object = {}, journeyId = t.journey) => {
    const res = await t.advocate.post(`/api/journeys/${journeyId}/multi-agency-referrals`).send({ agencyKey: 'marac', sentTo: 'MARAC coordinator, Riverside', reason: 'Strangulation disclosed', ...over });
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number; status: string };
  };
  const decision = async (journeyId = t.journey) => {
    const res = await t.advocate.post(`/api/journeys/${journeyId}/sharing-decisions`).send({
      what: 'The referral form and her risk assessment',
      sharedWith: 'MARAC coordinator, Riverside',
      sharedOn: today(),
      lawfulBasis: 'explicit_consent',
      withConsent: true,
    });
    expect(res.status).toBe(201);
    return res.body as { id: string };
  };
  const sent = async (over: object = {}) => {
    const d = await draft(over);
    const res = await t.advocate.post(`/api/multi-agency-referrals/${d.id}/sent`).send({ version: d.version, sentOn: today(), sharingDecisionId: (await decision()).id });
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number };
  };

  it('should fill the form from her latest risk assessment, never asking again, and audit it without her words', async () => {
    const j = await createJourney(t, t.org, await createServiceUser(t, t.org), t.asha.id);
    const bare = await draft({}, j);
    expect((bare as unknown as { form: object }).form).toMatchObject({ riskAssessmentId: null, score: null, riskFactors: [] });
    await assess(t, j, t.asha.id, dayFrom(-30), { afraid: 'no', strangled: 'no', isolated: 'yes' }, 1, 'standard');
    const latest = await assess(t, j, t.asha.id, dayFrom(-2), { afraid: 'yes', strangled: 'yes', isolated: 'no' }, 8, 'high');
    const res = await t.advocate.post(`/api/journeys/${j}/multi-agency-referrals`).send({ agencyKey: 'marac', sentTo: 'MARAC coordinator', reason: 'She told me he choked her', herViews: 'She wants help', othersAtRisk: null });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      journeyId: j,
      agencyKey: 'marac',
      agencyName: 'MARAC',
      status: 'draft',
      sentOn: null,
      sharingDecisionId: null,
      createdBy: 'Asha Advocate',
      version: 1,
      form: {
        riskAssessmentId: latest,
        assessedOn: dayFrom(-2),
        checklistName: 'Domestic abuse risk checklist',
        score: 8,
        level: 'high',
        riskFactors: [
          { question: 'Are you very frightened of him?', answer: 'Yes' },
          { question: 'Has he ever tried to strangle or choke you?', answer: 'Yes' },
        ],
        reason: 'She told me he choked her',
        herViews: 'She wants help',
        othersAtRisk: null,
      },
    });
    const [stored]: { risk_assessment_id: string }[] = await t.owner.query(`SELECT risk_assessment_id FROM multi_agency_referral WHERE id = $1`, [res.body.id]);
    expect(stored.risk_assessment_id).toBe(latest);
    const [event] = await auditEventsFor(t, res);
    expect(event).toMatchObject({ action: 'multi_agency_referral.created', entity_id: res.body.id, detail: { agency: 'marac', riskAssessmentId: latest } });
    expect(JSON.stringify(event)).not.toContain('choked');
    const list = await t.advocate.get(`/api/journeys/${j}/multi-agency-referrals`);
    expect(list.body.map((r: { id: string }) => r.id)).toEqual([res.body.id, bare.id]);
    expect((await auditEventsFor(t, list))[0]).toMatchObject({ action: 'multi_agency_referral.list', detail: { count: 2 } });
  });

  it('should fill the form from an assessment done through the checklist', async () => {
    const j = await createJourney(t, t.org, await createServiceUser(t, t.org), t.asha.id);
    type Question = { key: string; text: string; options: { key: string; label: string; weight: number }[] };
    const checklists = (await t.advocate.get('/api/risk-checklists').expect(200)).body as { key: string; currentVersion: number; archived: boolean; versions: { version: number; questions: Question[] }[] }[];
    const checklist = checklists.find((c) => !c.archived) ?? checklists[0];
    const questions = checklist.versions.find((v) => v.version === checklist.currentVersion)?.questions ?? [];
    const heaviest = (q: Question) => [...q.options].sort((a, b) => b.weight - a.weight)[0];
    const assessed = await t.advocate.post(`/api/journeys/${j}/risk-assessments`).send({ checklistKey: checklist.key, answers: Object.fromEntries(questions.map((q) => [q.key, heaviest(q).key])) });
    expect(assessed.status).toBe(201);
    const res = await t.advocate.post(`/api/journeys/${j}/multi-agency-referrals`).send({ agencyKey: 'marac', sentTo: 'MARAC coordinator', reason: 'Past the MARAC threshold' });
    expect(res.status).toBe(201);
    expect(res.body.form).toMatchObject({ riskAssessmentId: assessed.body.id, score: assessed.body.score, level: assessed.body.level, checklistName: assessed.body.checklistName });
    expect(res.body.form.riskFactors).toEqual(questions.filter((q) => heaviest(q).weight > 0).map((q) => ({ question: q.text, answer: heaviest(q).label })));
  });

  it('should refuse bad input naming the problem, and store nothing', async () => {
    const elsewhereConcern = await concernOn(t, t.otherJourney, t.asha);
    const hidden = await concernOn(t, t.journey, { id: t.mona.id, role: 'manager' }, true);
    const before = [await countRows(t, 'multi_agency_referral'), await countRows(t, 'multi_agency_referral_concern')];
    const body = { agencyKey: 'marac', sentTo: 'MARAC coordinator', reason: 'Risk' };
    await expectRefusedNaming(
      [
        [{ ...body, agencyKey: 'astrologer' }, 'agencyKey must be one of'],
        [{ ...body, sentTo: '' }, 'sentTo'],
        [{ ...body, reason: undefined }, 'reason'],
        [{ ...body, concernIds: ['not-a-uuid'] }, 'concernIds must be UUIDs'],
        [{ ...body, concernIds: [elsewhereConcern] }, `concernIds: ${elsewhereConcern} is not a concern on this journey`],
        [{ ...body, concernIds: [hidden] }, `concernIds: ${hidden} is not a concern on this journey`],
      ],
      (b) => t.advocate.post(`/api/journeys/${t.journey}/multi-agency-referrals`).send(b),
    );
    const closed = await createJourney(t, t.org, await createServiceUser(t, t.org), t.asha.id, { status: 'closed' });
    const onClosed = await t.advocate.post(`/api/journeys/${closed}/multi-agency-referrals`).send(body);
    expect([onClosed.status, onClosed.body.message]).toEqual([409, 'This journey is closed: reopen it before starting a referral.']);
    expect([await countRows(t, 'multi_agency_referral'), await countRows(t, 'multi_agency_referral_concern')]).toEqual(before);
  });

  it('should never mark a referral sent without its sharing decision, in the API and in the database', async () => {
    const d = await draft();
    const other = await decision(t.otherJourney);
    for (const [body, problem] of [
      [{ version: d.version, sentOn: today() }, 'a referral cannot be marked sent without its sharing decision'],
      [{ version: d.version, sentOn: today(), sharingDecisionId: other.id }, 'not a sharing decision on her journey'],
      [{ version: d.version, sentOn: today(), sharingDecisionId: 'nope' }, 'sharingDecisionId must be a UUID'],
    ] as const) {
      const res = await t.advocate.post(`/api/multi-agency-referrals/${d.id}/sent`).send(body);
      expect([res.status, JSON.stringify(res.body.message)]).toEqual([400, expect.stringContaining(problem)]);
    }
    const mine = await decision();
    for (const [sentOn, problem] of [
      [dayFrom(1), 'sentOn must not be in the future'],
      [dayFrom(-3), 'sentOn must not be before her referral to us'],
    ]) {
      const res = await t.advocate.post(`/api/multi-agency-referrals/${d.id}/sent`).send({ version: d.version, sentOn, sharingDecisionId: mine.id });
      expect([res.status, JSON.stringify(res.body.message)]).toEqual([400, expect.stringContaining(problem)]);
    }
    expect((await t.advocate.get(`/api/multi-agency-referrals/${d.id}`)).body).toMatchObject({ status: 'draft', version: d.version });
    await expect(t.owner.query(`UPDATE multi_agency_referral SET status = 'sent', sent_on = current_date WHERE id = $1`, [d.id])).rejects.toThrow(/check/i);
  });

  it('should go draft → sent → acknowledged → discussed → actions → closed, forward only, each step in its history', async () => {
    await concernOn(t, t.journey, t.asha);
    const d = await draft({ reference: undefined });
    const consented = await decision();
    const sentRes = await t.advocate.post(`/api/multi-agency-referrals/${d.id}/sent`).send({ version: d.version, sentOn: today(), sharingDecisionId: consented.id, reference: 'MARAC-2026-114' });
    expect(sentRes.status).toBe(201);
    expect(sentRes.body).toMatchObject({ status: 'sent', sentOn: today(), reference: 'MARAC-2026-114', sharingDecisionId: consented.id, history: [{ status: 'sent', on: today(), recordedBy: 'Asha Advocate' }] });
    expect((await auditEventsFor(t, sentRes))[0]).toMatchObject({ action: 'multi_agency_referral.sent', detail: { sharingDecisionId: consented.id, withConsent: true } });
    expect((await t.advocate.get(`/api/sharing-decisions/${consented.id}`)).body.referralId).toBe(d.id);
    expect((await t.advocate.post(`/api/multi-agency-referrals/${d.id}/sent`).send({ version: sentRes.body.version, sentOn: today(), sharingDecisionId: consented.id })).status).toBe(409);

    const words = await t.advocate.patch(`/api/multi-agency-referrals/${d.id}`).send({ version: sentRes.body.version, reason: 'Changed after sending' });
    expect([words.status, words.body.message]).toEqual([409, expect.stringContaining('can no longer change')]);

    let version = sentRes.body.version;
    const move = (status: string, over: object = {}) => t.advocate.post(`/api/multi-agency-referrals/${d.id}/status`).send({ version, status, on: today(), ...over });
    for (const [status, over] of [
      ['acknowledged', { note: 'Listed for the next MARAC' }],
      ['discussed', { nextMeetingOn: dayFrom(28), note: 'Actions agreed' }],
      ['actions', {}],
    ] as const) {
      const res = await move(status, over);
      expect([status, res.status]).toEqual([status, 201]);
      version = res.body.version;
    }
    expect((await move('enquiry_opened')).status).toBe(400);
    const backwards = await move('acknowledged');
    expect([backwards.status, backwards.body.message]).toEqual([409, expect.stringContaining('only moves forward')]);
    expect((await move('closed', { on: dayFrom(-1) })).status).toBe(400);
    expect((await move('closed', { version: 1 })).status).toBe(409);
    const closed = await move('closed', { note: 'No further actions' });
    expect(closed.status).toBe(201);
    expect(closed.body).toMatchObject({ status: 'closed', closedOn: today(), nextMeetingOn: dayFrom(28) });
    expect(closed.body.history.map((h: { status: string; note: string | null }) => [h.status, h.note])).toEqual([
      ['sent', null],
      ['acknowledged', 'Listed for the next MARAC'],
      ['discussed', 'Actions agreed'],
      ['actions', null],
      ['closed', 'No further actions'],
    ]);
    expect((await auditEventsFor(t, closed))[0]).toMatchObject({ action: 'multi_agency_referral.status_moved', detail: { from: 'actions', to: 'closed' } });
    const events: { status: string }[] = await t.owner.query(`SELECT status FROM multi_agency_referral_event WHERE referral_id = $1 ORDER BY recorded_at`, [d.id]);
    expect(events.map((e) => e.status)).toEqual(['sent', 'acknowledged', 'discussed', 'actions', 'closed']);
    version = closed.body.version;
    expect((await move('closed')).status).toBe(409);
    expect((await t.advocate.patch(`/api/multi-agency-referrals/${d.id}`).send({ version, reference: 'X' })).status).toBe(409);

    // Skipping ahead is allowed once sent; a draft goes nowhere but sent.
    const other = await sent();
    expect((await t.advocate.post(`/api/multi-agency-referrals/${other.id}/status`).send({ version: other.version, status: 'closed', on: today() })).status).toBe(201);
    const stillDraft = await draft();
    expect((await t.advocate.post(`/api/multi-agency-referrals/${stillDraft.id}/status`).send({ version: stillDraft.version, status: 'acknowledged', on: today() })).status).toBe(409);
  });

  it('should link concerns on her journey, before and after sending', async () => {
    const first = await concernOn(t, t.journey, t.asha);
    const second = await concernOn(t, t.journey, { id: t.mona.id, role: 'manager' });
    const d = await draft({ concernIds: [first, first] });
    expect((d as unknown as { concernIds: string[] }).concernIds).toEqual([first]);
    const patched = await t.advocate.patch(`/api/multi-agency-referrals/${d.id}`).send({ version: d.version, concernIds: [first, second], reference: 'REF-1', nextMeetingOn: dayFrom(10) });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ concernIds: [first, second].sort(), reference: 'REF-1', nextMeetingOn: dayFrom(10), version: d.version + 1 });
    expect((await auditEventsFor(t, patched))[0]).toMatchObject({ action: 'multi_agency_referral.updated', detail: { fields: expect.arrayContaining(['reference', 'nextMeetingOn', 'concernIds']) } });
    const unlinked = await t.advocate.patch(`/api/multi-agency-referrals/${d.id}`).send({ version: patched.body.version, concernIds: [] });
    expect(unlinked.body.concernIds).toEqual([]);
    expect((await t.advocate.patch(`/api/multi-agency-referrals/${d.id}`).send({ version: d.version, reference: 'stale' })).status).toBe(409);
  });

  it('should keep actions for us with owners, due dates and overdue ones marked', async () => {
    const r = await sent();
    const add = (body: object, id = r.id) => t.advocate.post(`/api/multi-agency-referrals/${id}/actions`).send(body);
    const first = await add({ description: 'Arrange a safe phone', ownerId: t.mona.id, dueOn: dayFrom(-1) });
    expect(first.status).toBe(201);
    expect(first.body.actions).toEqual([{ id: expect.any(String), description: 'Arrange a safe phone', ownerId: t.mona.id, ownerName: 'Mona Manager', dueOn: dayFrom(-1), doneOn: null, overdue: true }]);
    expect((await auditEventsFor(t, first))[0]).toMatchObject({ action: 'multi_agency_referral.action_added', detail: { ownerId: t.mona.id } });
    const second = await add({ description: 'Go with her to the housing appointment', ownerId: t.asha.id, dueOn: dayFrom(7) });
    expect(second.body.actions.map((a: { overdue: boolean }) => a.overdue)).toEqual([true, false]);

    const gone = await createUser(t, t.org, 'advocate', { status: 'disabled' });
    const admin = await createUser(t, t.org, 'admin');
    const before = await countRows(t, 'referral_action');
    await expectRefusedNaming(
      [
        [{ description: 'x', ownerId: gone.id, dueOn: today() }, 'ownerId must be an active advocate or manager'],
        [{ description: 'x', ownerId: admin.id, dueOn: today() }, 'ownerId must be an active advocate or manager'],
        [{ description: 'x', ownerId: t.asha.id, dueOn: '2026-02-30' }, 'dueOn'],
        [{ description: '', ownerId: t.asha.id, dueOn: today() }, 'description'],
      ],
      (b) => add(b),
    );
    expect(await countRows(t, 'referral_action')).toBe(before);

    const actionId = first.body.actions[0].id;
    const done = await t.advocate.patch(`/api/multi-agency-referrals/${r.id}/actions/${actionId}`).send({ doneOn: today() });
    expect(done.status).toBe(200);
    expect(done.body.actions.find((a: { id: string }) => a.id === actionId)).toMatchObject({ doneOn: today(), overdue: false });
    expect((await t.advocate.patch(`/api/multi-agency-referrals/${r.id}/actions/${actionId}`).send({ doneOn: dayFrom(2) })).status).toBe(400);
    const another = await sent();
    expect((await t.advocate.patch(`/api/multi-agency-referrals/${another.id}/actions/${actionId}`).send({ doneOn: today() })).status).toBe(404);

    const closed = await t.advocate.post(`/api/multi-agency-referrals/${r.id}/status`).send({ version: r.version, status: 'closed', on: today() });
    expect(closed.status).toBe(201);
    const openAction = second.body.actions[1].id;
    expect((await t.advocate.patch(`/api/multi-agency-referrals/${r.id}/actions/${openAction}`).send({ dueOn: dayFrom(9) })).status).toBe(409);
    expect((await t.advocate.patch(`/api/multi-agency-referrals/${r.id}/actions/${openAction}`).send({ doneOn: today() })).status).toBe(200);
    expect((await add({ description: 'Late', ownerId: t.asha.id, dueOn: today() })).status).toBe(409);
  });

  it("should keep referrals inside her journey's reach", async () => {
    const d = await draft();
    expect((await t.otherAdvocate.get(`/api/multi-agency-referrals/${d.id}`)).status).toBe(404);
    expect((await t.otherAdvocate.get(`/api/journeys/${t.journey}/multi-agency-referrals`)).status).toBe(404);
    expect((await t.otherAdvocate.patch(`/api/multi-agency-referrals/${d.id}`).send({ version: d.version, reference: 'x' })).status).toBe(404);
    expect((await t.elsewhere.get(`/api/multi-agency-referrals/${d.id}`)).status).toBe(404);
    expect((await t.elsewhere.post(`/api/multi-agency-referrals/${d.id}/actions`).send({ description: 'x', ownerId: t.asha.id, dueOn: today() })).status).toBe(404);
    expect((await t.manager.get(`/api/multi-agency-referrals/${d.id}`)).status).toBe(200);
    expect((await t.admin.get(`/api/multi-agency-referrals/${d.id}`)).status).toBe(403);
    expect((await t.panel.get(`/api/journeys/${t.journey}/multi-agency-referrals`)).status).toBe(403);
    const read = await t.manager.get(`/api/multi-agency-referrals/${d.id}`);
    expect((await auditEventsFor(t, read))[0]).toMatchObject({ action: 'multi_agency_referral.read', entity_id: d.id, subject_id: t.her });
  });
});
