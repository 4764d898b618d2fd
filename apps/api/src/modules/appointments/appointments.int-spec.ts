import { Clock } from '../../common/clock';
import { useTestApp } from '../../testing/test-app';
import { auditEventsFor, countRows, createJourney, createOrganisation, createServiceUser, createUser, sessionFor, expectRefusedNaming } from '../../testing/fixtures';

describe('appointments and accompaniment', () => {
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

  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t);
    const asha = await createUser(t, org, 'advocate', { name: 'Asha Advocate' });
    const advocate = await sessionFor(t, asha);
    const otherAdvocate = await sessionFor(t, await createUser(t, org, 'advocate'));
    const otherOrgManager = await sessionFor(t, await createUser(t, await createOrganisation(t, 'Elsewhere'), 'manager'));
    const her = await createServiceUser(t, org);
    const journey = await createJourney(t, org, her, asha.id);
    return { org, asha, advocate, otherAdvocate, otherOrgManager, her, journey };
  });

  it('should add a planned appointment, audited with field names, and show it', async () => {
    const res = await t.advocate.post(`/api/journeys/${t.journey}/appointments`).send(appointment());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'planned', startsAt: '2026-10-24T09:00:00.000Z', remote: false, accompaniment: null, version: 1 });
    const [event] = await auditEventsFor(t, res);
    expect(event).toMatchObject({ action: 'appointment.created', entity_id: res.body.id, subject_id: t.her });
    expect(JSON.stringify(event)).not.toContain('numb');
    const read = await t.advocate.get(`/api/appointments/${res.body.id}`);
    expect(read.body.preparation).toBe('I want to say the medication makes me numb');
    expect((await auditEventsFor(t, read))[0]).toMatchObject({ action: 'appointment.read', subject_id: t.her });
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
    await expectRefusedNaming(cases, (body) => t.advocate.post(`/api/journeys/${t.journey}/appointments`).send(body));
    expect(await countRows(t, 'appointment')).toBe(before);
  });

  it('should page a journey\'s appointments in time order, with one audit event per page', async () => {
    const j = await createJourney(t, t.org, await createServiceUser(t, t.org), t.asha.id);
    for (const day of [12, 10, 11]) await t.advocate.post(`/api/journeys/${j}/appointments`).send(appointment({ startsAt: `2026-11-${day}T09:00:00Z`, endsAt: `2026-11-${day}T10:00:00Z` }));
    const first = await t.advocate.get(`/api/journeys/${j}/appointments?limit=2`);
    const second = await t.advocate.get(`/api/journeys/${j}/appointments?limit=2&cursor=${first.body.nextCursor}`);
    expect([...first.body.items, ...second.body.items].map((a: { startsAt: string }) => a.startsAt.slice(8, 10))).toEqual(['10', '11', '12']);
    expect(second.body.nextCursor).toBeNull();
    expect((await auditEventsFor(t, first))[0]).toMatchObject({ action: 'appointment.list', detail: expect.objectContaining({ count: 2 }) });
  });

  it('should update with a version check, and refuse an end before the stored start', async () => {
    const { body: a } = await t.advocate.post(`/api/journeys/${t.journey}/appointments`).send(appointment({ startsAt: '2026-12-01T09:00:00Z', endsAt: '2026-12-01T10:00:00Z' }));
    const res = await t.advocate.patch(`/api/appointments/${a.id}`).send({ version: 1, status: 'attended', outcome: 'She was listened to' });
    expect(res.body).toMatchObject({ status: 'attended', outcome: 'She was listened to', version: 2 });
    expect((await auditEventsFor(t, res))[0].detail).toEqual({ fields: ['status', 'outcome'] });
    const stale = await t.advocate.patch(`/api/appointments/${a.id}`).send({ version: 1, outcome: 'other' });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: a.id, version: 2, outcome: 'She was listened to' });
    const backwards = await t.advocate.patch(`/api/appointments/${a.id}`).send({ version: 2, endsAt: '2026-12-01T08:00:00Z' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.message).toEqual(['endsAt must be after startsAt']);
  });

  it('should reschedule in one transaction: the old one links to its replacement', async () => {
    const { body: a } = await t.advocate.post(`/api/journeys/${t.journey}/appointments`).send(appointment({ startsAt: '2027-01-05T09:00:00Z', endsAt: '2027-01-05T10:00:00Z' }));
    const res = await t.advocate.post(`/api/appointments/${a.id}/reschedule`).send({ version: 1, startsAt: '2027-01-12T09:00:00Z', endsAt: '2027-01-12T10:00:00Z' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'planned', startsAt: '2027-01-12T09:00:00.000Z', purpose: 'First psychotherapy session', version: 1 });
    const old = await t.advocate.get(`/api/appointments/${a.id}`);
    expect(old.body).toMatchObject({ status: 'rescheduled', replacedById: res.body.id });
    expect((await auditEventsFor(t, res)).map((e) => e.action)).toEqual(['appointment.updated', 'appointment.created']);
    expect((await t.advocate.post(`/api/appointments/${a.id}/reschedule`).send({ version: 2, startsAt: '2027-01-13T09:00:00Z', endsAt: '2027-01-13T10:00:00Z' })).status).toBe(409);
    expect((await t.advocate.patch(`/api/appointments/${a.id}`).send({ version: 2, outcome: 'x' })).status).toBe(409);
  });

  it('should carry a planned accompaniment to the replacement when rescheduling, and refuse if its advocate is busy then', async () => {
    const { body: a } = await t.advocate.post(`/api/journeys/${t.journey}/appointments`).send(appointment({ startsAt: '2027-02-02T09:00:00Z', endsAt: '2027-02-02T10:00:00Z' }));
    const { body: ac } = await t.advocate.post(`/api/appointments/${a.id}/accompaniment`).send({ advocateIds: [t.advocate.user.id], supportLevel: 'prepared' }).expect(201);
    const res = await t.advocate.post(`/api/appointments/${a.id}/reschedule`).send({ version: 1, startsAt: '2027-02-09T09:00:00Z', endsAt: '2027-02-09T10:00:00Z' }).expect(201);
    expect(res.body.accompaniment).toMatchObject({ id: ac.id, supportLevel: 'prepared' });
    expect((await t.advocate.get(`/api/appointments/${a.id}`)).body.accompaniment).toBeNull();
    expect((await auditEventsFor(t, res)).map((e) => e.action)).toEqual(['appointment.updated', 'appointment.created', 'accompaniment.updated']);

    const { body: busy } = await t.advocate.post(`/api/journeys/${t.journey}/appointments`).send(appointment({ startsAt: '2027-02-16T09:00:00Z', endsAt: '2027-02-16T10:00:00Z' }));
    await t.advocate.post(`/api/appointments/${busy.id}/accompaniment`).send({ advocateIds: [t.advocate.user.id], supportLevel: 'accompanied' }).expect(201);
    const before = await countRows(t, 'appointment');
    const clash = await t.advocate.post(`/api/appointments/${res.body.id}/reschedule`).send({ version: 1, startsAt: '2027-02-16T09:30:00Z', endsAt: '2027-02-16T10:30:00Z' }).expect(409);
    expect(clash.body.message).toMatch(/already accompanying another appointment/);
    expect(await countRows(t, 'appointment')).toBe(before);
  });

  it('should refuse an appointment longer than a day, when booked, moved or rescheduled, and change nothing', async () => {
    const before = await countRows(t, 'appointment');
    const long = await t.advocate.post(`/api/journeys/${t.journey}/appointments`).send(appointment({ startsAt: '2027-03-01T09:00:00Z', endsAt: '2027-03-02T09:30:00Z' })).expect(400);
    expect(long.body.message).toEqual(['endsAt must be no more than 24 hours after startsAt']);
    const { body: a } = await t.advocate.post(`/api/journeys/${t.journey}/appointments`).send(appointment({ startsAt: '2027-03-03T09:00:00Z', endsAt: '2027-03-03T10:00:00Z' })).expect(201);
    await t.advocate.patch(`/api/appointments/${a.id}`).send({ version: 1, endsAt: '2027-03-05T10:00:00Z' }).expect(400);
    await t.advocate.post(`/api/appointments/${a.id}/reschedule`).send({ version: 1, startsAt: '2027-03-06T09:00:00Z', endsAt: '2027-03-08T09:00:00Z' }).expect(400);
    expect(await countRows(t, 'appointment')).toBe(before + 1);
    expect((await t.advocate.get(`/api/appointments/${a.id}`)).body).toMatchObject({ version: 1, endsAt: '2027-03-03T10:00:00.000Z' });
  });

  describe('accompaniment', () => {
    let first: string;
    let accompanimentId: string;
    // After these appointments: the time spent and the debrief are recorded once an appointment has started.
    beforeEach(() => jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date('2027-03-01T00:00:00Z')));
    afterEach(() => jest.restoreAllMocks());
    beforeAll(async () => {
      first = (await t.advocate.post(`/api/journeys/${t.journey}/appointments`).send(appointment({ startsAt: '2027-02-01T10:00:00Z', endsAt: '2027-02-01T11:00:00Z' }))).body.id;
    });

    it('should record who supports an appointment and at what support level; the debrief stays out of the audit', async () => {
      const res = await t.advocate.post(`/api/appointments/${first}/accompaniment`).send({ advocateIds: [t.asha.id], supportLevel: 'accompanied', timeSpentMinutes: 90, debrief: 'She spoke up about side effects' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ appointmentId: first, advocateIds: [t.asha.id], supportLevel: 'accompanied', timeSpentMinutes: 90, version: 1 });
      accompanimentId = res.body.id;
      const [event] = await auditEventsFor(t, res);
      expect(event).toMatchObject({ action: 'accompaniment.created', subject_id: t.her });
      expect(JSON.stringify(event)).not.toContain('side effects');
      expect((await t.advocate.get(`/api/appointments/${first}`)).body.accompaniment.supportLevel).toBe('accompanied');
    });

    it('should refuse to book an advocate on two overlapping accompaniments, naming the clashing time', async () => {
      const otherJourney = await createJourney(t, t.org, await createServiceUser(t, t.org), t.asha.id);
      const { body: overlapping } = await t.advocate.post(`/api/journeys/${otherJourney}/appointments`).send(appointment({ startsAt: '2027-02-01T10:30:00Z', endsAt: '2027-02-01T11:30:00Z' }));
      const before = await countRows(t, 'accompaniment');
      const res = await t.advocate.post(`/api/appointments/${overlapping.id}/accompaniment`).send({ advocateIds: [t.asha.id], supportLevel: 'prepared' });
      expect(res.status).toBe(409);
      expect(res.body.message).toBe('Asha Advocate is already accompanying another appointment at that time (Mon, 1 Feb 2027, 10:00 to 11:00, London time).');
      expect(res.body.clash).toEqual({ startsAt: '2027-02-01T10:00:00.000Z', endsAt: '2027-02-01T11:00:00.000Z' });
      expect(await countRows(t, 'accompaniment')).toBe(before);
      // Back to back is not a clash.
      const { body: after } = await t.advocate.post(`/api/journeys/${otherJourney}/appointments`).send(appointment({ startsAt: '2027-02-01T11:00:00Z', endsAt: '2027-02-01T12:00:00Z' }));
      expect((await t.advocate.post(`/api/appointments/${after.id}/accompaniment`).send({ advocateIds: [t.asha.id], supportLevel: 'prepared' })).status).toBe(201);
      // Moving an accompanied appointment onto another is a clash too.
      const moved = await t.advocate.patch(`/api/appointments/${after.id}`).send({ version: 1, startsAt: '2027-02-01T10:45:00Z' });
      expect(moved.status).toBe(409);
    });

    it('should update the support level with a version check and refuse unknown levels', async () => {
      const res = await t.advocate.patch(`/api/accompaniments/${accompanimentId}`).send({ version: 1, supportLevel: 'prepared' });
      expect(res.body).toMatchObject({ supportLevel: 'prepared', version: 2 });
      expect((await auditEventsFor(t, res))[0].detail).toEqual({ fields: ['supportLevel'] });
      const stale = await t.advocate.patch(`/api/accompaniments/${accompanimentId}`).send({ version: 1, supportLevel: 'independent' });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ supportLevel: 'prepared', version: 2 });
      const bad = await t.advocate.patch(`/api/accompaniments/${accompanimentId}`).send({ version: 2, supportLevel: 'shouted' });
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body.message)).toContain('supportLevel');
      expect((await t.advocate.post(`/api/appointments/${first}/accompaniment`).send({ advocateIds: [t.asha.id], supportLevel: 'accompanied' })).status).toBe(409);
    });
  });

  describe('what happened is recorded once the appointment has started', () => {
    const startsAt = '2027-06-01T09:00:00Z';
    const setNow = (iso: string) => jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date(iso));
    afterEach(() => jest.restoreAllMocks());

    it('should refuse attendance and an outcome before the start, change nothing, and accept them from the start', async () => {
      const { body: a } = await t.advocate.post(`/api/journeys/${t.journey}/appointments`).send(appointment({ startsAt, endsAt: '2027-06-01T10:00:00Z' })).expect(201);
      setNow('2027-06-01T08:59:00Z');
      for (const change of [{ status: 'attended' }, { status: 'missed' }, { outcome: 'She was listened to' }]) {
        const res = await t.advocate.patch(`/api/appointments/${a.id}`).send({ version: 1, ...change });
        expect([res.status, res.body.message]).toEqual([409, expect.stringMatching(/^This appointment has not started yet \(it starts Tue, 1 Jun 2027, 10:00, London time\)/)]);
      }
      expect((await t.advocate.get(`/api/appointments/${a.id}`)).body).toMatchObject({ status: 'planned', outcome: null, version: 1 });
      // Preparation and cancelling are for before.
      await t.advocate.patch(`/api/appointments/${a.id}`).send({ version: 1, preparation: 'My questions' }).expect(200);
      setNow('2027-06-01T09:00:00Z');
      const res = await t.advocate.patch(`/api/appointments/${a.id}`).send({ version: 2, status: 'attended', outcome: 'She was listened to' });
      expect(res.status).toBe(200);
      // An attended appointment cannot be moved into the future either.
      const moved = await t.advocate.patch(`/api/appointments/${a.id}`).send({ version: 3, startsAt: '2027-06-02T09:00:00Z', endsAt: '2027-06-02T10:00:00Z' });
      expect(moved.status).toBe(409);
    });

    it('should refuse attendance, an outcome and an accompaniment on a cancelled appointment', async () => {
      setNow('2027-06-10T12:00:00Z');
      const { body: a } = await t.advocate.post(`/api/journeys/${t.journey}/appointments`).send(appointment({ startsAt: '2027-06-09T09:00:00Z', endsAt: '2027-06-09T10:00:00Z' })).expect(201);
      await t.advocate.patch(`/api/appointments/${a.id}`).send({ version: 1, status: 'cancelled' }).expect(200);
      const attended = await t.advocate.patch(`/api/appointments/${a.id}`).send({ version: 2, status: 'attended' });
      expect([attended.status, attended.body.message]).toEqual([409, 'This appointment was cancelled, so it takes no attendance. If it did go ahead, put it back to planned first.']);
      const outcome = await t.advocate.patch(`/api/appointments/${a.id}`).send({ version: 2, outcome: 'x' });
      expect([outcome.status, outcome.body.message]).toEqual([409, 'This appointment was cancelled, so it takes no outcome.']);
      const before = await countRows(t, 'accompaniment');
      const ac = await t.advocate.post(`/api/appointments/${a.id}/accompaniment`).send({ advocateIds: [t.asha.id], supportLevel: 'independent' });
      expect([ac.status, ac.body.message]).toEqual([409, 'This appointment was cancelled, so it takes no accompaniment.']);
      expect(await countRows(t, 'accompaniment')).toBe(before);
      // Back to planned, then attended: the way to correct a cancellation by mistake.
      await t.advocate.patch(`/api/appointments/${a.id}`).send({ version: 2, status: 'planned' }).expect(200);
      await t.advocate.patch(`/api/appointments/${a.id}`).send({ version: 3, status: 'attended' }).expect(200);
    });

    it('should book an accompaniment ahead with its planned support level, but the time spent and debrief only from the start', async () => {
      setNow('2027-06-20T08:00:00Z');
      const { body: a } = await t.advocate.post(`/api/journeys/${t.journey}/appointments`).send(appointment({ startsAt: '2027-06-21T09:00:00Z', endsAt: '2027-06-21T10:00:00Z' })).expect(201);
      const early = await t.advocate.post(`/api/appointments/${a.id}/accompaniment`).send({ advocateIds: [t.asha.id], supportLevel: 'prepared', timeSpentMinutes: 60 });
      expect([early.status, early.body.message]).toEqual([409, expect.stringMatching(/record the time spent and the debrief once it has started/)]);
      const { body: ac } = await t.advocate.post(`/api/appointments/${a.id}/accompaniment`).send({ advocateIds: [t.asha.id], supportLevel: 'prepared' }).expect(201);
      expect((await t.advocate.patch(`/api/accompaniments/${ac.id}`).send({ version: 1, debrief: 'She led' })).status).toBe(409);
      await t.advocate.patch(`/api/accompaniments/${ac.id}`).send({ version: 1, supportLevel: 'independent' }).expect(200);
      setNow('2027-06-21T10:30:00Z');
      await t.advocate.patch(`/api/accompaniments/${ac.id}`).send({ version: 2, timeSpentMinutes: 60, debrief: 'She led' }).expect(200);
    });

    it('should leave future attendance out of her self-advocacy trend and the caseload\'s last contact', async () => {
      const j = await createJourney(t, t.org, await createServiceUser(t, t.org), t.asha.id);
      const [future] = await t.owner.query(
        `INSERT INTO appointment (organisation_id, journey_id, service_user_id, professional_role, starts_at, ends_at, status)
         SELECT organisation_id, id, service_user_id, 'gp', now() + interval '30 days', now() + interval '30 days 1 hour', 'attended'
         FROM journey WHERE id = $1 RETURNING id`,
        [j],
      );
      await t.owner.query(
        `INSERT INTO accompaniment (organisation_id, appointment_id, journey_id, support_level) SELECT organisation_id, id, journey_id, 'independent' FROM appointment WHERE id = $1`,
        [future.id],
      );
      expect((await t.advocate.get(`/api/journeys/${j}/trend`)).body).toEqual([]);
      const caseload = await t.advocate.get('/api/journeys?limit=100');
      expect(caseload.body.items.find((e: { id: string }) => e.id === j)).toMatchObject({ lastContactAt: null });
    });
  });

  describe('an appointment booked with its accompaniment', () => {
    it('should save both in one request, audited', async () => {
      const res = await t.advocate
        .post(`/api/journeys/${t.journey}/appointments`)
        .send(appointment({ startsAt: '2027-07-01T09:00:00Z', endsAt: '2027-07-01T10:00:00Z', accompaniment: { advocateIds: [t.asha.id], supportLevel: 'accompanied' } }));
      expect(res.status).toBe(201);
      expect(res.body.accompaniment).toMatchObject({ advocateIds: [t.asha.id], supportLevel: 'accompanied', version: 1 });
      expect((await auditEventsFor(t, res)).map((e) => e.action)).toEqual(['appointment.created', 'accompaniment.created']);
    });

    it('should save neither when its advocate is booked elsewhere then, saying when', async () => {
      const otherJourney = await createJourney(t, t.org, await createServiceUser(t, t.org), t.asha.id);
      const before = [await countRows(t, 'appointment'), await countRows(t, 'accompaniment')];
      const res = await t.advocate
        .post(`/api/journeys/${otherJourney}/appointments`)
        .send(appointment({ startsAt: '2027-07-01T09:30:00Z', endsAt: '2027-07-01T10:30:00Z', accompaniment: { advocateIds: [t.asha.id], supportLevel: 'prepared' } }));
      expect(res.status).toBe(409);
      expect(res.body.message).toBe('Asha Advocate is already accompanying another appointment at that time (Thu, 1 Jul 2027, 10:00 to 11:00, London time).');
      expect([await countRows(t, 'appointment'), await countRows(t, 'accompaniment')]).toEqual(before);
      expect((await t.advocate.get(`/api/journeys/${otherJourney}/appointments`)).body.items).toEqual([]);
    });

    it('should refuse a bad accompaniment naming the field, and save nothing', async () => {
      const before = await countRows(t, 'appointment');
      const res = await t.advocate.post(`/api/journeys/${t.journey}/appointments`).send(appointment({ accompaniment: { advocateIds: [], supportLevel: 'shouted' } }));
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.message)).toContain('supportLevel');
      expect((await t.advocate.post(`/api/journeys/${t.journey}/appointments`).send(appointment({ accompaniment: { advocateIds: [t.otherAdvocate.user.id, 'x'], supportLevel: 'prepared' } }))).status).toBe(400);
      expect(await countRows(t, 'appointment')).toBe(before);
    });
  });

  it('should refuse new appointments on a closed journey, and a reschedule there, changing nothing', async () => {
    const j = await createJourney(t, t.org, await createServiceUser(t, t.org), t.asha.id);
    const { body: a } = await t.advocate.post(`/api/journeys/${j}/appointments`).send(appointment({ startsAt: '2027-08-01T09:00:00Z', endsAt: '2027-08-01T10:00:00Z' })).expect(201);
    await t.owner.query(`UPDATE journey SET status = 'closed', closed_at = now() WHERE id = $1`, [j]);
    const before = await countRows(t, 'appointment');
    const res = await t.advocate.post(`/api/journeys/${j}/appointments`).send(appointment());
    expect([res.status, res.body.message]).toEqual([409, 'This journey is closed: reopen it before adding appointments.']);
    expect((await t.advocate.post(`/api/appointments/${a.id}/reschedule`).send({ version: 1, startsAt: '2027-08-02T09:00:00Z', endsAt: '2027-08-02T10:00:00Z' })).status).toBe(409);
    expect(await countRows(t, 'appointment')).toBe(before);
  });

  it('should answer 404 to an advocate not on the journey and to another organisation', async () => {
    const { body: a } = await t.advocate.post(`/api/journeys/${t.journey}/appointments`).send(appointment({ startsAt: '2027-03-01T09:00:00Z', endsAt: '2027-03-01T10:00:00Z' }));
    for (const client of [t.otherAdvocate, t.otherOrgManager]) {
      expect((await client.get(`/api/journeys/${t.journey}/appointments`)).status).toBe(404);
      expect((await client.post(`/api/journeys/${t.journey}/appointments`).send(appointment())).status).toBe(404);
      expect((await client.get(`/api/appointments/${a.id}`)).status).toBe(404);
      expect((await client.patch(`/api/appointments/${a.id}`).send({ version: 1, outcome: 'x' })).status).toBe(404);
      expect((await client.post(`/api/appointments/${a.id}/reschedule`).send({ version: 1, startsAt: '2027-03-02T09:00:00Z', endsAt: '2027-03-02T10:00:00Z' })).status).toBe(404);
      expect((await client.post(`/api/appointments/${a.id}/accompaniment`).send({ advocateIds: [t.asha.id], supportLevel: 'prepared' })).status).toBe(404);
    }
  });
});
