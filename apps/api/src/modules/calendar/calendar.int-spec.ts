import ICAL from 'ical.js';
import { useTestApp } from '../../testing/test-app';
import { auditEventsFor, createJourney, createOrganisation, createServiceUser, createUser, sessionFor, TEST_PASSWORD } from '../../testing/fixtures';

/** Parses a feed with a real iCalendar parser and gives back each event's UTC times and visible text. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { summary: e.summary, location: e.location, description: e.description, start: e.startDate.toJSDate().toISOString(), end: e.endDate.toJSDate().toISOString() };
  });
}

const london = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

describe('calendar feeds (iCalendar)', () => {
  const SECRETS = ['STAFF-ONLY-NOTE', 'DEBRIEF-SECRET', 'CODE-WORD-BLUEBELL', 'PREPARATION-PRIVATE', 'OUTCOME-PRIVATE', 'Hana', 'Example'];

  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t);
    const asha = await createUser(t, org, 'advocate');
    const advocate = await sessionFor(t, asha);
    const her = await createServiceUser(t, org, { name: 'Hana Example' });
    const journey = await createJourney(t, org, her, asha.id);
    await advocate.patch(`/api/service-users/${her}`).send({ version: 1, safeContact: { channels: ['text'], voicemailAllowed: false, codeWord: 'CODE-WORD-BLUEBELL' } });
    await advocate.post(`/api/journeys/${journey}/notes`).send({ visibility: 'staff', body: 'STAFF-ONLY-NOTE' });
    // 10:00 London on either side of the clocks going back (25 October 2026): 09:00Z in summer time, 10:00Z after.
    for (const [startsAt, endsAt] of [['2026-10-24T10:00:00+01:00', '2026-10-24T11:00:00+01:00'], ['2026-10-26T10:00:00Z', '2026-10-26T11:30:00Z']]) {
      const { body: a } = await advocate.post(`/api/journeys/${journey}/appointments`).send({
        professionalRole: 'psychiatrist', professionalOrganisation: 'Riverside CMHT', startsAt, endsAt, location: '1 Mill Lane, Leeds', purpose: 'Medication review',
        preparation: 'PREPARATION-PRIVATE',
      });
      await advocate.patch(`/api/appointments/${a.id}`).send({ version: 1, outcome: 'OUTCOME-PRIVATE' });
      await advocate.post(`/api/appointments/${a.id}/accompaniment`).send({ advocateIds: [asha.id], supportLevel: 'accompanied', debrief: 'DEBRIEF-SECRET' });
    }
    return { asha, advocate, journey };
  });

  it('should export her appointments with the right times across the daylight-saving change, and no private text', async () => {
    const res = await t.advocate.get(`/api/journeys/${t.journey}/appointments.ics`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    const events = parse(res.text);
    expect(events.map((e) => [e.start, e.end])).toEqual([
      ['2026-10-24T09:00:00.000Z', '2026-10-24T10:00:00.000Z'],
      ['2026-10-26T10:00:00.000Z', '2026-10-26T11:30:00.000Z'],
    ]);
    expect(events.map((e) => london(e.start))).toEqual(['24/10, 10:00', '26/10, 10:00']);
    expect(events[0]).toMatchObject({ summary: 'H.E. – psychiatrist appointment', location: '1 Mill Lane, Leeds', description: 'Riverside CMHT\nMedication review' });
    for (const secret of SECRETS) expect(res.text).not.toContain(secret);
    expect((await auditEventsFor(t, res))[0]).toMatchObject({ action: 'appointment.export', detail: expect.objectContaining({ count: 2 }) });
  });

  it('should export the accompaniments of the signed-in advocate, with no private text', async () => {
    const res = await t.advocate.get('/api/calendar/accompaniments.ics');
    expect(parse(res.text).map((e) => e.start)).toEqual(['2026-10-24T09:00:00.000Z', '2026-10-26T10:00:00.000Z']);
    for (const secret of SECRETS) expect(res.text).not.toContain(secret);
  });

  it('should serve a private subscription by token until it is revoked or replaced', async () => {
    const created = await t.advocate.post('/api/calendar/subscription');
    expect(created.status).toBe(201);
    const url = new URL(created.body.url);
    expect(url.pathname).toBe('/api/calendar/feed.ics');
    const stored: { token_hash: string }[] = await t.owner.query(`SELECT token_hash FROM calendar_feed WHERE user_id = $1`, [t.asha.id]);
    expect(stored[0].token_hash).not.toBe(url.searchParams.get('token'));
    const feed = await t.http().get(`${url.pathname}${url.search}`);
    expect(feed.status).toBe(200);
    expect(parse(feed.text)).toHaveLength(2);
    for (const secret of SECRETS) expect(feed.text).not.toContain(secret);
    expect((await auditEventsFor(t, feed))[0]).toMatchObject({ action: 'accompaniment.export', actor_user_id: t.asha.id });

    const rotated = await t.advocate.post('/api/calendar/subscription');
    expect((await t.http().get(`${url.pathname}${url.search}`)).status).toBe(404);
    const next = new URL(rotated.body.url);
    expect((await t.http().get(`${next.pathname}${next.search}`)).status).toBe(200);
    expect((await t.advocate.delete('/api/calendar/subscription')).status).toBe(204);
    expect((await t.http().get(`${next.pathname}${next.search}`)).status).toBe(404);
    expect((await t.advocate.delete('/api/calendar/subscription')).status).toBe(404);
  });

  it('should answer 404 to an advocate not on the journey', async () => {
    const other = await sessionFor(t, await createUser(t, t.asha.organisationId, 'advocate'));
    expect((await other.get(`/api/journeys/${t.journey}/appointments.ics`)).status).toBe(404);
    expect(parse((await other.get('/api/calendar/accompaniments.ics')).text)).toEqual([]);
  });

  it('should give a subscribed calendar service her initials and the times only (issue 14.10)', async () => {
    const created = await t.advocate.post('/api/calendar/subscription');
    const url = new URL(created.body.url);
    const feed = await t.http().get(`${url.pathname}${url.search}`);
    expect(feed.status).toBe(200);
    const events = parse(feed.text);
    expect(events).toHaveLength(2);
    for (const e of events) expect([e.summary, e.location || null, e.description || null]).toEqual(['H.E. – accompaniment', null, null]);
    for (const secret of ['1 Mill Lane', 'Leeds', 'Medication review', 'Riverside CMHT', 'psychiatrist']) expect(feed.text).not.toContain(secret);
  });

  it('should end the feed address when she changes her password or signs out everywhere (issue 14.10)', async () => {
    for (const end of ['password', 'everywhere'] as const) {
      const user = await createUser(t, t.asha.organisationId, 'advocate');
      const her = await sessionFor(t, user);
      const url = new URL((await her.post('/api/calendar/subscription')).body.url);
      expect((await t.http().get(`${url.pathname}${url.search}`)).status).toBe(200);
      const ended = end === 'password'
        ? await her.post('/api/account/password').send({ currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase for testing' })
        : await her.post('/api/auth/sign-out-everywhere');
      expect([200, 204]).toContain(ended.status);
      expect((await t.http().get(`${url.pathname}${url.search}`)).status).toBe(404);
    }
  });

  it('should refuse to add a colleague without access to the journey as an accompanying advocate (issue 14.10)', async () => {
    const colleague = await createUser(t, t.asha.organisationId, 'advocate');
    const { body: a } = await t.advocate.post(`/api/journeys/${t.journey}/appointments`).send({
      professionalRole: 'gp', startsAt: '2027-03-01T10:00:00Z', endsAt: '2027-03-01T11:00:00Z',
    });
    const refused = await t.advocate.post(`/api/appointments/${a.id}/accompaniment`).send({ advocateIds: [t.asha.id, colleague.id], supportLevel: 'accompanied' });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body.message)).toMatch(/one of her advocates on this journey/);
    expect(await t.owner.query(`SELECT 1 FROM accompaniment WHERE appointment_id = $1`, [a.id])).toHaveLength(0);
    const hers = await sessionFor(t, colleague);
    expect(parse((await hers.get('/api/calendar/accompaniments.ics')).text)).toEqual([]);

    // Once she is the second advocate on the journey, she may accompany.
    await t.owner.query(`UPDATE journey SET secondary_advocate_id = $2 WHERE id = $1`, [t.journey, colleague.id]);
    expect((await t.advocate.post(`/api/appointments/${a.id}/accompaniment`).send({ advocateIds: [t.asha.id, colleague.id], supportLevel: 'accompanied' })).status).toBe(201);
    expect(parse((await hers.get('/api/calendar/accompaniments.ics')).text)).toHaveLength(1);
    await t.owner.query(`UPDATE journey SET secondary_advocate_id = NULL WHERE id = $1`, [t.journey]);
    // Taken off the journey, it leaves her calendar.
    expect(parse((await hers.get('/api/calendar/accompaniments.ics')).text)).toEqual([]);
  });
});
