import { Clock } from '../../../common/clock';
import { useTestApp } from '../../../testing/test-app';
import { auditEventsFor, countRows, createJourney, createOrganisation, createServiceUser, createUser, sessionFor, SignedIn, newSessions } from '../../../testing/fixtures';
import { JobRunner } from '../../jobs';

describe('concerns register: raising, workflow, visibility and triage deadlines', () => {
  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t, 'Safe Org');
    const people = await newSessions(t, org, ['manager', 'manager', 'advocate', 'advocate', 'service_user']);
    const [asManager, asManager2, asAdvocate, asAdvocate2, asHer] = people;
    const [manager, manager2, advocate, advocate2, her] = people.map((p) => p.user);
    const serviceUserId = await createServiceUser(t, org, { accountId: her.id });
    const journeyId = await createJourney(t, org, serviceUserId, advocate.id);
    return { org, manager, manager2, advocate, advocate2, her, serviceUserId, journeyId, asManager, asManager2, asAdvocate, asAdvocate2, asHer };
  });
  afterEach(() => jest.restoreAllMocks());

  const raise = (who: SignedIn, body: Record<string, unknown>) =>
    who.post('/api/concerns').send({ journeyId: t.journeyId, category: 'abuse_or_violence', severity: 'high', description: 'She said her ex found her new address', ...body });
  const notificationsOf = async (who: SignedIn) => (await who.get('/api/notifications').expect(200)).body as { items: { kind: string; text: string; link: string; id: string }[]; unread: number };

  it('should put a staff concern on the register with a reference, a triage deadline by severity, an audit event and notifications to managers', async () => {
    const before = (await notificationsOf(t.asManager)).unread;
    const res = await raise(t.asAdvocate, {}).expect(201);
    expect(res.body).toMatchObject({ status: 'raised', severity: 'high', journeyId: t.journeyId, serviceUserId: t.serviceUserId, raisedByRole: 'advocate', overdue: false, openActions: 0 });
    expect(res.body.reference).toMatch(/^C-[2-9A-HJ-NP-Z]{5}$/);
    expect(new Date(res.body.triageDueAt).getTime() - new Date(res.body.raisedAt).getTime()).toBe(24 * 3600 * 1000);
    expect(res.body.events).toEqual([expect.objectContaining({ fromStatus: null, toStatus: 'raised', changedBy: { id: t.advocate.id, name: expect.any(String) } })]);
    const [event] = await auditEventsFor(t, res);
    expect(event).toMatchObject({ action: 'concern.created', entity_id: res.body.id, subject_id: t.serviceUserId, actor_user_id: t.advocate.id });
    expect(JSON.stringify(event.detail)).not.toContain('ex found');

    const mine = await notificationsOf(t.asManager);
    expect(mine.unread).toBe(before + 1);
    expect(mine.items[0]).toMatchObject({ kind: 'concern.raised', link: `/concerns/${res.body.id}` });
    expect(mine.items[0].text).toContain(res.body.reference);
    expect(mine.items[0].text).not.toMatch(/ex found|address/);
    expect((await notificationsOf(t.asManager2)).items[0]).toMatchObject({ link: `/concerns/${res.body.id}` });
    expect((await notificationsOf(t.asAdvocate)).items.some((n) => n.link === `/concerns/${res.body.id}`)).toBe(false);
  });

  it('should not notify anyone of a low or medium concern', async () => {
    const before = (await notificationsOf(t.asManager)).unread;
    await raise(t.asAdvocate, { severity: 'medium' }).expect(201);
    expect((await notificationsOf(t.asManager)).unread).toBe(before);
  });

  it('should refuse bad input with a message naming the field, and change nothing', async () => {
    const concerns = await countRows(t, 'concern');
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ description: '   ' }, /description must not be empty/],
      [{ severity: 'urgent' }, /severity must be one of/],
      [{ category: 'gossip' }, /category must be one of/],
      [{ journeyId: 'nope' }, /journeyId must be a UUID/],
      [{ aboutStaffUserId: t.advocate.id }, /aboutStaffUserId: a concern about yourself/],
      [{ aboutStaffUserId: t.her.id }, /aboutStaffUserId must be a member of staff/],
      [{ journeyId: undefined, confidentialFromSubject: true }, /confidentialFromSubject is only for a concern about a woman/],
      [{ description: 'x'.repeat(4001) }, /description must be shorter than or equal to 4000/],
      [{ extra: 1 }, /property extra should not exist/],
    ];
    for (const [body, message] of cases) {
      const res = await raise(t.asAdvocate, body).expect(400);
      expect(JSON.stringify(res.body.message)).toMatch(message);
    }
    await raise(t.asAdvocate2, {}).expect(404);
    expect(await countRows(t, 'concern')).toBe(concerns);
  });

  it('should take a concern from raised to closed, step by step, each move recorded with who, when and a note', async () => {
    const { body: c } = await raise(t.asAdvocate, { severity: 'medium' }).expect(201);
    const move = (body: Record<string, unknown>, who = t.asManager) => who.post(`/api/concerns/${c.id}/transitions`).send(body);

    await move({ to: 'triaged', note: 'Looked at it', version: 1 }, t.asAdvocate).expect(403);
    const skip = await move({ to: 'action', note: 'Straight to action', version: 1 }).expect(409);
    expect(skip.body.message).toMatch(/can move to triaged/);
    expect(skip.body.current).toMatchObject({ id: c.id, status: 'raised' });
    await move({ to: 'triaged', note: '   ', version: 1 }).expect(400);

    const triaged = await move({ to: 'triaged', note: 'Spoke to her advocate; safety plan in place', severity: 'high', version: 1 }).expect(200);
    expect(triaged.body).toMatchObject({ status: 'triaged', severity: 'high', version: 2 });
    expect(triaged.body.triagedAt).toBeTruthy();
    const [event] = await auditEventsFor(t, triaged);
    expect(event).toMatchObject({ action: 'concern.updated', entity_id: c.id, subject_id: t.serviceUserId });
    expect(event.detail).toMatchObject({ from: 'raised', to: 'triaged', fields: ['status', 'note', 'severity'] });

    const stale = await move({ to: 'action', note: 'Again', version: 1 }).expect(409);
    expect(stale.body.current.version).toBe(2);

    // An action's owner must be able to see the concern: the other advocate is not on this journey.
    await t.asManager.post(`/api/concerns/${c.id}/actions`).send({ description: 'Call the housing officer', ownerId: t.advocate2.id, dueOn: '2026-12-01' }).expect(400);
    await t.asManager.post(`/api/concerns/${c.id}/actions`).send({ description: 'Call', ownerId: t.advocate.id, dueOn: '2026-02-30' }).expect(400);
    const withAction = await t.asManager
      .post(`/api/concerns/${c.id}/actions`)
      .send({ description: 'Call the housing officer', ownerId: t.advocate.id, dueOn: '2026-12-01' })
      .expect(201);
    const action = withAction.body.actions[0];
    expect(action).toMatchObject({ owner: { id: t.advocate.id }, dueOn: '2026-12-01', doneAt: null });
    expect(withAction.body.openActions).toBe(1);
    await t.asAdvocate2.post(`/api/concerns/${c.id}/actions/${action.id}/done`).send({}).expect(404);
    const done = await t.asAdvocate.post(`/api/concerns/${c.id}/actions/${action.id}/done`).send({ note: 'Housing officer called back' }).expect(200);
    expect(done.body.actions[0]).toMatchObject({ doneBy: { id: t.advocate.id }, doneNote: 'Housing officer called back' });
    await t.asAdvocate.post(`/api/concerns/${c.id}/actions/${action.id}/done`).send({}).expect(409);

    await move({ to: 'action', note: 'Safety planning with her', version: 2 }).expect(200);
    await move({ to: 'referred', note: 'Referred', version: 3 }).expect(400);
    const referred = await move({ to: 'referred', note: 'Referred for a section 42 enquiry', referredTo: 'Local authority adult safeguarding team', version: 3 }).expect(200);
    expect(referred.body.referredTo).toBe('Local authority adult safeguarding team');
    const noOutcome = await move({ to: 'closed', note: 'Done', outcome: 'Enquiry complete', version: 4 }).expect(400);
    expect(JSON.stringify(noOutcome.body.message)).toMatch(/outcomeForRaiser is required/);
    const closed = await move({ to: 'closed', note: 'Enquiry complete', outcome: 'Protection plan agreed', outcomeForRaiser: 'Thank you: the council is now involved.', version: 4 }).expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', outcome: 'Protection plan agreed', outcomeForRaiser: 'Thank you: the council is now involved.' });
    expect(closed.body.closedAt).toBeTruthy();
    expect(closed.body.events.map((e: { toStatus: string }) => e.toStatus)).toEqual(['raised', 'triaged', 'action', 'referred', 'closed']);
    expect(closed.body.events.every((e: { changedBy: unknown; changedAt: string }) => e.changedBy && e.changedAt)).toBe(true);
    expect((await move({ to: 'action', note: 'Reopen?', version: 5 }).expect(409)).body.message).toMatch(/closed/);
    await t.asManager.post(`/api/concerns/${c.id}/actions`).send({ description: 'Late', ownerId: t.advocate.id, dueOn: '2026-12-01' }).expect(409);
  });

  it('should show her the outcome she is told when a concern she raised closes, never the internal outcome', async () => {
    const { body: mine } = await t.asHer.post('/api/my/concerns').send({ category: 'service_quality', description: 'Nobody called me back' }).expect(201);
    const move = (body: Record<string, unknown>) => t.asManager.post(`/api/concerns/${mine.id}/transitions`).send(body).expect(200);
    await move({ to: 'triaged', note: 'Triaged', version: 1 });
    await move({ to: 'closed', note: 'Closed', outcome: 'Advocate reminded of call-back standard', outcomeForRaiser: 'Sorry. We have changed how we call back.', version: 2 });
    const list = (await t.asHer.get('/api/my/concerns').expect(200)).body as { id: string; outcome: string; statusForHer: string }[];
    const seen = list.find((c) => c.id === mine.id);
    expect(seen).toMatchObject({ statusForHer: 'closed', outcome: 'Sorry. We have changed how we call back.' });
    expect(JSON.stringify(list)).not.toContain('call-back standard');
  });

  describe('who sees what', () => {
    it('should keep a concern whose raiser asked to stay unnamed to her advocate for managers only', async () => {
      const { body } = await t.asHer.post('/api/my/concerns').send({ category: 'abuse_or_violence', description: 'Please do not tell my advocate', hideFromAdvocate: true }).expect(201);
      const denied = await t.asAdvocate.get(`/api/concerns/${body.id}`).expect(404);
      expect(await auditEventsFor(t, denied)).toEqual([expect.objectContaining({ outcome: 'denied', entity_id: body.id })]);
      const register = (await t.asAdvocate.get('/api/concerns?view=all').expect(200)).body.items as { id: string }[];
      expect(register.map((c) => c.id)).not.toContain(body.id);
      const onJourney = (await t.asAdvocate.get(`/api/journeys/${t.journeyId}/concerns`).expect(200)).body as { id: string }[];
      expect(onJourney.map((c) => c.id)).not.toContain(body.id);
      const seen = await t.asManager.get(`/api/concerns/${body.id}`).expect(200);
      expect(seen.body).toMatchObject({ hideRaiserFromAdvocate: true, raisedBy: { id: t.her.id }, raisedByRole: 'service_user' });
    });

    it('should never show a concern about a member of staff to that person, even on her own caseload or to a manager', async () => {
      const aboutAdvocate = (await raise(t.asManager, { category: 'staff_conduct', severity: 'medium', aboutStaffUserId: t.advocate.id }).expect(201)).body;
      await t.asAdvocate.get(`/api/concerns/${aboutAdvocate.id}`).expect(404);
      expect(((await t.asAdvocate.get(`/api/journeys/${t.journeyId}/concerns`).expect(200)).body as { id: string }[]).map((c) => c.id)).not.toContain(aboutAdvocate.id);
      expect((await notificationsOf(t.asAdvocate)).items.some((n) => n.link.includes(aboutAdvocate.id))).toBe(false);

      const aboutManager2 = (await raise(t.asManager, { category: 'staff_conduct', severity: 'high', aboutStaffUserId: t.manager2.id, journeyId: undefined }).expect(201)).body;
      await t.asManager2.get(`/api/concerns/${aboutManager2.id}`).expect(404);
      const theirs = (await t.asManager2.get('/api/concerns?view=all&limit=100').expect(200)).body.items as { id: string }[];
      expect(theirs.map((c) => c.id)).not.toContain(aboutManager2.id);
      expect((await notificationsOf(t.asManager2)).items.some((n) => n.link.includes(aboutManager2.id))).toBe(false);
      await t.asManager2.post(`/api/concerns/${aboutManager2.id}/transitions`).send({ to: 'triaged', note: 'Mine now', version: 1 }).expect(404);
      await t.asManager.get(`/api/concerns/${aboutManager2.id}`).expect(200);
    });

    it('should offer as action owners exactly the staff the API accepts: not her advocate when she asked, not the person it is about', async () => {
      const inactive = await createUser(t, t.org, 'manager', { status: 'disabled' });
      const { body: hidden } = await t.asHer.post('/api/my/concerns').send({ category: 'abuse_or_violence', description: 'Keep this from my advocate', hideFromAdvocate: true }).expect(201);
      const owners = (await t.asManager.get(`/api/concerns/${hidden.id}/action-owners`).expect(200)).body as { id: string; displayName: string; role: string }[];
      const ids = owners.map((o) => o.id);
      expect(ids).toEqual(expect.arrayContaining([t.manager.id, t.manager2.id]));
      expect(ids).not.toContain(t.advocate.id);
      expect(ids).not.toContain(t.advocate2.id);
      expect(ids).not.toContain(inactive.id);
      expect(owners.every((o) => o.displayName && ['advocate', 'manager'].includes(o.role))).toBe(true);

      const aboutManager2 = (await raise(t.asManager, { category: 'staff_conduct', severity: 'medium', aboutStaffUserId: t.manager2.id })).body;
      const forThat = ((await t.asManager.get(`/api/concerns/${aboutManager2.id}/action-owners`).expect(200)).body as { id: string }[]).map((o) => o.id);
      expect(forThat).toContain(t.advocate.id);
      expect(forThat).not.toContain(t.manager2.id);

      // The same rule both ways: every one offered is accepted, and one left out is refused.
      const all = [t.manager, t.manager2, t.advocate, t.advocate2, inactive];
      for (const [concernId, offered] of [[hidden.id, ids], [aboutManager2.id, forThat]] as const) {
        for (const person of all) {
          const res = await t.asManager.post(`/api/concerns/${concernId}/actions`).send({ description: 'Call her back', ownerId: person.id, dueOn: '2030-01-10' });
          expect({ person: person.id, status: res.status }).toEqual({ person: person.id, status: offered.includes(person.id) ? 201 : 400 });
        }
      }
      await t.asAdvocate.get(`/api/concerns/${hidden.id}/action-owners`).expect(403);
    });

    it('should keep other organisations out', async () => {
      const otherOrg = await createOrganisation(t, 'Other Org');
      const outsider = await sessionFor(t, await createUser(t, otherOrg, 'manager'));
      const { body } = await raise(t.asAdvocate, {}).expect(201);
      await outsider.get(`/api/concerns/${body.id}`).expect(404);
      expect((await outsider.get('/api/concerns?view=all').expect(200)).body.items).toEqual([]);
    });

    it('should keep a confidential concern out of everything she can read, including who has looked at her record', async () => {
      const { body } = await raise(t.asManager, { confidentialFromSubject: true, description: 'CONFIDENTIAL-MARKER partner threatening' }).expect(201);
      await t.asManager.get(`/api/concerns/${body.id}`).expect(200);
      await t.asAdvocate.get(`/api/journeys/${t.journeyId}/concerns`).expect(200);
      const shared = (await raise(t.asManager, { description: 'ordinary concern' }).expect(201)).body;
      await t.asManager.get(`/api/concerns/${shared.id}`).expect(200);
      const everything = JSON.stringify([
        (await t.asHer.get('/api/my/concerns').expect(200)).body,
        (await t.asHer.get('/api/my/access-log?limit=100').expect(200)).body,
        (await t.asHer.get('/api/my/data.json').expect(200)).body,
        (await t.asHer.get('/api/my/data.html').expect(200)).text,
      ]);
      expect(everything).not.toContain('CONFIDENTIAL-MARKER');
      expect(everything).not.toContain(body.id);
      await t.asHer.get(`/api/concerns/${body.id}`).expect(403);
    });
  });

  it('should put concerns on the journey timeline only as the register shows them to the reader', async () => {
    const hidden = (await t.asHer.post('/api/my/concerns').send({ category: 'abuse_or_violence', description: 'Keep from advocate', hideFromAdvocate: true }).expect(201)).body;
    const open = (await raise(t.asAdvocate, { severity: 'low', description: 'On the timeline' }).expect(201)).body;
    const kinds = async (who: SignedIn) =>
      ((await who.get(`/api/journeys/${t.journeyId}/timeline?limit=100`).expect(200)).body.items as { kind: string; id: string; detail: Record<string, unknown> }[]).filter((e) => e.kind === 'concern');
    const forAdvocate = await kinds(t.asAdvocate);
    expect(forAdvocate.map((e) => e.id)).toContain(open.id);
    expect(forAdvocate.map((e) => e.id)).not.toContain(hidden.id);
    expect(forAdvocate.find((e) => e.id === open.id)?.detail).toEqual({ reference: open.reference, category: 'abuse_or_violence', severity: 'low', status: 'raised' });
    expect((await kinds(t.asManager)).map((e) => e.id)).toEqual(expect.arrayContaining([open.id, hidden.id]));
  });

  it('should count open concerns on the caseload as each reader may see them', async () => {
    const row = async (who: SignedIn) =>
      ((await who.get('/api/journeys?limit=100').expect(200)).body.items as { id: string; openConcerns: number; overdueConcerns: number }[]).find((j) => j.id === t.journeyId);
    const [{ open, hidden }] = await t.owner.query(
      `SELECT count(*)::int AS open, (count(*) FILTER (WHERE hide_raiser_from_advocate AND raised_by <> $2))::int AS hidden
       FROM concern WHERE journey_id = $1 AND status <> 'closed' AND about_staff_user_id IS DISTINCT FROM $2`,
      [t.journeyId, t.advocate.id],
    );
    expect(hidden).toBeGreaterThan(0);
    expect(await row(t.asAdvocate)).toMatchObject({ openConcerns: open - hidden, overdueConcerns: 0 });
  });

  describe('triage deadlines, with a controllable clock', () => {
    it('should flag a concern overdue once its deadline passes, and tell managers once, from one job run per slot', async () => {
      const clock = t.app.get(Clock);
      const { body: c } = await raise(t.asAdvocate, { severity: 'medium', description: 'Medium worry' }).expect(201);
      expect(new Date(c.triageDueAt).getTime() - new Date(c.raisedAt).getTime()).toBe(72 * 3600 * 1000);
      const overdueIds = async () => ((await t.asManager.get('/api/concerns?view=overdue&limit=100').expect(200)).body.items as { id: string; overdue: boolean }[]).map((x) => x.id);
      expect(await overdueIds()).not.toContain(c.id);

      const later = new Date(new Date(c.triageDueAt).getTime() + 60_000);
      jest.spyOn(clock, 'now').mockReturnValue(later);
      expect(await overdueIds()).toContain(c.id);
      expect((await t.asManager.get(`/api/concerns/${c.id}`).expect(200)).body.overdue).toBe(true);

      const runner = t.app.get(JobRunner);
      const before = (await notificationsOf(t.asManager)).items.filter((n) => n.kind === 'concern.overdue' && n.link.endsWith(c.id)).length;
      expect(before).toBe(0);
      expect(await runner.tick(later)).toEqual(['concern-triage-deadlines', 'consultation-pool', 'challenge-deadlines', 'safety-reminders', 'document-rescan', 'retention-anonymisation', 'audit-checkpoint']);
      expect(await runner.tick(later)).toEqual([]); // the same slot never runs twice
      const runs = await t.owner.query(`SELECT outcome, detail FROM job_run WHERE job_name = 'concern-triage-deadlines' ORDER BY started_at`);
      expect(runs).toEqual([{ outcome: 'done', detail: expect.objectContaining({ organisations: 1 }) }]);
      expect(runs[0].detail.flagged).toBeGreaterThanOrEqual(1);
      expect(await runner.tick(new Date(later.getTime() + 3600_000))).toEqual(['concern-triage-deadlines', 'consultation-pool', 'challenge-deadlines', 'safety-reminders', 'document-rescan', 'retention-anonymisation', 'audit-checkpoint']);
      for (const who of [t.asManager, t.asManager2]) {
        const overdue = (await notificationsOf(who)).items.filter((n) => n.kind === 'concern.overdue' && n.link.endsWith(c.id));
        expect(overdue).toHaveLength(1);
        expect(overdue[0].text).toContain(c.reference);
      }
      const [flag] = await t.owner.query(`SELECT actor_user_id, action FROM audit_event WHERE entity_id = $1 AND action = 'concern.overdue'`, [c.id]);
      expect(flag).toMatchObject({ actor_user_id: null, action: 'concern.overdue' });

      // Triage ends "overdue".
      await t.asManager.post(`/api/concerns/${c.id}/transitions`).send({ to: 'triaged', note: 'Seen late', version: 1 }).expect(200);
      expect(await overdueIds()).not.toContain(c.id);
    });

    it("should use the organisation's own triage hours where set", async () => {
      await t.owner.query(`UPDATE organisation SET settings = '{"concernTriageHours": {"high": 4}}' WHERE id = $1`, [t.org]);
      try {
        const { body: c } = await raise(t.asAdvocate, {}).expect(201);
        expect(new Date(c.triageDueAt).getTime() - new Date(c.raisedAt).getTime()).toBe(4 * 3600 * 1000);
      } finally {
        await t.owner.query(`UPDATE organisation SET settings = '{}' WHERE id = $1`, [t.org]);
      }
    });
  });

  describe('notifications', () => {
    it('should let each person read and mark only her own', async () => {
      const { items, unread } = await notificationsOf(t.asManager);
      expect(unread).toBeGreaterThan(0);
      await t.asManager2.post(`/api/notifications/${items[0].id}/read`).send({}).expect(404);
      const res = await t.asManager.post(`/api/notifications/${items[0].id}/read`).send({}).expect(204);
      expect(await auditEventsFor(t, res)).toEqual([expect.objectContaining({ action: 'notification.updated', entity_id: items[0].id })]);
      expect((await notificationsOf(t.asManager)).unread).toBe(unread - 1);
      await t.asManager.post('/api/notifications/read-all').send({}).expect(204);
      expect((await notificationsOf(t.asManager)).unread).toBe(0);
      expect((await notificationsOf(t.asManager2)).unread).toBeGreaterThan(0);
    });
  });

  it('should page the register by urgency with a cursor, without repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { id: string; severity: string }[]; nextCursor: string | null } } = await t.asManager
        .get(`/api/concerns?view=open&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        .expect(200);
      seen.push(...res.body.items.map((i) => i.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    const all = (await t.asManager.get('/api/concerns?view=open&limit=100').expect(200)).body.items as { id: string; severity: string }[];
    expect(seen).toEqual(all.map((c) => c.id));
    const ranks = all.map((c) => ['low', 'medium', 'high', 'immediate'].indexOf(c.severity));
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    await t.asManager.get('/api/concerns?cursor=garbage').expect(400);
    await t.asManager.get('/api/concerns?view=everything').expect(400);
  });
});
