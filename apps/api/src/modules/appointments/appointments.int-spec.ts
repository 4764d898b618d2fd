import { createTestApp, TestApp } from '../../testing/test-app';
import { auditEventsFor, countRows, createJourney, createOrganisation, createServiceUser, createUser, sessionFor, SignedIn, TestUser } from '../../testing/fixtures';

describe('appointments and accompaniment', () => {
  let t: TestApp;
  let org: string;
  let asha: TestUser;
  let advocate: SignedIn;
  let otherAdvocate: SignedIn;
  let otherOrgManager: SignedIn;
  let her: string;
  let journey: string;

  const appointment = (over: object = {}) => ({
    professionalRole: 'psychotherapist',
    professionalOrganisation: 'Talking Therapies',
    startsAt: '2026-10-24T09:00:00Z',
    endsAt: '2026-10-24T10:00:00Z',
    location: '12 High Street',
    purpose: 'First psychotherapy session',
    preparation: 'I want to say the medication makes me numb',
    ...over,
  });

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrganisation(t);
    asha = await createUser(t, org, 'advocate', { name: 'Asha Advocate' });
    advocate = await sessionFor(t, asha);
    otherAdvocate = await sessionFor(t, await createUser(t, org, 'advocate'));
    otherOrgManager = await sessionFor(t, await createUser(t, await createOrganisation(t, 'Elsewhere'), 'manager'));
    her = await createServiceUser(t, org);
    journey = await createJourney(t, org, her, asha.id);
  });
  afterAll(() => t?.close());

  it('should add a planned appointment, audited with field names, and show it', async () => {
    const res = await advocate.post(`/api/journeys/${journey}/appointments`).send(appointment());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'planned', startsAt: '2026-10-24T09:00:00.000Z', remote: false, accompaniment: null, version: 1 });
    const [event] = await auditEventsFor(t, res);
    expect(event).toMatchObject({ action: 'appointment.created', entity_id: res.body.id, subject_id: her });
    expect(JSON.stringify(event)).not.toContain('numb');
    const read = await advocate.get(`/api/appointments/${res.body.id}`);
    expect(read.body.preparation).toBe('I want to say the medication makes me numb');
    expect((await auditEventsFor(t, read))[0]).toMatchObject({ action: 'appointment.read', subject_id: her });
  });

  it('should refuse bad input naming the field, and write nothing', async () => {
    const before = await countRows(t, 'appointment');
    const cases: [object, string][] = [
      [appointment({ endsAt: '2026-10-24T08:00:00Z' }), 'endsAt must be after startsAt'],
      [appointment({ professionalRole: 'astrologer' }), 'professionalRole'],
      [appointment({ startsAt: '24/10/2026 10:00' }), 'startsAt'],
      [appointment({ startsAt: '2026-10-24T10:00:00' }), 'startsAt'],
      [appointment({ purpose: 'x'.repeat(1001) }), 'purpose'],
      [appointment({ status: 'attended' }), 'status'],
    ];
    for (const [body, field] of cases) {
      const res = await advocate.post(`/api/journeys/${journey}/appointments`).send(body);
      expect([res.status, field]).toEqual([400, field]);
      expect(JSON.stringify(res.body.message)).toContain(field);
    }
    expect(await countRows(t, 'appointment')).toBe(before);
  });

  it('should page a journey\'s appointments in time order, with one audit event per page', async () => {
    const j = await createJourney(t, org, await createServiceUser(t, org), asha.id);
    for (const day of [12, 10, 11]) await advocate.post(`/api/journeys/${j}/appointments`).send(appointment({ startsAt: `2026-11-${day}T09:00:00Z`, endsAt: `2026-11-${day}T10:00:00Z` }));
    const first = await advocate.get(`/api/journeys/${j}/appointments?limit=2`);
    const second = await advocate.get(`/api/journeys/${j}/appointments?limit=2&cursor=${first.body.nextCursor}`);
    expect([...first.body.items, ...second.body.items].map((a: { startsAt: string }) => a.startsAt.slice(8, 10))).toEqual(['10', '11', '12']);
    expect(second.body.nextCursor).toBeNull();
    expect((await auditEventsFor(t, first))[0]).toMatchObject({ action: 'appointment.list', detail: expect.objectContaining({ count: 2 }) });
  });

  it('should update with a version check, and refuse an end before the stored start', async () => {
    const { body: a } = await advocate.post(`/api/journeys/${journey}/appointments`).send(appointment({ startsAt: '2026-12-01T09:00:00Z', endsAt: '2026-12-01T10:00:00Z' }));
    const res = await advocate.patch(`/api/appointments/${a.id}`).send({ version: 1, status: 'attended', outcome: 'She was listened to' });
    expect(res.body).toMatchObject({ status: 'attended', outcome: 'She was listened to', version: 2 });
    expect((await auditEventsFor(t, res))[0].detail).toEqual({ fields: ['status', 'outcome'] });
    const stale = await advocate.patch(`/api/appointments/${a.id}`).send({ version: 1, outcome: 'other' });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: a.id, version: 2, outcome: 'She was listened to' });
    const backwards = await advocate.patch(`/api/appointments/${a.id}`).send({ version: 2, endsAt: '2026-12-01T08:00:00Z' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.message).toEqual(['endsAt must be after startsAt']);
  });

  it('should reschedule in one transaction: the old one links to its replacement', async () => {
    const { body: a } = await advocate.post(`/api/journeys/${journey}/appointments`).send(appointment({ startsAt: '2027-01-05T09:00:00Z', endsAt: '2027-01-05T10:00:00Z' }));
    const res = await advocate.post(`/api/appointments/${a.id}/reschedule`).send({ version: 1, startsAt: '2027-01-12T09:00:00Z', endsAt: '2027-01-12T10:00:00Z' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'planned', startsAt: '2027-01-12T09:00:00.000Z', purpose: 'First psychotherapy session', version: 1 });
    const old = await advocate.get(`/api/appointments/${a.id}`);
    expect(old.body).toMatchObject({ status: 'rescheduled', replacedById: res.body.id });
    expect((await auditEventsFor(t, res)).map((e) => e.action)).toEqual(['appointment.updated', 'appointment.created']);
    expect((await advocate.post(`/api/appointments/${a.id}/reschedule`).send({ version: 2, startsAt: '2027-01-13T09:00:00Z', endsAt: '2027-01-13T10:00:00Z' })).status).toBe(409);
    expect((await advocate.patch(`/api/appointments/${a.id}`).send({ version: 2, outcome: 'x' })).status).toBe(409);
  });

  it('should carry a planned accompaniment to the replacement when rescheduling, and refuse if its advocate is busy then', async () => {
    const { body: a } = await advocate.post(`/api/journeys/${journey}/appointments`).send(appointment({ startsAt: '2027-02-02T09:00:00Z', endsAt: '2027-02-02T10:00:00Z' }));
    const { body: ac } = await advocate.post(`/api/appointments/${a.id}/accompaniment`).send({ advocateIds: [advocate.user.id], supportLevel: 'prepared' }).expect(201);
    const res = await advocate.post(`/api/appointments/${a.id}/reschedule`).send({ version: 1, startsAt: '2027-02-09T09:00:00Z', endsAt: '2027-02-09T10:00:00Z' }).expect(201);
    expect(res.body.accompaniment).toMatchObject({ id: ac.id, supportLevel: 'prepared' });
    expect((await advocate.get(`/api/appointments/${a.id}`)).body.accompaniment).toBeNull();
    expect((await auditEventsFor(t, res)).map((e) => e.action)).toEqual(['appointment.updated', 'appointment.created', 'accompaniment.updated']);

    const { body: busy } = await advocate.post(`/api/journeys/${journey}/appointments`).send(appointment({ startsAt: '2027-02-16T09:00:00Z', endsAt: '2027-02-16T10:00:00Z' }));
    await advocate.post(`/api/appointments/${busy.id}/accompaniment`).send({ advocateIds: [advocate.user.id], supportLevel: 'accompanied' }).expect(201);
    const before = await countRows(t, 'appointment');
    const clash = await advocate.post(`/api/appointments/${res.body.id}/reschedule`).send({ version: 1, startsAt: '2027-02-16T09:30:00Z', endsAt: '2027-02-16T10:30:00Z' }).expect(409);
    expect(clash.body.message).toMatch(/already accompanying another appointment/);
    expect(await countRows(t, 'appointment')).toBe(before);
  });

  it('should refuse an appointment longer than a day, when booked, moved or rescheduled, and change nothing', async () => {
    const before = await countRows(t, 'appointment');
    const long = await advocate.post(`/api/journeys/${journey}/appointments`).send(appointment({ startsAt: '2027-03-01T09:00:00Z', endsAt: '2027-03-02T09:30:00Z' })).expect(400);
    expect(long.body.message).toEqual(['endsAt must be no more than 24 hours after startsAt']);
    const { body: a } = await advocate.post(`/api/journeys/${journey}/appointments`).send(appointment({ startsAt: '2027-03-03T09:00:00Z', endsAt: '2027-03-03T10:00:00Z' })).expect(201);
    await advocate.patch(`/api/appointments/${a.id}`).send({ version: 1, endsAt: '2027-03-05T10:00:00Z' }).expect(400);
    await advocate.post(`/api/appointments/${a.id}/reschedule`).send({ version: 1, startsAt: '2027-03-06T09:00:00Z', endsAt: '2027-03-08T09:00:00Z' }).expect(400);
    expect(await countRows(t, 'appointment')).toBe(before + 1);
    expect((await advocate.get(`/api/appointments/${a.id}`)).body).toMatchObject({ version: 1, endsAt: '2027-03-03T10:00:00.000Z' });
  });

  describe('accompaniment', () => {
    let first: string;
    let accompanimentId: string;
    beforeAll(async () => {
      first = (await advocate.post(`/api/journeys/${journey}/appointments`).send(appointment({ startsAt: '2027-02-01T10:00:00Z', endsAt: '2027-02-01T11:00:00Z' }))).body.id;
    });

    it('should record who supports an appointment and at what support level; the debrief stays out of the audit', async () => {
      const res = await advocate.post(`/api/appointments/${first}/accompaniment`).send({ advocateIds: [asha.id], supportLevel: 'accompanied', timeSpentMinutes: 90, debrief: 'She spoke up about side effects' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ appointmentId: first, advocateIds: [asha.id], supportLevel: 'accompanied', timeSpentMinutes: 90, version: 1 });
      accompanimentId = res.body.id;
      const [event] = await auditEventsFor(t, res);
      expect(event).toMatchObject({ action: 'accompaniment.created', subject_id: her });
      expect(JSON.stringify(event)).not.toContain('side effects');
      expect((await advocate.get(`/api/appointments/${first}`)).body.accompaniment.supportLevel).toBe('accompanied');
    });

    it('should refuse to book an advocate on two overlapping accompaniments, naming the clashing time', async () => {
      const otherJourney = await createJourney(t, org, await createServiceUser(t, org), asha.id);
      const { body: overlapping } = await advocate.post(`/api/journeys/${otherJourney}/appointments`).send(appointment({ startsAt: '2027-02-01T10:30:00Z', endsAt: '2027-02-01T11:30:00Z' }));
      const before = await countRows(t, 'accompaniment');
      const res = await advocate.post(`/api/appointments/${overlapping.id}/accompaniment`).send({ advocateIds: [asha.id], supportLevel: 'prepared' });
      expect(res.status).toBe(409);
      expect(res.body.message).toBe('Asha Advocate is already accompanying another appointment at that time (Mon, 1 Feb 2027, 10:00 to 11:00, London time).');
      expect(res.body.clash).toEqual({ startsAt: '2027-02-01T10:00:00.000Z', endsAt: '2027-02-01T11:00:00.000Z' });
      expect(await countRows(t, 'accompaniment')).toBe(before);
      // Back to back is not a clash.
      const { body: after } = await advocate.post(`/api/journeys/${otherJourney}/appointments`).send(appointment({ startsAt: '2027-02-01T11:00:00Z', endsAt: '2027-02-01T12:00:00Z' }));
      expect((await advocate.post(`/api/appointments/${after.id}/accompaniment`).send({ advocateIds: [asha.id], supportLevel: 'prepared' })).status).toBe(201);
      // Moving an accompanied appointment onto another is a clash too.
      const moved = await advocate.patch(`/api/appointments/${after.id}`).send({ version: 1, startsAt: '2027-02-01T10:45:00Z' });
      expect(moved.status).toBe(409);
    });

    it('should update the support level with a version check and refuse unknown levels', async () => {
      const res = await advocate.patch(`/api/accompaniments/${accompanimentId}`).send({ version: 1, supportLevel: 'prepared' });
      expect(res.body).toMatchObject({ supportLevel: 'prepared', version: 2 });
      expect((await auditEventsFor(t, res))[0].detail).toEqual({ fields: ['supportLevel'] });
      const stale = await advocate.patch(`/api/accompaniments/${accompanimentId}`).send({ version: 1, supportLevel: 'independent' });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ supportLevel: 'prepared', version: 2 });
      const bad = await advocate.patch(`/api/accompaniments/${accompanimentId}`).send({ version: 2, supportLevel: 'shouted' });
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body.message)).toContain('supportLevel');
      expect((await advocate.post(`/api/appointments/${first}/accompaniment`).send({ advocateIds: [asha.id], supportLevel: 'accompanied' })).status).toBe(409);
    });
  });

  it('should answer 404 to an advocate not on the journey and to another organisation', async () => {
    const { body: a } = await advocate.post(`/api/journeys/${journey}/appointments`).send(appointment({ startsAt: '2027-03-01T09:00:00Z', endsAt: '2027-03-01T10:00:00Z' }));
    for (const client of [otherAdvocate, otherOrgManager]) {
      expect((await client.get(`/api/journeys/${journey}/appointments`)).status).toBe(404);
      expect((await client.post(`/api/journeys/${journey}/appointments`).send(appointment())).status).toBe(404);
      expect((await client.get(`/api/appointments/${a.id}`)).status).toBe(404);
      expect((await client.patch(`/api/appointments/${a.id}`).send({ version: 1, outcome: 'x' })).status).toBe(404);
      expect((await client.post(`/api/appointments/${a.id}/reschedule`).send({ version: 1, startsAt: '2027-03-02T09:00:00Z', endsAt: '2027-03-02T10:00:00Z' })).status).toBe(404);
      expect((await client.post(`/api/appointments/${a.id}/accompaniment`).send({ advocateIds: [asha.id], supportLevel: 'prepared' })).status).toBe(404);
    }
  });
});
