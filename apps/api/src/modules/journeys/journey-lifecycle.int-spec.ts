import { useTestApp } from '../../testing/test-app';
import { auditEventsFor, countRows, createGoal, createJourney, createNote, createOrganisation, createServiceUser, createStep, createUser, sessionFor, newSessions, expectRefusedNaming } from '../../testing/fixtures';

describe('journeys: intake, status and referral details', () => {
  const intake = (over: object = {}) => ({
    serviceUser: { name: 'Nadia Example', preferredName: 'Nadia', safeContact: { channels: ['text'], voicemailAllowed: false } },
    referralSource: 'gp',
    referralDate: '2026-03-01',
    referralReason: 'Her psychiatrist discouraged her from therapy',
    primaryAdvocateId: t.asha.id,
    ...over,
  });

  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t);
    const [advocate, otherAdvocate, manager] = await newSessions(t, org, ['advocate', 'advocate', 'manager']);
    const [asha, bea] = [advocate.user, otherAdvocate.user];
    const otherOrgAdvocate = await createUser(t, await createOrganisation(t, 'Elsewhere'), 'advocate');
    return { org, asha, bea, advocate, otherAdvocate, manager, otherOrgAdvocate };
  });

  describe('intake', () => {
    it('should create her, the referral and the journey in one go, status referred, audited', async () => {
      const res = await t.advocate.post('/api/journeys').send(intake({ secondaryAdvocateId: t.bea.id }));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ status: 'referred', referralSource: 'gp', referralDate: '2026-03-01', primaryAdvocateId: t.asha.id, secondaryAdvocateId: t.bea.id, version: 1 });
      const events = await auditEventsFor(t, res);
      expect(events.map((e) => e.action)).toEqual(['service_user.created', 'journey.created']);
      expect(events[1]).toMatchObject({ entity_id: res.body.id, subject_id: res.body.serviceUserId });
      expect(JSON.stringify(events)).not.toContain('Nadia');
      expect((await t.advocate.get(`/api/service-users/${res.body.serviceUserId}`)).body.preferredName).toBe('Nadia');
    });

    it('should take a known service user by id, but not while she has an open journey', async () => {
      const known = await createServiceUser(t, t.org);
      await createJourney(t, t.org, known, t.asha.id, { status: 'closed' });
      const res = await t.advocate.post('/api/journeys').send(intake({ serviceUser: undefined, serviceUserId: known }));
      expect(res.status).toBe(201);
      expect(res.body.serviceUserId).toBe(known);
      const again = await t.advocate.post('/api/journeys').send(intake({ serviceUser: undefined, serviceUserId: known }));
      expect(again.status).toBe(409);
      expect(again.body.message).toContain('open journey');
    });

    it('should refuse bad input naming the field, and write nothing', async () => {
      const before = [await countRows(t, 'service_user'), await countRows(t, 'journey')];
      const cases: [object, string][] = [
        [intake({ referralSource: 'newspaper' }), 'referralSource'],
        [intake({ referralDate: 'yesterday' }), 'referralDate'],
        [intake({ referralReason: 'x'.repeat(4001) }), 'referralReason'],
        [intake({ serviceUser: undefined }), 'serviceUser'],
        [intake({ serviceUser: { name: '' } }), 'serviceUser.name'],
        [intake({ primaryAdvocateId: 'not-a-uuid' }), 'primaryAdvocateId'],
        [intake({ primaryAdvocateId: t.otherOrgAdvocate.id, secondaryAdvocateId: t.asha.id }), 'primaryAdvocateId'],
        [intake({ secondaryAdvocateId: t.asha.id }), 'secondaryAdvocateId'],
        [intake({ status: 'active' }), 'status'],
      ];
      await expectRefusedNaming(cases, (body) => t.advocate.post('/api/journeys').send(body));
      expect([await countRows(t, 'service_user'), await countRows(t, 'journey')]).toEqual(before);
    });

    it('should let a manager allocate to any active advocate, but an advocate only to her own caseload', async () => {
      expect((await t.advocate.post('/api/journeys').send(intake({ primaryAdvocateId: t.bea.id }))).status).toBe(400);
      expect((await t.manager.post('/api/journeys').send(intake({ primaryAdvocateId: t.bea.id }))).status).toBe(201);
    });
  });

  describe('status', () => {
    let journey: string;
    let her: string;
    beforeAll(async () => {
      her = await createServiceUser(t, t.org);
      journey = await createJourney(t, t.org, her, t.asha.id, { status: 'referred' });
    });

    it('should move referred → active → closing → closed and reopen, each audited and on record', async () => {
      let version = 1;
      for (const [status, extra] of [['active', {}], ['closing', {}], ['closed', { outcome: 'self_advocating', reason: 'She speaks for herself now' }], ['active', { reason: 'New housing problem' }]] as const) {
        const res = await t.advocate.post(`/api/journeys/${journey}/status`).send({ status, version, ...extra });
        expect([res.status, res.body.status]).toEqual([200, status]);
        version = res.body.version;
        expect((await auditEventsFor(t, res))[0]).toMatchObject({ action: 'journey.updated', subject_id: her, detail: expect.objectContaining({ to: status }) });
      }
      const changes: { to_status: string }[] = await t.owner.query(`SELECT to_status FROM journey_status_change WHERE journey_id = $1 ORDER BY changed_at`, [journey]);
      expect(changes.map((c) => c.to_status)).toEqual(['active', 'closing', 'closed', 'active']);
    });

    it('should refuse an illegal move with 409 and say where it can go', async () => {
      const res = await t.advocate.post(`/api/journeys/${journey}/status`).send({ status: 'referred', version: 5 });
      expect(res.status).toBe(409);
      expect(res.body.message).toBe('An active journey cannot move to referred; it can move to closing.');
    });

    it('should need an outcome and a reason to close', async () => {
      const res = await t.advocate.post(`/api/journeys/${journey}/status`).send({ status: 'closed', version: 5 });
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual(['outcome is required to close a journey', 'reason is required to close a journey']);
    });

    it('should answer a stale version with 409 and the current journey', async () => {
      const res = await t.advocate.post(`/api/journeys/${journey}/status`).send({ status: 'closing', version: 1 });
      expect(res.status).toBe(409);
      expect(res.body.current).toMatchObject({ id: journey, status: 'active', version: 5 });
    });

    it('should answer 404 out of scope', async () => {
      expect((await t.otherAdvocate.post(`/api/journeys/${journey}/status`).send({ status: 'closing', version: 5 })).status).toBe(404);
      expect((await t.otherAdvocate.patch(`/api/journeys/${journey}`).send({ version: 5, planReviewDate: '2026-06-01' })).status).toBe(404);
    });

    it('should save the plan review date with a version check, auditing the field name', async () => {
      const res = await t.advocate.patch(`/api/journeys/${journey}`).send({ version: 5, planReviewDate: '2026-06-01' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ planReviewDate: '2026-06-01', version: 6 });
      expect((await auditEventsFor(t, res))[0].detail).toEqual({ fields: ['planReviewDate'] });
      expect((await t.advocate.patch(`/api/journeys/${journey}`).send({ version: 5, planReviewDate: '2026-07-01' })).status).toBe(409);
      expect((await t.advocate.patch(`/api/journeys/${journey}`).send({ version: 6, planReviewDate: '01/07/2026' })).status).toBe(400);
    });
  });

  describe('caseload', () => {
    it('should search by name, filter by status and sort, with keyset pages', async () => {
      const searcher = await createUser(t, t.org, 'advocate');
      const client = await sessionFor(t, searcher);
      for (const name of ['Zara Quinn', 'Amal Quinn', 'Maya Stone']) {
        await createJourney(t, t.org, await createServiceUser(t, t.org, { name }), searcher.id);
      }
      const found = await client.get('/api/journeys?q=quinn&sort=name');
      expect(found.body.items.map((i: { serviceUserName: string }) => i.serviceUserName)).toEqual(['Amal Quinn', 'Zara Quinn']);
      expect(found.body.items[0]).toMatchObject({ overdueSteps: 0, nextAppointmentAt: null, lastContactAt: null });
      const page1 = await client.get('/api/journeys?sort=name&limit=2');
      const page2 = await client.get(`/api/journeys?sort=name&limit=2&cursor=${page1.body.nextCursor}`);
      expect([...page1.body.items, ...page2.body.items].map((i: { serviceUserName: string }) => i.serviceUserName)).toEqual(['Amal Quinn', 'Maya Stone', 'Zara Quinn']);
      expect(page2.body.nextCursor).toBeNull();
      expect((await client.get('/api/journeys?status=closed')).body.items).toEqual([]);
      expect((await client.get('/api/journeys?q=%25')).body.items).toEqual([]);
      expect((await client.get('/api/journeys?sort=age')).status).toBe(400);
    });

    it('should count the changes she proposed that staff have not answered, per journey, across keyset pages', async () => {
      const carer = await createUser(t, t.org, 'advocate');
      const client = await sessionFor(t, carer);
      const herAccount = await createUser(t, t.org, 'service_user');
      const she = await sessionFor(t, herAccount);
      const hers = await createJourney(t, t.org, await createServiceUser(t, t.org, { name: 'Bella Proposer', accountId: herAccount.id }), carer.id);
      const quiet = await createJourney(t, t.org, await createServiceUser(t, t.org, { name: 'Cleo Quiet' }), carer.id);
      const goal = await createGoal(t, hers, { createdBy: carer.id, words: 'Find a dentist' });
      const step = await createStep(t, goal, { createdBy: carer.id });
      const note = await createNote(t, hers, 'shared', 'We talked about dentists', carer.id);
      const propose = (targetType: string, targetId: string, field: string) =>
        she.post('/api/my/change-proposals').send({ targetType, targetId, field, proposedValue: 'In my words', reason: 'That is what I said' });
      const first = await propose('goal', goal, 'words');
      expect(first.status).toBe(201);
      expect((await propose('step', step, 'description')).status).toBe(201);
      const third = await propose('note', note, 'body');
      expect(third.status).toBe(201);

      const pending = async () => {
        const page1 = await client.get('/api/journeys?sort=name&limit=1');
        const page2 = await client.get(`/api/journeys?sort=name&limit=1&cursor=${page1.body.nextCursor}`);
        expect(page2.body.nextCursor).toBeNull();
        return [...page1.body.items, ...page2.body.items].map((i: { id: string; pendingProposals: number }) => [i.id, i.pendingProposals]);
      };
      expect(await pending()).toEqual([[hers, 3], [quiet, 0]]);

      const declined = await client.post(`/api/change-proposals/${first.body.id}/decline`).send({ version: first.body.version, reply: 'Let us talk about it on Tuesday' });
      expect(declined.status).toBe(200);
      const accepted = await client.post(`/api/change-proposals/${third.body.id}/accept`).send({ version: third.body.version });
      expect(accepted.status).toBe(200);
      expect(await pending()).toEqual([[hers, 1], [quiet, 0]]);
      // A manager sees the same figure across the organisation.
      const all = (await t.manager.get('/api/journeys?q=bella')).body.items;
      expect(all).toMatchObject([{ id: hers, pendingProposals: 1 }]);
    });
  });
});
