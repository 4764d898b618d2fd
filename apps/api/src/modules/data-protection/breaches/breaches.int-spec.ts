import { Clock } from '../../../common/clock';
import { auditEventsFor, countRows, createNetworkOperator, createOrganisation, createUser, expectRefusedNaming, newSession, sessionFor } from '../../../testing/fixtures';
import { womanWithAccount } from '../../../testing/journey-team';
import { useTestApp } from '../../../testing/test-app';

const FOUND = '2027-03-01T09:00:00Z';
const hoursAfter = (hours: number) => new Date(Date.parse(FOUND) + hours * 3_600_000);
const breach = { summary: 'A referral letter was emailed to the wrong GP practice', occurredAt: '2027-02-28T16:00:00Z', foundAt: FOUND, recordsAffected: 'One referral letter', peopleAffected: 1 };

describe('the breach register: the 72-hour clock, the decisions with their reasons, the actions and closing', () => {
  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t);
    const manager = await newSession(t, org, 'manager');
    const colleague = await createUser(t, org, 'manager');
    const advocate = await newSession(t, org, 'advocate');
    const admin = await newSession(t, org, 'admin');
    const panel = await newSession(t, org, 'panel_member');
    const woman = await womanWithAccount(t, org);
    const otherOrgManager = await newSession(t, await createOrganisation(t, 'Elsewhere'), 'manager');
    const operator = await sessionFor(t, await createNetworkOperator(t));
    return { org, manager, colleague, advocate, admin, panel, woman, otherOrgManager, operator };
  });
  let setNow: (d: Date) => void;
  beforeEach(() => {
    const spy = jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(hoursAfter(0));
    setNow = (d) => spy.mockReturnValue(d);
  });
  afterEach(() => jest.restoreAllMocks());

  it('should record a breach with its reference and its clock, tell the other managers, and count the hours down', async () => {
    const recorded = await t.manager.post('/api/breaches').send(breach);
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({
      reference: 'B-2027-0001',
      foundAt: '2027-03-01T09:00:00.000Z',
      occurredAt: '2027-02-28T16:00:00.000Z',
      icoClock: { deadlineAt: '2027-03-04T09:00:00.000Z', hoursLeft: 72 },
      risk: null,
      icoDecision: null,
      womenDecision: null,
      actions: [],
      closedAt: null,
      version: 1,
    });
    const [event] = await auditEventsFor(t, recorded);
    expect(event).toMatchObject({ action: 'breach.recorded', entity_type: 'breach', entity_id: recorded.body.id, subject_id: null, detail: { reference: 'B-2027-0001' } });
    expect(JSON.stringify(event.detail)).not.toContain('GP');
    const told: { recipient_id: string; text: string }[] = await t.owner.query(`SELECT recipient_id, text FROM notification WHERE kind = 'breach.recorded' AND link = $1`, [
      `/data-protection/breaches/${recorded.body.id}`,
    ]);
    expect(told).toEqual([{ recipient_id: t.colleague.id, text: 'A data breach was recorded: the 72 hours to decide whether to tell the Information Commissioner have started.' }]);

    const url = `/api/breaches/${recorded.body.id}`;
    setNow(hoursAfter(71));
    expect((await t.manager.get(url)).body.icoClock).toEqual({ deadlineAt: '2027-03-04T09:00:00.000Z', hoursLeft: 1 });
    setNow(hoursAfter(73.5));
    const late = await t.manager.get(url);
    expect(late.body.icoClock.hoursLeft).toBe(-2);
    expect((await auditEventsFor(t, late))[0]).toMatchObject({ action: 'breach.read', entity_id: recorded.body.id });

    const second = await t.manager.post('/api/breaches').send({ ...breach, occurredAt: null, peopleAffected: 0 });
    expect(second.body.reference).toBe('B-2027-0002');
    expect((await t.otherOrgManager.post('/api/breaches').send(breach)).body.reference).toBe('B-2027-0001');
  });

  it('should refuse bad input naming the field, with nothing stored', async () => {
    const before = await countRows(t, 'breach');
    await expectRefusedNaming(
      [
        [{ ...breach, summary: '' }, 'summary'],
        [{ ...breach, summary: '   ' }, 'summary'],
        [{ ...breach, foundAt: '2027-03-01T10:00:00Z' }, 'foundAt'],
        [{ ...breach, foundAt: 'yesterday' }, 'foundAt'],
        [{ ...breach, occurredAt: '2027-03-01T09:30:00Z', foundAt: '2027-03-01T08:00:00Z' }, 'occurredAt'],
        [{ ...breach, peopleAffected: -1 }, 'peopleAffected'],
        [{ ...breach, peopleAffected: 2.5 }, 'peopleAffected'],
        [{ ...breach, recordsAffected: undefined }, 'recordsAffected'],
      ],
      (b) => t.manager.post('/api/breaches').send(b),
    );
    expect(await countRows(t, 'breach')).toBe(before);
  });

  it('should assess the risk with its reasoning, record both decisions by their rules, and close only after both', async () => {
    const { body: made } = await t.manager.post('/api/breaches').send(breach);
    const url = `/api/breaches/${made.id}`;
    await expectRefusedNaming(
      [
        [{ version: 1, risk: 'high_risk' }, 'riskReasoning'],
        [{ version: 1, risk: 'catastrophic', riskReasoning: 'x' }, 'risk'],
        [{ version: 1, riskReasoning: 'No risk yet' }, 'risk'],
        [{ version: 1, occurredAt: '2027-03-02T00:00:00Z' }, 'occurredAt'],
      ],
      (b) => t.manager.patch(url).send(b),
    );
    const assessed = await t.manager.patch(url).send({ version: 1, risk: 'high_risk', riskReasoning: 'Mental health details of a woman at risk of abuse', peopleAffected: 2 });
    expect(assessed.status).toBe(200);
    expect(assessed.body).toMatchObject({ risk: 'high_risk', riskReasoning: expect.stringContaining('Mental health'), peopleAffected: 2, version: 2 });
    expect((await auditEventsFor(t, assessed))[0]).toMatchObject({ action: 'breach.updated', detail: { fields: ['peopleAffected', 'risk', 'riskReasoning'], risk: 'high_risk' } });
    expect((await t.manager.patch(url).send({ version: 1, summary: 'Stale' })).status).toBe(409);

    const early = await t.manager.post(`${url}/close`).send({ version: 2 });
    expect(early.status).toBe(409);
    expect(early.body.message).toContain('the decision whether to tell the Information Commissioner and the decision whether to tell the women affected');

    setNow(hoursAfter(30));
    await expectRefusedNaming(
      [
        [{ version: 2, tell: true }, 'reason'],
        [{ version: 2, tell: true, reason: ' ' }, 'reason'],
        [{ version: 2, reason: 'x' }, 'tell'],
        [{ version: 2, tell: true, reason: 'x', toldAt: hoursAfter(31).toISOString() }, 'toldAt'],
        [{ version: 2, tell: true, reason: 'x', toldAt: hoursAfter(-1).toISOString() }, 'toldAt'],
        [{ version: 2, tell: false, reason: 'x', toldAt: hoursAfter(20).toISOString() }, 'toldAt'],
      ],
      (b) => t.manager.post(`${url}/ico-decision`).send(b),
    );
    const ico = await t.manager.post(`${url}/ico-decision`).send({ version: 2, tell: true, reason: 'A risk to her rights and freedoms' });
    expect(ico.status).toBe(200);
    expect(ico.body).toMatchObject({ icoDecision: { tell: true, reason: 'A risk to her rights and freedoms', decidedBy: expect.any(String) }, icoToldAt: null, icoClock: { hoursLeft: 42 }, version: 3 });
    expect((await auditEventsFor(t, ico))[0]).toMatchObject({ action: 'breach.ico_decided', detail: { tell: true, added: ['decision'] } });
    const changed = await t.manager.post(`${url}/ico-decision`).send({ version: 3, tell: false, reason: 'On reflection' });
    expect([changed.status, changed.body.message]).toEqual([409, expect.stringContaining('it stands')]);
    const nothingNew = await t.manager.post(`${url}/ico-decision`).send({ version: 3, tell: true, reason: 'Again' });
    expect([nothingNew.status, nothingNew.body.message]).toEqual([409, expect.stringContaining('only to add')]);
    const toldIco = await t.manager.post(`${url}/ico-decision`).send({ version: 3, tell: true, reason: 'Told', toldAt: hoursAfter(29).toISOString(), reference: 'IC-123456' });
    expect(toldIco.body).toMatchObject({ icoToldAt: hoursAfter(29).toISOString(), icoReference: 'IC-123456', icoClock: null, icoDecision: { reason: 'A risk to her rights and freedoms' }, version: 4 });

    const women = await t.manager.post(`${url}/women-decision`).send({ version: 4, tell: false, reason: 'Telling her by post could alert the person she fears; her advocate will tell her in person' });
    expect(women.body).toMatchObject({ womenDecision: { tell: false }, womenToldAt: null, version: 5 });
    expect((await t.manager.post(`${url}/women-decision`).send({ version: 5, tell: false, reason: 'x', reference: 'IC-1' })).status).toBe(400);

    const action = await t.manager.post(`${url}/actions`).send({ version: 5, what: 'Asked the practice to delete the email; they confirmed' });
    expect(action.body.actions).toEqual([{ at: hoursAfter(30).toISOString(), by: expect.any(String), what: 'Asked the practice to delete the email; they confirmed' }]);
    expect((await t.manager.post(`${url}/actions`).send({ version: 6, what: ' ' })).status).toBe(400);

    const closed = await t.manager.post(`${url}/close`).send({ version: 6 });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ closedAt: hoursAfter(30).toISOString(), icoClock: null, version: 7 });
    expect((await auditEventsFor(t, closed))[0]).toMatchObject({ action: 'breach.closed', detail: { reference: made.reference } });
    for (const [path, body] of [
      ['', { version: 7, summary: 'After' }],
      ['/actions', { version: 7, what: 'After' }],
      ['/close', { version: 7 }],
    ] as const) {
      const res = path ? await t.manager.post(`${url}${path}`).send(body) : await t.manager.patch(url).send(body);
      expect([path, res.status]).toEqual([path, 409]);
    }
  });

  it('should stop the clock when the decision is not to tell the Commissioner, and list open breaches first', async () => {
    const { body: made } = await t.manager.post('/api/breaches').send({ ...breach, summary: 'An unlocked screen, seen by nobody' });
    const decided = await t.manager.post(`/api/breaches/${made.id}/ico-decision`).send({ version: 1, tell: false, reason: 'Unlikely to result in a risk: nobody saw it' });
    expect(decided.body.icoClock).toBeNull();
    const list = await t.manager.get('/api/breaches');
    expect(list.status).toBe(200);
    const closedAt = list.body.map((b: { closedAt: string | null }) => b.closedAt !== null);
    expect(closedAt).toEqual([...closedAt].sort());
    expect(closedAt).toContain(true);
    expect((await auditEventsFor(t, list))[0]).toMatchObject({ action: 'breach.list', detail: { count: list.body.length } });
  });

  it('should keep the register to her organisation\'s managers: 404 elsewhere with nothing changed, 403 for everyone else', async () => {
    const { body: made } = await t.manager.post('/api/breaches').send(breach);
    const url = `/api/breaches/${made.id}`;
    expect((await t.otherOrgManager.get(url)).status).toBe(404);
    expect((await t.otherOrgManager.patch(url).send({ version: 1, summary: 'Theirs now' })).status).toBe(404);
    expect((await t.otherOrgManager.post(`${url}/ico-decision`).send({ version: 1, tell: false, reason: 'x' })).status).toBe(404);
    expect((await t.otherOrgManager.get('/api/breaches')).body.some((b: { id: string }) => b.id === made.id)).toBe(false);
    expect((await t.manager.get(url)).body).toMatchObject({ summary: breach.summary, icoDecision: null, version: 1 });
    for (const client of [t.advocate, t.admin, t.panel, t.operator, t.woman.she]) {
      expect((await client.get(url)).status).toBe(403);
      expect((await client.get('/api/breaches')).status).toBe(403);
      expect((await client.post('/api/breaches').send(breach)).status).toBe(403);
    }
  });
});
