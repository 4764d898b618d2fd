import { londonToday } from '@beside/shared/util';
import { useTestApp } from '../../../../testing/test-app';
import { auditEventsFor, countRows, createJourney, createOrganisation, createUser, expectRefusedNaming, newSession, sessionFor } from '../../../../testing/fixtures';
import { womanWithAccount } from '../../../../testing/journey-team';

const today = () => londonToday(new Date());
const dayFrom = (n: number) => londonToday(new Date(Date.now() + n * 86_400_000));

describe('sharing decisions: every disclosure of her information, with her consent or why not, and what she sees', () => {
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
    const woman = await womanWithAccount(t, org);
    const journey = await createJourney(t, org, woman.her, asha.id);
    const other = await womanWithAccount(t, org);
    const otherJourney = await createJourney(t, org, other.her, asha.id);
    return { org, asha, advocate, mona, manager, otherAdvocate, admin, panel, elsewhere, ...woman, journey, otherShe: other.she, otherJourney };
  });

  const withConsent = { what: 'Her risk assessment and the referral form', sharedWith: 'MARAC coordinator, Riverside', sharedOn: today(), lawfulBasis: 'explicit_consent', withConsent: true };
  const withoutConsent = {
    what: 'Her address and the risk he poses',
    sharedWith: 'Riverside police, public protection unit',
    sharedOn: today(),
    lawfulBasis: 'vital_interests',
    withConsent: false,
    considerations: ['risk_of_serious_harm', 'consent_would_increase_risk'],
    reasoning: 'He threatened to kill her; her sister Dana told us he has a weapon',
  };
  const record = async (body: object, journeyId = t.journey) => {
    const res = await t.advocate.post(`/api/journeys/${journeyId}/sharing-decisions`).send(body);
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number; shownToHer: boolean };
  };

  it('should record a sharing with her consent, always shown to her', async () => {
    const res = await t.advocate.post(`/api/journeys/${t.journey}/sharing-decisions`).send(withConsent);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ ...withConsent, journeyId: t.journey, considerations: [], reasoning: null, decidedBy: 'Asha Advocate', review: null, shownToHer: true, heldBackReason: null, referralId: null, version: 1 });
    const [event] = await auditEventsFor(t, res);
    expect(event).toMatchObject({ action: 'sharing_decision.recorded', entity_id: res.body.id, subject_id: t.her, detail: { withConsent: true, lawfulBasis: 'explicit_consent', shownToHer: true } });
    expect(JSON.stringify(event)).not.toContain('MARAC coordinator');
    const list = await t.advocate.get(`/api/journeys/${t.journey}/sharing-decisions`);
    expect(list.body.map((d: { id: string }) => d.id)).toContain(res.body.id);
    expect((await auditEventsFor(t, list))[0]).toMatchObject({ action: 'sharing_decision.list', subject_id: t.her });
  });

  it('should need the reasoning without her consent, a reason to hold it back, and a basis other than consent; storing nothing otherwise', async () => {
    const before = await countRows(t, 'sharing_decision');
    const otherReferral = await t.advocate.post(`/api/journeys/${t.otherJourney}/multi-agency-referrals`).send({ agencyKey: 'police', sentTo: 'PPU', reason: 'Risk' });
    await expectRefusedNaming(
      [
        [{ ...withoutConsent, reasoning: undefined }, 'reasoning is required when sharing without her consent'],
        [{ ...withoutConsent, reasoning: '   ' }, 'reasoning is required'],
        [{ ...withoutConsent, lawfulBasis: 'explicit_consent' }, 'lawfulBasis cannot be explicit_consent'],
        [{ ...withoutConsent, shownToHer: false }, 'heldBackReason is required'],
        [{ ...withoutConsent, considerations: ['it_felt_right'] }, 'considerations must each be one of'],
        [{ ...withConsent, shownToHer: false }, 'shownToHer: a sharing with her consent is always shown to her'],
        [{ ...withConsent, considerations: ['risk_to_children'] }, 'considerations are recorded only for a sharing without her consent'],
        [{ ...withConsent, sharedOn: dayFrom(1) }, 'sharedOn must not be in the future'],
        [{ ...withConsent, lawfulBasis: 'because' }, 'lawfulBasis must be one of'],
        [{ ...withConsent, withConsent: 'yes' }, 'withConsent must be true or false'],
        [{ ...withConsent, what: '' }, 'what'],
        [{ ...withConsent, referralId: otherReferral.body.id }, 'referralId is not a referral on this journey'],
      ],
      (b) => t.advocate.post(`/api/journeys/${t.journey}/sharing-decisions`).send(b),
    );
    expect(await countRows(t, 'sharing_decision')).toBe(before);
    // The database holds the same rules, whatever writes.
    await expect(
      t.owner.query(
        `INSERT INTO sharing_decision (organisation_id, journey_id, what, shared_with, shared_on, lawful_basis, with_consent, decided_by, shown_to_her)
         SELECT organisation_id, id, 'x', 'y', current_date, 'vital_interests', false, $2, true FROM journey WHERE id = $1`,
        [t.journey, t.asha.id],
      ),
    ).rejects.toThrow(/check/i);
  });

  it("should have a manager review a sharing without her consent, once, perhaps holding it back then", async () => {
    const d = await record(withoutConsent);
    expect(d).toMatchObject({ shownToHer: true, review: null, reasoning: withoutConsent.reasoning });
    expect((await t.advocate.post(`/api/sharing-decisions/${d.id}/review`).send({ version: d.version, note: 'Fine' })).status).toBe(403);
    const consented = await record(withConsent);
    expect((await t.manager.post(`/api/sharing-decisions/${consented.id}/review`).send({ version: consented.version, note: 'Fine' })).status).toBe(409);
    for (const [body, problem] of [
      [{ version: d.version, note: '' }, 'note must not be empty'],
      [{ version: d.version, note: 'Hold back', shownToHer: false }, 'heldBackReason is required'],
    ] as const) {
      const res = await t.manager.post(`/api/sharing-decisions/${d.id}/review`).send(body);
      expect([res.status, JSON.stringify(res.body.message)]).toEqual([400, expect.stringContaining(problem)]);
    }
    expect((await t.manager.post(`/api/sharing-decisions/${d.id}/review`).send({ version: d.version + 1, note: 'Stale' })).status).toBe(409);
    const reviewed = await t.manager.post(`/api/sharing-decisions/${d.id}/review`).send({
      version: d.version,
      note: 'Right to share: risk to life. Hold back while he can read her phone.',
      shownToHer: false,
      heldBackReason: 'He checks her phone: seeing this could put her at risk',
    });
    expect(reviewed.status).toBe(201);
    expect(reviewed.body).toMatchObject({ shownToHer: false, heldBackReason: 'He checks her phone: seeing this could put her at risk', review: { by: 'Mona Manager', note: expect.stringContaining('Right to share') }, version: d.version + 1 });
    expect((await auditEventsFor(t, reviewed))[0]).toMatchObject({ action: 'sharing_decision.reviewed', entity_id: d.id, detail: { shownToHer: false, shownToHerBefore: true } });
    const again = await t.manager.post(`/api/sharing-decisions/${d.id}/review`).send({ version: reviewed.body.version, note: 'Again' });
    expect([again.status, again.body.message]).toEqual([409, expect.stringContaining('reviewed already')]);
    // A manager's own decision is reviewed by another manager.
    const hers = await t.manager.post(`/api/journeys/${t.journey}/sharing-decisions`).send(withoutConsent);
    const own = await t.manager.post(`/api/sharing-decisions/${hers.body.id}/review`).send({ version: hers.body.version, note: 'Mine' });
    expect([own.status, own.body.message]).toEqual([409, expect.stringContaining('Another manager')]);
    const colleague = await newSession(t, t.org, 'manager');
    expect((await colleague.post(`/api/sharing-decisions/${hers.body.id}/review`).send({ version: hers.body.version, note: 'Right to share' })).status).toBe(201);
  });

  it('should show her what was shared with her consent and without it, but not what was held back, in plain words', async () => {
    const consented = await record(withConsent);
    const shown = await record({ ...withoutConsent, sharedOn: dayFrom(-1) });
    const heldBack = await record({ ...withoutConsent, shownToHer: false, heldBackReason: 'She still lives with him' });
    await record(withConsent, t.otherJourney);
    const res = await t.she.get('/api/my/information-sharing');
    expect(res.status).toBe(200);
    const ids = res.body.map((s: { id: string }) => s.id);
    expect(ids).toEqual(expect.arrayContaining([consented.id, shown.id]));
    expect(ids).not.toContain(heldBack.id);
    const mine = res.body.find((s: { id: string }) => s.id === consented.id);
    expect(mine).toEqual({ id: consented.id, what: withConsent.what, sharedWith: withConsent.sharedWith, sharedOn: today(), withConsent: true, why: expect.stringMatching(/^You agreed to this\. The law it rests on: Your explicit consent/) });
    const without = res.body.find((s: { id: string }) => s.id === shown.id);
    expect(without.why).toBe(
      'Shared without your consent, because there was a risk of serious harm to you and asking you first would have made things more dangerous. The law it rests on: Vital interests: to protect your life or someone else’s when you cannot consent (Articles 6(1)(d) and 9(2)(c)).',
    );
    // Never the staff's own reasoning, which names others.
    expect(JSON.stringify(res.body)).not.toContain('Dana');
    expect(JSON.stringify(res.body)).not.toContain('She still lives with him');
    expect((await auditEventsFor(t, res))[0]).toMatchObject({ action: 'sharing_decision.list', subject_id: t.her, detail: { count: ids.length } });
    expect((await t.otherShe.get('/api/my/information-sharing')).body.map((s: { id: string }) => s.id)).not.toContain(consented.id);
    expect((await t.she.get(`/api/sharing-decisions/${consented.id}`)).status).toBe(403);
  });

  it("should keep what was held back, and every referral without a sharing she is shown, out of her 'who looked at my record'", async () => {
    const woman = await womanWithAccount(t, t.org);
    const j = await createJourney(t, t.org, woman.her, t.asha.id);
    const referral = await t.advocate.post(`/api/journeys/${j}/multi-agency-referrals`).send({ agencyKey: 'marac', sentTo: 'MARAC coordinator', reason: 'Risk to life' });
    const held = await record({ ...withoutConsent, shownToHer: false, heldBackReason: 'He reads her phone' }, j);
    const sent = await t.advocate.post(`/api/multi-agency-referrals/${referral.body.id}/sent`).send({ version: referral.body.version, sentOn: today(), sharingDecisionId: held.id });
    expect(sent.status).toBe(201);
    const moved = await t.advocate.post(`/api/multi-agency-referrals/${referral.body.id}/status`).send({ version: sent.body.version, status: 'acknowledged', on: today() });
    const read = await t.manager.get(`/api/sharing-decisions/${held.id}`);
    const reviewed = await t.manager.post(`/api/sharing-decisions/${held.id}/review`).send({ version: read.body.version, note: 'Right to hold back for now' });
    for (const res of [sent, moved, read, reviewed]) expect((await auditEventsFor(t, res))[0].detail).toMatchObject({ confidentialFromSubject: true });
    const log = await woman.she.get('/api/my/access-log');
    expect(log.status).toBe(200);
    const said = log.body.items.map((e: { what: string }) => e.what).join(' | ');
    // Not even the draft: a referral stays out of her log until a sharing decision she is shown goes with it.
    for (const words of ['shared', 'referral', 'Checked a decision']) expect(said).not.toContain(words);
    expect((await auditEventsFor(t, referral))[0].detail).toMatchObject({ confidentialFromSubject: true });
  });

  it('should link a decision to its referral on her journey', async () => {
    const referral = await t.advocate.post(`/api/journeys/${t.journey}/multi-agency-referrals`).send({ agencyKey: 'adult_safeguarding', sentTo: 'Adult social care front door', reason: 'Financial abuse' });
    const d = await record({ ...withConsent, referralId: referral.body.id });
    expect(d).toMatchObject({ referralId: referral.body.id });
  });

  it("should keep sharing decisions inside her journey's reach", async () => {
    const d = await record(withoutConsent);
    expect((await t.otherAdvocate.get(`/api/sharing-decisions/${d.id}`)).status).toBe(404);
    expect((await t.otherAdvocate.get(`/api/journeys/${t.journey}/sharing-decisions`)).status).toBe(404);
    expect((await t.otherAdvocate.post(`/api/journeys/${t.journey}/sharing-decisions`).send(withConsent)).status).toBe(404);
    expect((await t.elsewhere.get(`/api/sharing-decisions/${d.id}`)).status).toBe(404);
    expect((await t.elsewhere.post(`/api/sharing-decisions/${d.id}/review`).send({ version: d.version, note: 'x' })).status).toBe(404);
    expect((await t.admin.get(`/api/sharing-decisions/${d.id}`)).status).toBe(403);
    expect((await t.panel.get(`/api/sharing-decisions/${d.id}`)).status).toBe(403);
    expect((await t.advocate.get('/api/my/information-sharing')).status).toBe(403);
    const read = await t.manager.get(`/api/sharing-decisions/${d.id}`);
    expect(read.status).toBe(200);
    expect((await auditEventsFor(t, read))[0]).toMatchObject({ action: 'sharing_decision.read', entity_id: d.id, subject_id: t.her });
  });
});
