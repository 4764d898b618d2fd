import { useTestApp } from '../../testing/test-app';
import { herJourney, womanWithAccount } from '../../testing/journey-team';
import {
  auditEventsFor,
  countRows,
  createAppointment,
  createConsent,
  createGoal,
  createJourney,
  createNote,
  createStaffConcern,
  createUser,
  expectRefusedNaming,
} from '../../testing/fixtures';

describe('her appointments, details, consents, concerns and data download', () => {
  const t = useTestApp(async (t) => {
    const cast = await herJourney(t, { name: 'Rosa Example' });
    const { org, asha, herAccount, her, journey } = cast;
    const manager = await createUser(t, org, 'manager');
    const upcoming = await createAppointment(t, journey, { inDays: 5, advocateIds: [asha.id], supportLevel: 'accompanied', debrief: 'DEBRIEF-SECRET' });
    const past = await createAppointment(t, journey, { inDays: -5, outcome: 'Referred to psychotherapy' });
    const consent = await createConsent(t, her);
    const expiredConsent = await createConsent(t, her, { agreement: 'Share with housing', validUntil: '2021-01-01' });
    await createNote(t, journey, 'staff', 'STAFF-ONLY-NOTE', asha.id);
    await createNote(t, journey, 'shared', 'Shared with you: next steps', asha.id);
    await createGoal(t, journey, { createdBy: herAccount.id, words: '<script>alert(1)</script> & "quotes"' });
    const { her: otherWoman, she: other } = await womanWithAccount(t, org, { name: 'Other Woman' });
    const otherJourney = await createJourney(t, org, otherWoman, asha.id);
    const otherAppointment = await createAppointment(t, otherJourney, { purpose: 'OTHER-WOMAN-APPOINTMENT' });
    const otherConsent = await createConsent(t, otherWoman, { agreement: 'OTHER-WOMAN-CONSENT' });
    await createNote(t, otherJourney, 'shared', 'OTHER-WOMAN-NOTE', asha.id);
    return { ...cast, manager, upcoming, past, otherAppointment, consent, expiredConsent, otherConsent, other };
  });

  describe('my appointments', () => {
    it('should list upcoming and past, with who is coming with her and never the debrief', async () => {
      const res = await t.she.get('/api/my/appointments');
      expect(res.status).toBe(200);
      expect(res.body.upcoming.map((a: { id: string }) => a.id)).toEqual([t.upcoming]);
      expect(res.body.past.map((a: { id: string }) => a.id)).toEqual([t.past]);
      expect(res.body.upcoming[0]).toMatchObject({ comingWithHer: [{ name: 'Asha Advocate', supportLevel: 'accompanied' }], purpose: 'Medication review', version: 1 });
      expect(res.body.past[0]).toMatchObject({ outcome: 'Referred to psychotherapy', comingWithHer: [] });
      expect(JSON.stringify(res.body)).not.toMatch(/DEBRIEF-SECRET|debrief|OTHER-WOMAN/);
      expect((await auditEventsFor(t, res))[0]).toMatchObject({ action: 'appointment.list', subject_id: t.her, detail: { count: 2, ids: [t.upcoming, t.past] } });
      const one = await t.she.get(`/api/my/appointments/${t.upcoming}`);
      expect(one.body).toMatchObject({ id: t.upcoming });
      expect((await auditEventsFor(t, one))[0]).toMatchObject({ action: 'appointment.read', entity_id: t.upcoming, subject_id: t.her });
    });

    it('should save her "what I want to say", version-checked, and refuse bad input', async () => {
      const res = await t.she.patch(`/api/my/appointments/${t.upcoming}/preparation`).send({ version: 1, preparation: 'Ask about side effects' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ preparation: 'Ask about side effects', version: 2 });
      expect((await auditEventsFor(t, res))[0]).toMatchObject({ action: 'appointment.updated', detail: { fields: ['preparation'] } });
      const stale = await t.she.patch(`/api/my/appointments/${t.upcoming}/preparation`).send({ version: 1, preparation: 'Late' });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ preparation: 'Ask about side effects', version: 2 });
      await expectRefusedNaming([
        [{ version: 2, preparation: 'x'.repeat(4001) }, 'preparation'],
        [{ version: 2 }, 'preparation'],
        [{ preparation: 'x' }, 'version'],
      ], (body) => t.she.patch(`/api/my/appointments/${t.upcoming}/preparation`).send(body));
      const [row] = await t.owner.query(`SELECT preparation, version FROM appointment WHERE id = $1`, [t.upcoming]);
      expect(row).toEqual({ preparation: 'Ask about side effects', version: 2 });
    });

    it('should give one appointment as an .ics file, without her notes', async () => {
      const res = await t.she.get(`/api/my/appointments/${t.upcoming}.ics`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/calendar/);
      expect(res.headers['content-disposition']).toMatch(/^attachment/);
      expect(res.text).toContain('BEGIN:VEVENT');
      expect(res.text).toContain('SUMMARY:Psychiatrist appointment');
      expect(res.text).toContain('LOCATION:Clinic room 2');
      expect(res.text).not.toMatch(/side effects|DEBRIEF|Rosa/);
      expect((await auditEventsFor(t, res))[0]).toMatchObject({ action: 'appointment.export', entity_id: t.upcoming, subject_id: t.her });
    });

    it("should answer 404 for another woman's appointment on every route", async () => {
      expect((await t.she.get(`/api/my/appointments/${t.otherAppointment}`)).status).toBe(404);
      expect((await t.she.get(`/api/my/appointments/${t.otherAppointment}.ics`)).status).toBe(404);
      expect((await t.she.patch(`/api/my/appointments/${t.otherAppointment}/preparation`).send({ version: 1, preparation: 'x' })).status).toBe(404);
      const [row] = await t.owner.query(`SELECT preparation FROM appointment WHERE id = $1`, [t.otherAppointment]);
      expect(row.preparation).toBeNull();
    });
  });

  describe('my details', () => {
    it('should let her edit her details, seen by staff at once, audited with field names only', async () => {
      const read = await t.she.get('/api/my/details');
      expect(read.body).toMatchObject({ name: 'Rosa Example', preferredName: null, version: 1 });
      expect((await auditEventsFor(t, read))[0]).toMatchObject({ action: 'service_user.read', subject_id: t.her });
      const res = await t.she.patch('/api/my/details').send({
        version: 1,
        preferredName: 'Ro',
        pronouns: 'she/her',
        safeContact: { channels: ['text'], safeTimes: 'weekdays 10-2', voicemailAllowed: false, codeWord: 'bluebell' },
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ preferredName: 'Ro', pronouns: 'she/her', safeContact: { channels: ['text'], codeWord: 'bluebell' }, version: 2 });
      const [event] = await auditEventsFor(t, res);
      expect(event).toMatchObject({ action: 'service_user.updated', subject_id: t.her, detail: { fields: ['preferredName', 'pronouns', 'safeContact'] } });
      expect(JSON.stringify(event.detail)).not.toMatch(/bluebell|Ro"/);
      const staffView = await t.advocate.get(`/api/service-users/${t.her}`);
      expect(staffView.body).toMatchObject({ preferredName: 'Ro', safeContact: { safeTimes: 'weekdays 10-2' }, version: 2 });
    });

    it('should answer a stale edit with 409 and bad input with 400, changing nothing', async () => {
      const stale = await t.she.patch('/api/my/details').send({ version: 1, pronouns: 'they/them' });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ pronouns: 'she/her', version: 2 });
      await expectRefusedNaming([
        [{ version: 2, safeContact: { channels: ['pigeon'], voicemailAllowed: false } }, 'channels'],
        [{ version: 2, pronouns: 'x'.repeat(61) }, 'pronouns'],
        [{ version: 2, accessibilityNeeds: 'x'.repeat(2001) }, 'accessibilityNeeds'],
        [{ version: 2, safeContact: { channels: [], voicemailAllowed: false, codeWord: 'x'.repeat(61) } }, 'codeWord'],
      ], (body) => t.she.patch('/api/my/details').send(body));
      const [row] = await t.owner.query(`SELECT pronouns, version FROM service_user WHERE id = $1`, [t.her]);
      expect(row).toEqual({ pronouns: 'she/her', version: 2 });
    });
  });

  describe('my consents', () => {
    it('should list what she agreed to as current or expired', async () => {
      const res = await t.she.get('/api/my/consents');
      expect(res.status).toBe(200);
      const byId = Object.fromEntries(res.body.map((c: { id: string }) => [c.id, c]));
      expect(byId[t.consent]).toMatchObject({ state: 'current', sharedWith: 'GP surgery', agreement: 'Sharing information about you with GP surgery' });
      // What staff wrote for their records is not shown to her verbatim.
      expect(JSON.stringify(res.body)).not.toContain('Share my plan with my GP');
      expect(JSON.stringify(res.body)).not.toContain('Share with housing');
      expect(byId[t.expiredConsent]).toMatchObject({ state: 'expired' });
      expect(res.body).toHaveLength(2);
      expect((await auditEventsFor(t, res))[0]).toMatchObject({ action: 'consent.list', subject_id: t.her, detail: { count: 2 } });
    });

    it('should let her withdraw a consent herself, seen by staff at once', async () => {
      expect((await t.she.post(`/api/my/consents/${t.consent}/withdraw`).send({})).status).toBe(400);
      expect((await t.she.post(`/api/my/consents/${t.consent}/withdraw`).send({ version: 3 })).status).toBe(409);
      const res = await t.she.post(`/api/my/consents/${t.consent}/withdraw`).send({ version: 1 });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ state: 'withdrawn', version: 2 });
      expect((await auditEventsFor(t, res))[0]).toMatchObject({ action: 'consent.updated', entity_id: t.consent, subject_id: t.her, detail: { fields: ['withdrawnAt'] } });
      const staff = (await t.advocate.get(`/api/service-users/${t.her}/consents`)).body.find((c: { id: string }) => c.id === t.consent);
      expect(staff).toMatchObject({ current: false, withdrawnByName: expect.any(String) });
      expect((await t.she.post(`/api/my/consents/${t.consent}/withdraw`).send({ version: 2 })).status).toBe(409);
    });

    it("should answer 404 for another woman's consent and change nothing", async () => {
      expect((await t.she.post(`/api/my/consents/${t.otherConsent}/withdraw`).send({ version: 1 })).status).toBe(404);
      const [row] = await t.owner.query(`SELECT withdrawn_at FROM consent WHERE id = $1`, [t.otherConsent]);
      expect(row.withdrawn_at).toBeNull();
    });
  });

  describe('concerns', () => {
    let confidential: string;
    let mine: { id: string; reference: string };

    beforeAll(async () => {
      confidential = await createStaffConcern(t, t.her, t.manager, { confidential: true, description: 'CONFIDENTIAL-ABOUT-HER' });
      await createStaffConcern(t, t.her, t.asha, { confidential: false, description: 'STAFF-RAISED-ABOUT-HER' });
    });

    it('should take her concern with a reference, a triage deadline by severity, and a first event', async () => {
      const res = await t.she.post('/api/my/concerns').send({ category: 'abuse_or_violence', description: 'My ex keeps coming to the house', hideFromAdvocate: true });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ status: 'raised', statusForHer: 'sent', severity: 'high', hideFromAdvocate: true, outcome: null });
      expect(res.body.reference).toMatch(/^C-[2-9A-HJ-NP-Z]{5}$/);
      mine = res.body;
      const [row] = await t.owner.query(
        `SELECT raised_by, raised_by_role, journey_id, service_user_id, hide_raiser_from_advocate, confidential_from_subject,
                round(extract(epoch FROM triage_due_at - raised_at) / 3600) AS hours
         FROM concern WHERE id = $1`,
        [mine.id],
      );
      expect(row).toMatchObject({ raised_by: t.herAccount.id, raised_by_role: 'service_user', journey_id: t.journey, service_user_id: t.her, hide_raiser_from_advocate: true, confidential_from_subject: false });
      expect(Number(row.hours)).toBe(24);
      expect(await t.owner.query(`SELECT from_status, to_status, changed_by FROM concern_event WHERE concern_id = $1`, [mine.id])).toEqual([
        { from_status: null, to_status: 'raised', changed_by: t.herAccount.id },
      ]);
      expect((await auditEventsFor(t, res))[0]).toMatchObject({ action: 'concern.created', entity_id: mine.id, subject_id: t.her });
      const about = await t.she.post('/api/my/concerns').send({ category: 'staff_conduct', severity: 'low', description: 'My advocate was rude', aboutMyAdvocate: true });
      const [a] = await t.owner.query(`SELECT about_staff_user_id, hide_raiser_from_advocate, round(extract(epoch FROM triage_due_at - raised_at) / 3600) AS hours FROM concern WHERE id = $1`, [about.body.id]);
      expect(a).toMatchObject({ about_staff_user_id: t.asha.id, hide_raiser_from_advocate: true });
      expect(Number(a.hours)).toBe(168);
    });

    it('should refuse bad input naming the field and write nothing', async () => {
      const before = await countRows(t, 'concern');
      await expectRefusedNaming([
        [{ category: 'gossip', description: 'x' }, 'category'],
        [{ category: 'other', description: '' }, 'description'],
        [{ category: 'other', description: 'x'.repeat(4001) }, 'description'],
        [{ category: 'other', description: 'x', severity: 'extreme' }, 'severity'],
        [{ category: 'other', description: 'x', hideFromAdvocate: 'please' }, 'hideFromAdvocate'],
      ], (body) => t.she.post('/api/my/concerns').send(body));
      expect(await countRows(t, 'concern')).toBe(before);
    });

    it('should show her only the concerns she raised, in plain words, with the outcome she is told', async () => {
      await t.owner.query(`UPDATE concern SET status = 'triaged' WHERE id = $1`, [mine.id]);
      let list = await t.she.get('/api/my/concerns');
      expect(list.body.find((c: { id: string }) => c.id === mine.id)).toMatchObject({ status: 'triaged', statusForHer: 'being looked at', outcome: null });
      await t.owner.query(`UPDATE concern SET status = 'closed', closed_at = now(), outcome = 'INTERNAL-OUTCOME', outcome_for_raiser = 'We spoke to the police with you' WHERE id = $1`, [mine.id]);
      list = await t.she.get('/api/my/concerns');
      expect(list.body.find((c: { id: string }) => c.id === mine.id)).toMatchObject({ statusForHer: 'closed', outcome: 'We spoke to the police with you' });
      expect(list.body).toHaveLength(2);
      expect(JSON.stringify(list.body)).not.toMatch(/CONFIDENTIAL-ABOUT-HER|STAFF-RAISED-ABOUT-HER|INTERNAL-OUTCOME/);
      expect((await auditEventsFor(t, list))[0]).toMatchObject({ action: 'concern.list', subject_id: t.her, detail: expect.objectContaining({ count: 2 }) });
      expect((await t.other.get('/api/my/concerns')).body).toEqual([]);
    });

    it('should never let her see a confidential concern raised about her, on any of her routes or in her session', async () => {
      const bodies: string[] = [];
      for (const path of ['/api/my/concerns', '/api/my/plan', '/api/my/appointments', '/api/my/details', '/api/my/consents', '/api/my/change-proposals', '/api/my/journeys', '/api/my/data.json', '/api/my/data.html']) {
        const res = await t.she.get(path);
        expect([path, res.status]).toEqual([path, 200]);
        bodies.push(res.text);
      }
      for (const body of bodies) {
        expect(body).not.toContain('CONFIDENTIAL-ABOUT-HER');
        expect(body).not.toContain(confidential);
      }
      // Row-level security too: her own session cannot read it even by id.
      const seen = await t.owner.transaction(async (em) => {
        await em.query(`SET LOCAL ROLE beside_app`);
        await em.query(`SELECT set_config('beside.organisation_id', $1, true), set_config('beside.user_id', $2, true), set_config('beside.role', 'service_user', true)`, [t.herAccount.organisationId, t.herAccount.id]);
        return em.query(`SELECT id FROM concern WHERE id = $1 OR service_user_id = $2`, [confidential, t.her]);
      });
      expect(seen.map((r: { id: string }) => r.id)).not.toContain(confidential);
    });
  });

  describe('download my data', () => {
    it('should give everything she is entitled to as JSON, and nothing else, audited as an export', async () => {
      const res = await t.she.get('/api/my/data.json');
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="my-data-\d{4}-\d{2}-\d{2}\.json"$/);
      expect(res.body).toMatchObject({
        profile: { name: 'Rosa Example', preferredName: 'Ro' },
        journeys: [{ id: t.journey, current: true, advocates: ['Asha Advocate'] }],
        sharedNotes: [{ body: 'Shared with you: next steps' }],
      });
      expect(res.body.appointments.map((a: { id: string }) => a.id)).toEqual([t.past, t.upcoming]);
      expect(res.body.consents).toHaveLength(2);
      expect(res.body.concerns).toHaveLength(2);
      expect(res.body.goals).toHaveLength(1);
      expect(res.body.accessLog.length).toBeGreaterThan(0);
      expect(res.text).not.toMatch(/STAFF-ONLY-NOTE|DEBRIEF-SECRET|CONFIDENTIAL-ABOUT-HER|STAFF-RAISED-ABOUT-HER|INTERNAL-OUTCOME|OTHER-WOMAN|Other Woman/);
      const [event] = await auditEventsFor(t, res);
      expect(event).toMatchObject({ action: 'service_user.export', entity_id: t.her, subject_id: t.her, detail: { format: 'json' } });
      expect(event.detail.counts).toMatchObject({ appointments: 2, sharedNotes: 1, concerns: 2 });
    });

    it('should give a readable HTML copy: escaped, self-contained, a strict CSP, as an attachment', async () => {
      const res = await t.she.get('/api/my/data.html');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="my-data-\d{4}-\d{2}-\d{2}\.html"$/);
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("default-src 'none'");
      expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
      expect(csp).not.toContain('unsafe-inline');
      expect(res.text).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;quotes&#34;');
      expect(res.text).not.toContain('<script');
      expect(res.text).not.toMatch(/https?:\/\/|src=|href=/);
      expect(res.text).toContain('Shared with you: next steps');
      // Every stored code in her words; the JSON keeps the codes.
      for (const phrase of ['You asked for help yourself', 'About: Health. Not started.', 'Asha Advocate will be with you', 'Someone is hurting me or frightening me', 'You took this back', 'Ended', 'Psychiatrist']) {
        expect([phrase, res.text.includes(phrase)]).toEqual([phrase, true]);
      }
      expect(res.text).not.toMatch(/>(active|self|health|open|accompanied|abuse_or_violence|raised|current|expired|psychiatrist)</);
      expect(res.text).toContain('data-label="Who asked for help"');
      expect(res.text).not.toMatch(/STAFF-ONLY-NOTE|DEBRIEF-SECRET|CONFIDENTIAL-ABOUT-HER|STAFF-RAISED-ABOUT-HER|OTHER-WOMAN/);
      expect((await auditEventsFor(t, res))[0]).toMatchObject({ action: 'service_user.export', detail: expect.objectContaining({ format: 'html' }) });
    });

    it('should give another woman only her own data', async () => {
      const res = await t.other.get('/api/my/data.json');
      expect(res.status).toBe(200);
      expect(res.text).not.toMatch(/Rosa|Shared with you|Ask about side effects/);
      expect(res.body.sharedNotes.map((n: { body: string }) => n.body)).toEqual(['OTHER-WOMAN-NOTE']);
    });
  });
});
