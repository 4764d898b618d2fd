import type { Response } from 'supertest';
import { UnitOfWork } from '../../database/unit-of-work';
import { useTestApp } from '../../testing/test-app';
import { womanWithAccount } from '../../testing/journey-team';
import {
  createGoal,
  createJourney,
  createNote,
  createOrganisation,
  createServiceUser,
  createStaffConcern,
  createStep,
  createUser,
  sessionFor,
  newSession,
} from '../../testing/fixtures';

/** Two member organisations (and a suspended one, and the network's own), a woman in the first with a plan, notes and a concern. */
describe('referrals between member organisations, with her consent (issue 17.3)', () => {
  const NOTE = 'Staff only: she mentioned her brother visits on Sundays';
  const CONCERN = 'Concern text that must never travel';
  const REASON = 'Harbour runs a peer group for women leaving hospital, which we do not offer.';
  const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const consent = (parts: string[], extra: Record<string, unknown> = {}) => ({ parts, how: 'in_person', givenOn: today(), ...extra });
  const sendTo = (to: string, body: Record<string, unknown> = {}, journeyId = t.journey, as = t.advocate) =>
    as.post(`/api/journeys/${journeyId}/referrals`).send({ toOrganisationId: to, reason: REASON, consent: consent(['profile']), ...body });

  const referralRows = async (): Promise<number> => Number((await t.owner.query(`SELECT count(*)::int AS n FROM referral`))[0].n);
  const eventsOf = (org: string, action: string): Promise<{ entity_id: string; actor_user_id: string | null; subject_id: string | null; detail: Record<string, unknown> }[]> =>
    t.owner.query(`SELECT entity_id, actor_user_id, subject_id, detail FROM audit_event WHERE organisation_id = $1 AND action = $2 ORDER BY occurred_at, id`, [org, action]);
  const counted = async (org: string, table: string): Promise<number> => Number((await t.owner.query(`SELECT count(*)::int AS n FROM ${table} WHERE organisation_id = $1`, [org]))[0].n);
  const withdrawAll = async () => {
    for (const r of (await t.advocate.get(`/api/journeys/${t.journey}/referrals`)).body as { id: string; status: string; version: number }[]) {
      if (r.status === 'sent' || r.status === 'held') expect((await t.advocate.post(`/api/referrals/${r.id}/withdraw`).send({ version: r.version })).status).toBe(200);
    }
  };
  const incomingByReference = async (reference: string, as = t.harbourAdvocate): Promise<{ id: string; version: number; status: string }> => {
    const list = (await as.get('/api/referrals/incoming')).body as { id: string; reference: string; version: number; status: string }[];
    const found = list.find((r) => r.reference === reference);
    if (!found) throw new Error(`no incoming referral ${reference}`);
    return found;
  };

  const t = useTestApp(async (t) => {
    const uow = t.app.get(UnitOfWork);
    const riverside = await createOrganisation(t, "Riverside Women's Advocacy (test)");
    const harbour = await createOrganisation(t, "Harbour Women's Voice (test)");
    const closedDoors = await createOrganisation(t, 'Closed Doors (test)');
    await t.owner.query(`UPDATE organisation SET status = 'suspended', suspended_at = now(), suspension_reason = 'Test' WHERE id = $1`, [closedDoors]);
    await t.owner.query(`UPDATE organisation SET settings = settings || '{"servicesOffered": "Peer groups after hospital"}'::jsonb WHERE id = $1`, [harbour]);
    const [network]: string[] = (await t.owner.query(`INSERT INTO organisation (name, kind) VALUES ('The network (test)', 'network') RETURNING id`)).map((r: { id: string }) => r.id);
    const operator = await newSession(t, network, 'network_admin');
    const advocate = await newSession(t, riverside, 'advocate', { name: 'Asha Advocate' });
    const asha = advocate.user;
    const otherAdvocate = await newSession(t, riverside, 'advocate');
    const manager = await newSession(t, riverside, 'manager');
    const { she, her } = await womanWithAccount(t, riverside, { name: 'Rosa Field' });
    await t.owner.query(
      `UPDATE service_user SET preferred_name = 'Ro', pronouns = 'she/her', date_of_birth = '1987-03-14', languages = 'Portuguese',
              safe_contact = $2 WHERE id = $1`,
      [her, JSON.stringify({ channels: ['text'], textNumber: '+447700900123', codeWord: 'tulip', voicemailAllowed: false, messageConsent: { message_alert: ['text'] } })],
    );
    const journey = await createJourney(t, riverside, her, asha.id);
    const goalShared = await createGoal(t, journey, { words: 'Find a peer group near home' });
    await createStep(t, goalShared, { description: 'Look at two groups with Asha' });
    await createGoal(t, journey, { words: 'A goal she keeps to herself' });
    await createNote(t, journey, 'staff', NOTE, asha.id);
    await createStaffConcern(t, her, asha, { description: CONCERN });
    const other = await womanWithAccount(t, riverside);
    const otherWoman = other.she;
    const otherJourney = await createJourney(t, riverside, other.her, asha.id);
    const otherGoal = await createGoal(t, otherJourney, { words: 'Another woman’s goal' });
    const harbourAdvocate = await newSession(t, harbour, 'advocate', { name: 'Joy Adeyemi' });
    const joy = harbourAdvocate.user;
    const harbourManager = await newSession(t, harbour, 'manager');
    const harbourOtherAdvocate = await createUser(t, harbour, 'advocate');
    return { uow, riverside, harbour, closedDoors, network, asha, advocate, otherAdvocate, manager, she, otherWoman, her, journey, goalShared, otherGoal, joy, harbourAdvocate, harbourManager, harbourOtherAdvocate, operator };
  });

  it('should list the other active members as destinations, with what they offer: not hers, not a suspended one, not the network', async () => {
    const res = await t.advocate.get('/api/referrals/destinations');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([{ organisationId: t.harbour, name: "Harbour Women's Voice (test)", servicesOffered: 'Peer groups after hospital' }]);
    expect((await t.she.get('/api/referrals/destinations')).status).toBe(403);
    expect((await t.operator.get('/api/referrals/destinations')).status).toBe(403);
  });

  it('should send with her consent, show the receiver only the consented parts, start a journey there on acceptance, and tell her in plain words', async () => {
    const sent = await sendTo(t.harbour, { consent: consent(['profile', 'plan_items'], { goalIds: [t.goalShared] }) });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({
      direction: 'outgoing',
      fromOrganisation: "Riverside Women's Advocacy (test)",
      toOrganisation: "Harbour Women's Voice (test)",
      status: 'sent',
      reason: REASON,
      consent: { parts: ['profile', 'plan_items'], how: 'in_person', givenOn: today() },
      sentBy: 'Asha Advocate',
      journeyId: t.journey,
      version: 1,
    });
    expect(sent.body.reference).toMatch(/^R-[2-9A-HJKMNP-Z]{5}$/);
    expect(sent.body.shared).toBeUndefined();

    // Both sides see it by the same reference; the inbox lists what, why and which parts, not the record itself.
    const inbox = await t.harbourAdvocate.get('/api/referrals/incoming?status=sent');
    expect(inbox.status).toBe(200);
    expect(inbox.body).toHaveLength(1);
    expect(inbox.body[0]).toMatchObject({ reference: sent.body.reference, direction: 'incoming', fromOrganisation: "Riverside Women's Advocacy (test)", status: 'sent', journeyId: null });
    expect(inbox.body[0].id).not.toBe(sent.body.id);
    expect(inbox.body[0].shared).toBeUndefined();
    const incomingId = inbox.body[0].id as string;
    // Harbour's managers are told one waits (a reference and a link, no name); nobody at Riverside is.
    const told: { organisation_id: string; text: string; link: string }[] = await t.owner.query(
      `SELECT n.organisation_id, n.text, n.link FROM notification n WHERE kind = 'referral.received' AND link = $1`,
      [`/referrals/${incomingId}`],
    );
    expect(told.length).toBeGreaterThan(0);
    expect(told.every((n) => n.organisation_id === t.harbour && n.text.includes(sent.body.reference) && !n.text.includes('Asha'))).toBe(true);

    const detail = await t.harbourManager.get(`/api/referrals/incoming/${incomingId}`);
    expect(detail.status).toBe(200);
    expect(detail.body.shared).toEqual({
      profile: { name: 'Rosa Field', preferredName: 'Ro', pronouns: 'she/her', dateOfBirth: '1987-03-14' },
      planItems: [{ title: 'Health', herWords: 'Find a peer group near home', steps: [{ title: 'Look at two groups with Asha', done: false }] }],
    });
    expect(JSON.stringify(detail.body)).not.toMatch(/keeps to herself|brother|Concern text|tulip|Portuguese/);

    // Her portal, in plain words.
    const download = await t.she.get('/api/my/data.json');
    expect(download.body.referrals).toEqual([expect.objectContaining({ reference: sent.body.reference, status: 'sent', sharedParts: ['profile', 'plan_items'] })]);
    expect((await t.she.get('/api/my/data.html')).text).toContain(sent.body.reference);
    const mine = await t.she.get('/api/my/referrals');
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual([
      {
        id: sent.body.id,
        reference: sent.body.reference,
        toOrganisation: "Harbour Women's Voice (test)",
        status: 'sent',
        statusWords: "Waiting for Harbour Women's Voice (test) to reply",
        sharedParts: ['profile', 'plan_items'],
        sentAt: sent.body.sentAt,
        canWithdraw: true,
      },
    ]);
    expect((await t.otherWoman.get('/api/my/referrals')).body).toEqual([]);

    const before = { su: await counted(t.harbour, 'service_user'), journeys: await counted(t.harbour, 'journey') };
    const accepted = await t.harbourAdvocate.post(`/api/referrals/incoming/${incomingId}/accept`).send({ version: 1 });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', version: 2, reference: sent.body.reference });
    expect(accepted.body.respondedAt).toBeTruthy();
    const newJourney = accepted.body.journeyId as string;
    const answered: { organisation_id: string; recipient_id: string; text: string; link: string }[] = await t.owner.query(
      `SELECT organisation_id, recipient_id, text, link FROM notification WHERE kind = 'referral.answered' AND text LIKE $1`,
      [`%${sent.body.reference}%`],
    );
    expect(answered).toEqual([{ organisation_id: t.riverside, recipient_id: t.asha.id, text: `Referral ${sent.body.reference} was accepted.`, link: `/journeys/${t.journey}?tab=referrals` }]);
    expect(await counted(t.harbour, 'service_user')).toBe(before.su + 1);
    expect(await counted(t.harbour, 'journey')).toBe(before.journeys + 1);
    const [started] = await t.owner.query(
      `SELECT j.organisation_id, j.status, j.referral_source, j.referral_reason, j.primary_advocate_id, su.name, su.preferred_name, su.languages, su.account_id
       FROM journey j JOIN service_user su ON su.id = j.service_user_id WHERE j.id = $1`,
      [newJourney],
    );
    expect(started).toEqual({
      organisation_id: t.harbour,
      status: 'referred',
      referral_source: 'network_referral',
      referral_reason: REASON,
      primary_advocate_id: t.joy.id,
      name: 'Rosa Field',
      preferred_name: 'Ro',
      languages: null,
      account_id: null,
    });
    // Joy has her on her caseload and can open the journey started here.
    expect((await t.harbourAdvocate.get(`/api/journeys/${newJourney}`)).status).toBe(200);

    // The sender sees the answer; she sees it in plain words and can no longer withdraw.
    const outgoing = await t.advocate.get(`/api/journeys/${t.journey}/referrals`);
    expect(outgoing.body).toHaveLength(1);
    expect(outgoing.body[0]).toMatchObject({ id: sent.body.id, status: 'accepted', version: 2, journeyId: t.journey });
    const mineAfter = (await t.she.get('/api/my/referrals')).body[0];
    expect(mineAfter).toMatchObject({ status: 'accepted', canWithdraw: false, statusWords: "Harbour Women's Voice (test) have said yes. They will get in touch with you" });
    const late = await t.she.post(`/api/my/referrals/${sent.body.id}/withdraw`);
    expect(late.status).toBe(409);
    expect(late.body.message).toMatch(/already been accepted/);
    expect((await t.advocate.post(`/api/referrals/${sent.body.id}/withdraw`).send({ version: 2 })).status).toBe(409);

    // Every step on both chains, with no free text in the detail, and no one of the other organisation named.
    expect(await eventsOf(t.riverside, 'referral.sent')).toEqual([expect.objectContaining({ entity_id: sent.body.id, actor_user_id: t.asha.id, subject_id: t.her })]);
    expect(await eventsOf(t.harbour, 'referral.received')).toEqual([expect.objectContaining({ entity_id: incomingId, actor_user_id: null, subject_id: null })]);
    expect(await eventsOf(t.harbour, 'referral.accepted')).toEqual([expect.objectContaining({ entity_id: incomingId, actor_user_id: t.joy.id })]);
    expect(await eventsOf(t.riverside, 'referral.accepted')).toEqual([expect.objectContaining({ entity_id: sent.body.id, actor_user_id: null })]);
    expect((await eventsOf(t.harbour, 'journey.created')).map((e) => e.entity_id)).toEqual([newJourney]);
    const [{ details }] = await t.owner.query(`SELECT string_agg(detail::text, ' ') AS details FROM audit_event WHERE action LIKE 'referral.%'`);
    expect(details).not.toContain('peer group');
    expect(details).toContain(sent.body.reference);
    // Both organisations' chains take the other side's events in their place and stay whole.
    const unsealed = async () => Number((await t.owner.query(`SELECT count(*)::int AS n FROM audit_event WHERE organisation_id IN ($1, $2) AND seq IS NULL`, [t.riverside, t.harbour]))[0].n);
    for (let tries = 0; (await unsealed()) > 0 && tries < 50; tries++) await new Promise((r) => setTimeout(r, 100));
    expect(await unsealed()).toBe(0);
    for (const chainManager of [t.manager, t.harbourManager]) {
      expect((await chainManager.get('/api/audit/verify')).body).toMatchObject({ intact: true, brokenAt: null });
    }
  });

  it('should let nothing about her be readable by the receiving organisation before acceptance beyond what the consent names', async () => {
    // A member she has never been referred to; she agreed to share her safe contact rules only: no name, no plan.
    const meadow = await createOrganisation(t, 'Meadow Women (test)');
    const meadowUser = await createUser(t, meadow, 'advocate');
    const meadowAdvocate = await sessionFor(t, meadowUser);
    const sent = await sendTo(meadow, { consent: consent(['safe_contact']) });
    expect(sent.status).toBe(201);
    const seen = await readEverythingAs(meadow, meadowUser.id);
    expect(seen).toContain(sent.body.reference);
    expect(seen).toContain('tulip');
    expect(seen).not.toContain('Rosa Field');
    expect(seen).not.toContain('1987-03-14');
    expect(seen).not.toContain('near home');
    expect(seen).not.toContain('brother');
    expect(seen).not.toContain('Concern text');
    expect(seen).not.toContain(t.her);
    expect(seen).not.toContain(t.journey);
    // What she agreed to is there, and her consent to be messaged by Riverside is not.
    const [row] = await t.uow.run({ organisationId: meadow, userId: null, role: 'manager' }, (em) =>
      em.query(`SELECT shared, service_user_id, journey_id, consent_goal_ids, sent_by FROM referral WHERE reference = $1`, [sent.body.reference]),
    );
    expect(Object.keys(row.shared)).toEqual(['safeContact']);
    expect(row.shared.safeContact).toMatchObject({ channels: ['text'], textNumber: '+447700900123', codeWord: 'tulip' });
    expect(row.shared.safeContact.messageConsent).toBeUndefined();
    expect(row).toMatchObject({ service_user_id: null, journey_id: null, consent_goal_ids: null, sent_by: null });
    // Riverside's row in Meadow's context: none.
    const riversideRows = await t.uow.run({ organisationId: meadow, userId: null, role: 'manager' }, (em) => em.query(`SELECT * FROM referral WHERE organisation_id = $1`, [t.riverside]));
    expect(riversideRows).toEqual([]);

    // Accepting without her profile needs the name she gave; the record starts with that and nothing else of hers.
    const incoming = await incomingByReference(sent.body.reference, meadowAdvocate);
    const noName = await meadowAdvocate.post(`/api/referrals/incoming/${incoming.id}/accept`).send({ version: incoming.version });
    expect(noName.status).toBe(400);
    expect(JSON.stringify(noName.body)).toMatch(/name: she did not agree to share her profile/);
    const accepted = await meadowAdvocate.post(`/api/referrals/incoming/${incoming.id}/accept`).send({ version: incoming.version, name: 'Rosa' });
    expect(accepted.status).toBe(200);
    const [record] = await t.owner.query(`SELECT su.name, su.date_of_birth, su.safe_contact FROM journey j JOIN service_user su ON su.id = j.service_user_id WHERE j.id = $1`, [accepted.body.journeyId]);
    expect(record.name).toBe('Rosa');
    expect(record.date_of_birth).toBeNull();
    expect(record.safe_contact).toMatchObject({ channels: ['text'], codeWord: 'tulip', messageConsent: { message_alert: [] } });
  });

  it('should refuse bad input with a 400 or 409 naming the problem, and create nothing', async () => {
    await withdrawAll();
    const closedJourney = await createJourney(t, t.riverside, await createServiceUser(t, t.riverside), t.asha.id, { status: 'closed' });
    await t.owner.query(`UPDATE journey SET closed_at = now() WHERE id = $1`, [closedJourney]);
    const cases: [string, () => Promise<Response>, number, RegExp][] = [
      ['a suspended organisation', () => sendTo(t.closedDoors), 409, /Closed Doors \(test\) is suspended/],
      ['her own organisation', () => sendTo(t.riverside), 400, /toOrganisationId: she is already with your organisation/],
      ['the network organisation', () => sendTo(t.network), 400, /toOrganisationId is not another member organisation/],
      ['an unknown organisation', () => sendTo('3f1c1e8e-2a6b-4c1e-9d55-0c7a3e0b9f11'), 400, /toOrganisationId is not another member organisation/],
      ['no organisation id', () => sendTo('not-a-uuid'), 400, /toOrganisationId must be a UUID/],
      ['no consent', () => t.advocate.post(`/api/journeys/${t.journey}/referrals`).send({ toOrganisationId: t.harbour, reason: REASON }), 400, /consent is required/],
      ['consent to no parts', () => sendTo(t.harbour, { consent: consent([]) }), 400, /consent.parts: record which parts/],
      ['staff-only notes', () => sendTo(t.harbour, { consent: consent(['profile', 'notes']) }), 400, /consent.parts: each part must be one of profile, safe_contact, plan_items/],
      ['concerns', () => sendTo(t.harbour, { consent: consent(['concerns']) }), 400, /consent.parts: each part must be one of/],
      ['audit history', () => sendTo(t.harbour, { consent: consent(['audit_history']) }), 400, /consent.parts: each part must be one of/],
      ['goals without plan items', () => sendTo(t.harbour, { consent: consent(['profile'], { goalIds: [t.goalShared] }) }), 400, /goals travel only when she consented to share 'plan_items'/],
      ['plan items without goals', () => sendTo(t.harbour, { consent: consent(['plan_items']) }), 400, /consent.goalIds: choose the goals/],
      ['a goal not on her journey', () => sendTo(t.harbour, { consent: consent(['plan_items'], { goalIds: [t.goalShared, t.otherGoal] }) }), 400, /1 of these goals are not on her journey/],
      ['consent given in the future', () => sendTo(t.harbour, { consent: consent(['profile'], { givenOn: '2999-01-01' }) }), 400, /consent.givenOn must not be in the future/],
      ['consent without how', () => sendTo(t.harbour, { consent: { parts: ['profile'], givenOn: today() } }), 400, /consent.how must be one of/],
      ['no reason', () => sendTo(t.harbour, { reason: '   ' }), 400, /reason must say why/],
      ['a closed journey', () => sendTo(t.harbour, {}, closedJourney), 409, /This journey is closed/],
      ['consent that is not an object', () => sendTo(t.harbour, { consent: 'yes' }), 400, /consent must be an object/],
      ['parts that are not a list', () => sendTo(t.harbour, { consent: { ...consent([]), parts: 'profile' } }), 400, /consent.parts must be a list/],
      ['goal ids that are not ids', () => sendTo(t.harbour, { consent: consent(['plan_items'], { goalIds: ['x'] }) }), 400, /consent.goalIds must each be a UUID/],
      ['a date that does not exist', () => sendTo(t.harbour, { consent: consent(['profile'], { givenOn: '2026-02-30' }) }), 400, /consent.givenOn must be a real date/],
      ['a reason too long', () => sendTo(t.harbour, { reason: 'x'.repeat(2001) }), 400, /reason must be shorter than or equal to 2000/],
      ['a NUL in the reason', () => sendTo(t.harbour, { reason: 'a\u0000b' }), 400, /reason/],
    ];
    for (const [what, call, status, message] of cases) {
      const rows = await referralRows();
      const res = await call();
      expect({ what, status: res.status, message: JSON.stringify(res.body.message) }).toEqual({ what, status, message: expect.stringMatching(message) });
      expect({ what, rows: await referralRows() }).toEqual({ what, rows });
    }
    expect((await eventsOf(t.riverside, 'referral.sent')).length).toBe(2);

    // A second open referral of the same journey to the same organisation: 409; once the first is withdrawn, a new one may go.
    const first = await sendTo(t.harbour);
    expect(first.status).toBe(201);
    const rows = await referralRows();
    const second = await sendTo(t.harbour, { consent: consent(['safe_contact']) });
    expect(second.status).toBe(409);
    expect(second.body.message).toMatch(/already has a referral waiting at Harbour/);
    expect(await referralRows()).toBe(rows);
    expect((await t.advocate.post(`/api/referrals/${first.body.id}/withdraw`).send({ version: 1 })).status).toBe(200);
    expect((await sendTo(t.harbour)).status).toBe(201);
    await withdrawAll();
  });

  it('should let only staff who can write her journey send, and only the receiving organisation answer', async () => {
    const rows = await referralRows();
    expect((await sendTo(t.harbour, {}, t.journey, t.otherAdvocate)).status).toBe(404);
    expect((await t.otherAdvocate.get(`/api/journeys/${t.journey}/referrals`)).status).toBe(404);
    expect((await t.she.post(`/api/journeys/${t.journey}/referrals`).send({})).status).toBe(403);
    expect((await t.harbourAdvocate.post(`/api/journeys/${t.journey}/referrals`).send({ toOrganisationId: t.riverside, reason: REASON, consent: consent(['profile']) })).status).toBe(404);
    expect(await referralRows()).toBe(rows);

    const sent = await sendTo(t.harbour, {}, t.journey, t.manager);
    expect(sent.status).toBe(201);
    // The sender's id is no id in the inbox; the receiver's is none on the sender's side.
    expect((await t.harbourAdvocate.get(`/api/referrals/incoming/${sent.body.id}`)).status).toBe(404);
    const incoming = await incomingByReference(sent.body.reference);
    expect((await t.advocate.get(`/api/referrals/incoming/${incoming.id}`)).status).toBe(404);
    expect((await t.advocate.post(`/api/referrals/${incoming.id}/withdraw`).send({ version: 1 })).status).toBe(404);
    expect((await t.advocate.post(`/api/referrals/incoming/${incoming.id}/accept`).send({ version: 1 })).status).toBe(404);
    expect((await t.she.get(`/api/referrals/incoming`)).status).toBe(403);
    expect((await t.otherWoman.post(`/api/my/referrals/${sent.body.id}/withdraw`)).status).toBe(404);
    // An advocate takes it onto her own caseload; a manager names an active advocate.
    const someoneElse = await t.harbourAdvocate.post(`/api/referrals/incoming/${incoming.id}/accept`).send({ version: 1, primaryAdvocateId: t.harbourOtherAdvocate.id });
    expect(someoneElse.status).toBe(400);
    const managerAlone = await t.harbourManager.post(`/api/referrals/incoming/${incoming.id}/accept`).send({ version: 1 });
    expect(managerAlone.status).toBe(400);
    expect(JSON.stringify(managerAlone.body)).toMatch(/primaryAdvocateId: name the advocate/);
    const notAdvocate = await t.harbourManager.post(`/api/referrals/incoming/${incoming.id}/accept`).send({ version: 1, primaryAdvocateId: t.asha.id });
    expect(notAdvocate.status).toBe(400);
    const stale = await t.harbourManager.post(`/api/referrals/incoming/${incoming.id}/accept`).send({ version: 7, primaryAdvocateId: t.harbourOtherAdvocate.id });
    expect(stale.status).toBe(409);
    const accepted = await t.harbourManager.post(`/api/referrals/incoming/${incoming.id}/accept`).send({ version: 1, primaryAdvocateId: t.harbourOtherAdvocate.id });
    expect(accepted.status).toBe(200);
    expect((await t.owner.query(`SELECT primary_advocate_id FROM journey WHERE id = $1`, [accepted.body.journeyId]))[0].primary_advocate_id).toBe(t.harbourOtherAdvocate.id);
  });

  it('should decline only with a reason the sender reads, and clear what she shared from the receiver', async () => {
    const sent = await sendTo(t.harbour, { consent: consent(['profile']) });
    expect(sent.status).toBe(201);
    const incoming = await incomingByReference(sent.body.reference);
    expect((await t.harbourAdvocate.post(`/api/referrals/incoming/${incoming.id}/decline`).send({ version: 1 })).status).toBe(400);
    expect((await t.harbourAdvocate.post(`/api/referrals/incoming/${incoming.id}/decline`).send({ version: 1, reason: '  ' })).status).toBe(400);
    const declined = await t.harbourAdvocate.post(`/api/referrals/incoming/${incoming.id}/decline`).send({ version: 1, reason: 'Our group is full until spring.' });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ status: 'declined', declineReason: 'Our group is full until spring.', shared: {} });
    const [row] = await t.owner.query(`SELECT shared FROM referral WHERE id = $1`, [incoming.id]);
    expect(row.shared).toBeNull();
    const theirs = (await t.advocate.get(`/api/journeys/${t.journey}/referrals`)).body.find((r: { id: string }) => r.id === sent.body.id);
    expect(theirs).toMatchObject({ status: 'declined', declineReason: 'Our group is full until spring.' });
    expect((await t.she.get('/api/my/referrals')).body.find((r: { id: string }) => r.id === sent.body.id)).toMatchObject({ status: 'declined', canWithdraw: false, statusWords: expect.stringMatching(/have said no/) });
    expect((await t.harbourAdvocate.post(`/api/referrals/incoming/${incoming.id}/accept`).send({ version: 2 })).status).toBe(409);
    expect((await eventsOf(t.riverside, 'referral.declined')).map((e) => e.entity_id)).toContain(sent.body.id);
    expect((await eventsOf(t.harbour, 'referral.declined')).map((e) => e.entity_id)).toContain(incoming.id);
    const [{ details }] = await t.owner.query(`SELECT string_agg(detail::text || coalesce(reason, ''), ' ') AS details FROM audit_event WHERE action = 'referral.declined'`);
    expect(details).not.toContain('full until spring');
  });

  it('should let her withdraw before acceptance, and her advocate on her behalf with the current version, on both chains', async () => {
    const sent = await sendTo(t.harbour, { consent: consent(['profile']) });
    const incoming = await incomingByReference(sent.body.reference);
    const withdrawn = await t.she.post(`/api/my/referrals/${sent.body.id}/withdraw`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ id: sent.body.id, status: 'withdrawn', canWithdraw: false });
    const there = await t.harbourAdvocate.get(`/api/referrals/incoming/${incoming.id}`);
    expect(there.body).toMatchObject({ status: 'withdrawn', shared: {} });
    expect(there.body.withdrawnAt).toBeTruthy();
    expect((await t.harbourAdvocate.post(`/api/referrals/incoming/${incoming.id}/accept`).send({ version: 2 })).status).toBe(409);
    expect((await eventsOf(t.riverside, 'referral.withdrawn')).find((e) => e.entity_id === sent.body.id)).toMatchObject({ detail: expect.objectContaining({ by: 'service_user' }) });
    expect((await eventsOf(t.harbour, 'referral.withdrawn')).find((e) => e.entity_id === incoming.id)).toMatchObject({ actor_user_id: null, detail: expect.objectContaining({ by: 'service_user' }) });

    const again = await sendTo(t.harbour, { consent: consent(['profile']) });
    const stale = await t.advocate.post(`/api/referrals/${again.body.id}/withdraw`).send({ version: 5 });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: again.body.id, version: 1, status: 'sent' });
    expect((await t.advocate.post(`/api/referrals/${again.body.id}/withdraw`).send({})).status).toBe(400);
    const mine = await t.advocate.post(`/api/referrals/${again.body.id}/withdraw`).send({ version: 1 });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ status: 'withdrawn', version: 2 });
    expect((await t.advocate.post(`/api/referrals/${again.body.id}/withdraw`).send({ version: 2 })).status).toBe(409);
  });

  it("should hold a suspended receiver's waiting referrals, not lose them, and send them again on reinstatement", async () => {
    const sent = await sendTo(t.harbour, { consent: consent(['profile']) });
    expect(sent.status).toBe(201);
    await t.owner.query(`UPDATE organisation SET status = 'suspended', suspended_at = now(), suspension_reason = 'Test' WHERE id = $1`, [t.harbour]);
    try {
      const held = (await t.advocate.get(`/api/journeys/${t.journey}/referrals`)).body.find((r: { id: string }) => r.id === sent.body.id);
      expect(held).toMatchObject({ status: 'held' });
      expect((await t.she.get('/api/my/referrals')).body.find((r: { id: string }) => r.id === sent.body.id)).toMatchObject({
        status: 'held',
        canWithdraw: true,
        statusWords: expect.stringMatching(/^On hold: .* cannot reply at the moment/),
      });
      // No new referral there while it is suspended.
      expect((await sendTo(t.harbour, { consent: consent(['safe_contact']) })).status).toBe(409);
      expect(Number((await t.owner.query(`SELECT count(*) FROM referral WHERE organisation_id = $1 AND reference = $2 AND status = 'sent'`, [t.harbour, sent.body.reference]))[0].count)).toBe(1);
    } finally {
      await t.owner.query(`UPDATE organisation SET status = 'active', suspended_at = NULL, suspension_reason = NULL WHERE id = $1`, [t.harbour]);
    }
    expect((await t.advocate.get(`/api/journeys/${t.journey}/referrals`)).body.find((r: { id: string }) => r.id === sent.body.id)).toMatchObject({ status: 'sent' });
    expect((await incomingByReference(sent.body.reference)).status).toBe('sent');
    await withdrawAll();
  });

  it('should let one of accept and withdraw win when they come at once, the other 409, and keep both sides in step', async () => {
    const startedThere = async (): Promise<number> =>
      Number((await t.owner.query(`SELECT count(*)::int AS n FROM journey WHERE organisation_id = $1 AND referral_source = 'network_referral'`, [t.harbour]))[0].n);
    for (let round = 0; round < 6; round++) {
      const journeysBefore = await startedThere();
      const sent = await sendTo(t.harbour, { consent: consent(['profile']) });
      expect(sent.status).toBe(201);
      const incoming = await incomingByReference(sent.body.reference);
      const [accept, withdraw] = await Promise.all([
        t.harbourAdvocate.post(`/api/referrals/incoming/${incoming.id}/accept`).send({ version: 1 }),
        round % 2 ? t.she.post(`/api/my/referrals/${sent.body.id}/withdraw`) : t.advocate.post(`/api/referrals/${sent.body.id}/withdraw`).send({ version: 1 }),
      ]);
      expect([accept.status, withdraw.status].sort()).toEqual([200, 409]);
      const sides: { organisation_id: string; status: string; shared: unknown; journey_id: string | null }[] = await t.owner.query(
        `SELECT organisation_id, status, shared, journey_id FROM referral WHERE reference = $1 ORDER BY direction`,
        [sent.body.reference],
      );
      const winner = accept.status === 200 ? 'accepted' : 'withdrawn';
      expect(sides.map((s) => s.status)).toEqual([winner, winner]);
      // A journey starts there exactly when the acceptance won; a withdrawal that won leaves nothing of hers there.
      if (winner === 'withdrawn') expect(sides[0]).toMatchObject({ shared: null, journey_id: null });
      else expect(sides[0].journey_id).toBeTruthy();
      expect(await startedThere()).toBe(journeysBefore + (winner === 'accepted' ? 1 : 0));
    }
    // Two referrals of the same journey to the same organisation at once: one is sent, the other is 409.
    const pair = await Promise.all([sendTo(t.harbour), sendTo(t.harbour, {}, t.journey, t.manager)]);
    expect(pair.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(Number((await t.owner.query(`SELECT count(*)::int AS n FROM referral WHERE organisation_id = $1 AND status = 'sent'`, [t.harbour]))[0].n)).toBe(1);
    await withdrawAll();
    for (const chainManager of [t.manager, t.harbourManager]) {
      expect((await chainManager.get('/api/audit/verify')).body).toMatchObject({ intact: true, brokenAt: null });
    }
  });

  it('should show the network operator no referral row, in its own context or a member’s', async () => {
    const operatorId = t.operator.user.id;
    for (const organisationId of [t.network, t.riverside, t.harbour]) {
      const [row] = await t.uow.run({ organisationId, userId: operatorId, role: 'network_admin' }, (em) => em.query(`SELECT count(*)::int AS n FROM referral`));
      expect(row.n).toBe(0);
    }
    expect(await referralRows()).toBeGreaterThan(0);
    expect((await t.operator.get('/api/referrals/incoming')).status).toBe(403);
    expect((await t.operator.get(`/api/journeys/${t.journey}/referrals`)).status).toBe(403);
  });

  /** Every organisation-scoped table as beside_app in an organisation's context, as text. */
  async function readEverythingAs(organisationId: string, userId: string): Promise<string> {
    const tables: { table_name: string }[] = await t.owner.query(
      `SELECT DISTINCT c.table_name FROM information_schema.columns c JOIN information_schema.tables tb USING (table_schema, table_name)
       WHERE c.table_schema = 'public' AND c.column_name = 'organisation_id' AND tb.table_type = 'BASE TABLE' ORDER BY 1`,
    );
    let text = '';
    let read = 0;
    for (const { table_name: table } of tables) {
      for (const role of ['manager', 'advocate'] as const) {
        try {
          const rows: { r: string }[] = await t.uow.run({ organisationId, userId, role }, (em) => em.query(`SELECT row_to_json(x)::text AS r FROM ${table} x`));
          text += rows.map((r) => r.r).join('\n');
          read += 1;
        } catch (error) {
          // Only tables the API's role may not read at all are skipped.
          expect(String(error)).toMatch(/permission denied/);
        }
      }
    }
    expect(read).toBeGreaterThan(20);
    return text;
  }
});
