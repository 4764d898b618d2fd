import { Clock } from '../../../common/clock';
import { UnitOfWork } from '../../../database/unit-of-work';
import { auditEventsFor, countRows, createNetworkOperator, createOrganisation, createServiceUser, createUser, expectRefusedNaming, newSession, sessionFor } from '../../../testing/fixtures';
import { womanWithAccount } from '../../../testing/journey-team';
import { useTestApp } from '../../../testing/test-app';

const NOW = new Date('2027-01-31T10:00:00Z');

describe('requests from her: made in her portal or recorded by staff, each with its one-month clock', () => {
  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t);
    const manager = await newSession(t, org, 'manager');
    const secondManager = await createUser(t, org, 'manager');
    const advocate = await newSession(t, org, 'advocate');
    const admin = await newSession(t, org, 'admin');
    const panel = await newSession(t, org, 'panel_member');
    const woman = await womanWithAccount(t, org);
    const other = await womanWithAccount(t, org);
    const letterWriter = await createServiceUser(t, org, { name: 'Nadia Letter' });
    const elsewhere = await createOrganisation(t, 'Elsewhere');
    const otherOrgManager = await newSession(t, elsewhere, 'manager');
    const elsewhereWoman = await createServiceUser(t, elsewhere);
    return { org, manager, secondManager, advocate, admin, panel, woman, other, letterWriter, otherOrgManager, elsewhereWoman };
  });
  let setNow: (iso: Date) => void;
  beforeEach(() => {
    const spy = jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(NOW);
    setNow = (d) => spy.mockReturnValue(d);
  });
  afterEach(() => jest.restoreAllMocks());

  it('should take her request from her portal with its clock, tell managers without detail, and show it to her alone', async () => {
    const asked = await t.woman.she.post('/api/my/data-requests').send({ kind: 'rectification', details: '  My date of birth is wrong.  ' });
    expect(asked.status).toBe(201);
    // Received 31 January 2027: no 31 February, so 28 February — a Sunday — then Monday 1 March.
    expect(asked.body).toMatchObject({ kind: 'rectification', details: 'My date of birth is wrong.', receivedOn: '2027-01-31', answerBy: '2027-03-01', status: 'received', decision: null, answer: null });
    const [event] = await auditEventsFor(t, asked);
    expect(event).toMatchObject({ action: 'data_request.created', entity_type: 'data_request', entity_id: asked.body.id, subject_id: t.woman.her, detail: { kind: 'rectification', channel: 'portal' } });
    expect(JSON.stringify(event.detail)).not.toContain('birth');

    const told: { recipient_id: string; text: string; link: string }[] = await t.owner.query(`SELECT recipient_id, text, link FROM notification WHERE kind = 'data_request.received' AND link = $1 ORDER BY recipient_id`, [
      `/data-protection/requests/${asked.body.id}`,
    ]);
    expect(told.map((n) => n.recipient_id).sort()).toEqual([t.manager.user.id, t.secondManager.id].sort());
    expect(told[0].text).toBe('A new data protection request has arrived.');

    const hers = await t.woman.she.get('/api/my/data-requests');
    expect(hers.status).toBe(200);
    expect(hers.body.map((r: { id: string }) => r.id)).toEqual([asked.body.id]);
    expect((await t.other.she.get('/api/my/data-requests')).body).toEqual([]);

    const seen = await t.manager.get(`/api/data-requests/${asked.body.id}`);
    expect(seen.body).toMatchObject({ serviceUserId: t.woman.her, channel: 'portal', dueOn: '2027-03-01', clock: { dueOn: '2027-03-01', daysLeft: 29 }, recordedBy: null, version: 1 });
    expect((await auditEventsFor(t, seen))[0]).toMatchObject({ action: 'data_request.read', subject_id: t.woman.her });
    // She cannot make a request for someone else, nor decide her own.
    expect((await t.woman.she.post('/api/my/data-requests').send({ kind: 'access', details: 'x', serviceUserId: t.other.her })).status).toBe(400);
    expect((await t.woman.she.post(`/api/data-requests/${asked.body.id}/decision`).send({ version: 1, decision: 'granted', reason: 'x', exemptions: [] })).status).toBe(403);
  });

  it('should refuse bad input from her, naming the field, with nothing stored', async () => {
    const before = await countRows(t, 'data_request');
    await expectRefusedNaming(
      [
        [{ kind: 'forget_me', details: 'Please' }, 'kind'],
        [{ kind: 'erasure' }, 'details'],
        [{ kind: 'erasure', details: '   ' }, 'details'],
        [{ kind: 'erasure', details: 'x'.repeat(4001) }, 'details'],
      ],
      (body) => t.woman.she.post('/api/my/data-requests').send(body),
    );
    expect(await countRows(t, 'data_request')).toBe(before);
  });

  it('should record a request made by letter, extend it once, and refuse a decision without its reason', async () => {
    const body = { serviceUserId: t.letterWriter, kind: 'access', channel: 'letter', details: 'A letter asking for a copy of her records', receivedOn: '2027-01-20' };
    const recorded = await t.manager.post('/api/data-requests').send(body);
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ serviceUserName: 'Nadia Letter', channel: 'letter', receivedOn: '2027-01-20', dueOn: '2027-02-22', status: 'received', recordedBy: expect.any(String) });
    const id = recorded.body.id;

    const before = await countRows(t, 'data_request');
    await expectRefusedNaming(
      [
        [{ ...body, receivedOn: '2027-02-01' }, 'receivedOn'],
        [{ ...body, receivedOn: '2027-02-30' }, 'receivedOn'],
        [{ ...body, channel: 'portal' }, 'channel'],
        [{ ...body, serviceUserId: 'nobody' }, 'serviceUserId'],
      ],
      (b) => t.manager.post('/api/data-requests').send(b),
    );
    expect((await t.manager.post('/api/data-requests').send({ ...body, serviceUserId: t.elsewhereWoman })).status).toBe(404);
    expect(await countRows(t, 'data_request')).toBe(before);

    await expectRefusedNaming(
      [
        [{ version: 1, months: 3, reason: 'Complex' }, 'months'],
        [{ version: 1, months: 2 }, 'reason'],
        [{ version: 1, months: 2, reason: ' ' }, 'reason'],
      ],
      (b) => t.manager.post(`/api/data-requests/${id}/extend`).send(b),
    );
    const extended = await t.manager.post(`/api/data-requests/${id}/extend`).send({ version: 1, months: 2, reason: 'Records held in three places' });
    expect(extended.status).toBe(200);
    // Two further months counted from receipt: 20 April 2027.
    expect(extended.body).toMatchObject({ status: 'extended', dueOn: '2027-02-22', extendedTo: '2027-04-20', extensionReason: 'Records held in three places', clock: { dueOn: '2027-04-20' }, version: 2 });
    expect((await auditEventsFor(t, extended))[0]).toMatchObject({ action: 'data_request.extended', detail: { months: 2, extendedTo: '2027-04-20' } });
    const again = await t.manager.post(`/api/data-requests/${id}/extend`).send({ version: 2, months: 1, reason: 'More' });
    expect([again.status, again.body.message]).toEqual([409, expect.stringContaining('already extended')]);
    expect((await t.manager.post(`/api/data-requests/${id}/extend`).send({ version: 1, months: 1, reason: 'Stale' })).status).toBe(409);

    await expectRefusedNaming(
      [
        [{ version: 2, decision: 'granted', exemptions: [] }, 'reason'],
        [{ version: 2, decision: 'granted', reason: '  ', exemptions: [] }, 'reason'],
        [{ version: 2, decision: 'maybe', reason: 'x', exemptions: [] }, 'decision'],
        [{ version: 2, decision: 'refused', reason: 'x', exemptions: ['because'] }, 'exemptions'],
      ],
      (b) => t.manager.post(`/api/data-requests/${id}/decision`).send(b),
    );
    expect((await t.manager.get(`/api/data-requests/${id}`)).body).toMatchObject({ decision: null, version: 2 });
  });

  it('should answer only after a decision, and then change no more', async () => {
    const { body: made } = await t.woman.she.post('/api/my/data-requests').send({ kind: 'erasure', details: 'Please delete my records' });
    const url = `/api/data-requests/${made.id}`;
    const early = await t.manager.post(`${url}/answer`).send({ version: 1, answeredOn: '2027-01-31', answer: 'Done' });
    expect([early.status, early.body.message]).toEqual([409, expect.stringContaining('decision')]);

    const decided = await t.manager
      .post(`${url}/decision`)
      .send({ version: 1, decision: 'partly_granted', reason: 'Your plan and notes will be erased; a safeguarding record is kept.', exemptions: ['safeguarding_record_kept', 'safeguarding_record_kept'] });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: 'decided', decision: 'partly_granted', exemptions: ['safeguarding_record_kept'], decidedBy: expect.any(String), version: 2 });
    expect((await auditEventsFor(t, decided))[0]).toMatchObject({ action: 'data_request.decided', detail: { decision: 'partly_granted', exemptions: ['safeguarding_record_kept'] } });
    // Before she is answered, she sees no decision yet.
    expect((await t.woman.she.get('/api/my/data-requests')).body[0]).toMatchObject({ id: made.id, status: 'decided', decision: null, answer: null });

    setNow(new Date('2027-02-10T09:00:00Z'));
    await expectRefusedNaming(
      [
        [{ version: 2, answeredOn: '2027-02-11', answer: 'Done' }, 'answeredOn'],
        [{ version: 2, answeredOn: '2027-01-30', answer: 'Done' }, 'answeredOn'],
        [{ version: 2, answeredOn: '2027-02-10' }, 'answer'],
      ],
      (b) => t.manager.post(`${url}/answer`).send(b),
    );
    const answered = await t.manager.post(`${url}/answer`).send({ version: 2, answeredOn: '2027-02-09', answer: 'We have erased your plan and notes.' });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ status: 'answered', answeredOn: '2027-02-09', clock: null, version: 3 });
    expect((await auditEventsFor(t, answered))[0]).toMatchObject({ action: 'data_request.answered', detail: { withinTime: true } });
    expect((await t.woman.she.get('/api/my/data-requests')).body[0]).toMatchObject({
      status: 'answered',
      decision: 'partly_granted',
      answer: 'Your plan and notes will be erased; a safeguarding record is kept.\n\nWe have erased your plan and notes.',
      answeredOn: '2027-02-09',
    });

    for (const [path, body] of [
      ['decision', { version: 3, decision: 'refused', reason: 'Changed our mind', exemptions: [] }],
      ['extend', { version: 3, months: 1, reason: 'Late' }],
      ['answer', { version: 3, answeredOn: '2027-02-10', answer: 'Again' }],
    ] as const) {
      const res = await t.manager.post(`${url}/${path}`).send(body);
      expect([path, res.status, res.body.message]).toEqual([path, 409, expect.stringContaining('answered')]);
    }
  });

  it('should list open requests with the clock soonest first, and all with ?status=all', async () => {
    setNow(new Date('2027-01-31T10:00:00Z'));
    const open = await t.manager.get('/api/data-requests');
    expect(open.status).toBe(200);
    expect(open.body.every((r: { status: string }) => r.status !== 'answered')).toBe(true);
    const dues = open.body.map((r: { clock: { dueOn: string } }) => r.clock.dueOn);
    expect(dues).toEqual([...dues].sort());
    const all = await t.manager.get('/api/data-requests?status=all');
    expect(all.body.length).toBe(open.body.length + 1);
    expect(all.body.at(-1)).toMatchObject({ status: 'answered', clock: null });
    expect((await auditEventsFor(t, all))[0]).toMatchObject({ action: 'data_request.list', detail: { count: all.body.length } });
    expect((await t.manager.get('/api/data-requests?status=closed')).status).toBe(400);
  });

  it('should refuse an extension once the first month has passed', async () => {
    const { body: made } = await t.manager.post('/api/data-requests').send({ serviceUserId: t.letterWriter, kind: 'objection', channel: 'phone', details: 'Objects to a use', receivedOn: '2027-01-04' });
    setNow(new Date('2027-02-05T09:00:00Z'));
    const late = await t.manager.post(`/api/data-requests/${made.id}/extend`).send({ version: 1, months: 1, reason: 'Complex' });
    expect([late.status, late.body.message]).toEqual([409, expect.stringContaining('first month ended on 2027-02-04')]);
  });

  it('should keep requests to managers of her organisation: 404 elsewhere with nothing changed, 403 for other roles', async () => {
    const { body: made } = await t.woman.she.post('/api/my/data-requests').send({ kind: 'access', details: 'A copy please' });
    const url = `/api/data-requests/${made.id}`;
    expect((await t.otherOrgManager.get(url)).status).toBe(404);
    expect((await t.otherOrgManager.post(`${url}/decision`).send({ version: 1, decision: 'refused', reason: 'No', exemptions: [] })).status).toBe(404);
    expect((await t.otherOrgManager.get('/api/data-requests')).body.some((r: { id: string }) => r.id === made.id)).toBe(false);
    expect((await t.manager.get(url)).body).toMatchObject({ status: 'received', decision: null, version: 1 });
    for (const client of [t.advocate, t.admin, t.panel]) {
      expect((await client.get(url)).status).toBe(403);
      expect((await client.get('/api/data-requests')).status).toBe(403);
      expect((await client.post('/api/data-requests').send({})).status).toBe(403);
    }
    expect((await t.advocate.post('/api/my/data-requests').send({ kind: 'access', details: 'x' })).status).toBe(403);
    const operator = await sessionFor(t, await createNetworkOperator(t));
    expect((await operator.get(url)).status).toBe(403);
    expect((await operator.get('/api/data-requests')).status).toBe(403);
  });

  it('should hold her to her own in the database too: she reads hers, adds only her own from the portal, changes none, and never sees the breach register', async () => {
    const { body: hers } = await t.woman.she.post('/api/my/data-requests').send({ kind: 'restriction', details: 'Pause using my information' });
    const { body: theirs } = await t.other.she.post('/api/my/data-requests').send({ kind: 'access', details: 'Theirs' });
    await t.manager.post('/api/breaches').send({ summary: 'A breach', foundAt: '2027-01-31T09:00:00Z', recordsAffected: 'Some', peopleAffected: 1 });
    const uow = t.app.get(UnitOfWork);
    const asHer = { organisationId: t.org, userId: t.woman.herAccount.id, role: 'service_user' as const, sessionId: 'test', displayName: 'Her' };
    const ids = (await uow.runAs(asHer, (em) => em.query(`SELECT id FROM data_request`))) as { id: string }[];
    expect(ids.map((r) => r.id)).toContain(hers.id);
    expect(ids.map((r) => r.id)).not.toContain(theirs.id);
    expect(await uow.runAs(asHer, (em) => em.query(`SELECT id FROM breach`))).toEqual([]);
    const insert = (channel: string, serviceUserId: string) =>
      uow.runAs(asHer, (em) =>
        em.query(`INSERT INTO data_request (organisation_id, service_user_id, kind, channel, details, received_on, due_on, created_by, updated_by) VALUES ($1, $2, 'access', $3, 'x', '2027-01-31', '2027-03-01', $4, $4)`, [
          t.org,
          serviceUserId,
          channel,
          asHer.userId,
        ]),
      );
    await expect(insert('letter', t.woman.her)).rejects.toThrow(/row-level security/);
    await expect(insert('portal', t.other.her)).rejects.toThrow(/row-level security/);
    await uow.runAs(asHer, (em) => em.query(`UPDATE data_request SET details = 'changed' WHERE id = $1`, [hers.id]));
    const [row]: { details: string }[] = await t.owner.query(`SELECT details FROM data_request WHERE id = $1`, [hers.id]);
    expect(row.details).toBe('Pause using my information');
  });
});
