import { randomUUID } from 'node:crypto';
import { useTestApp } from '../../../testing/test-app';
import { auditEventsFor, countRows, createOrganisation, createUser, sessionFor, type SignedIn } from '../../../testing/fixtures';
import { answeredAndClosed, approvedFinding, openedConsultation, womanIn } from '../../../testing/voice';

describe('campaigns that follow the findings (issue 18)', () => {
  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t, 'Campaigning organisation');
    const manager = await sessionFor(t, await createUser(t, org, 'manager'));
    const panel = [await sessionFor(t, await createUser(t, org, 'panel_member')), await sessionFor(t, await createUser(t, org, 'panel_member'))];
    const advocate = await sessionFor(t, await createUser(t, org, 'advocate'));
    const otherOrg = await createOrganisation(t, 'Elsewhere');
    const otherManager = await sessionFor(t, await createUser(t, otherOrg, 'manager'));
    const women: SignedIn[] = [];
    for (let i = 0; i < 6; i++) women.push(await womanIn(t, org));
    const closed = await answeredAndClosed(manager, await openedConsultation(manager), women, 6);
    const evidence = [{ consultationId: closed.id, questionId: closed.questions[1].id, note: 'Housing first' }];
    const finding = await approvedFinding(manager, panel, { title: 'Housing comes first', evidence });
    const proposed = (await manager.post('/api/findings').send({ title: 'Not decided', summary: 'Still with the panel.', evidence }).expect(201)).body;
    return { manager, panel, advocate, otherManager, finding, proposed, campaign: { id: '', version: 0 } };
  });

  const body = (over: object = {}) => ({ title: 'Safe housing after discharge', summary: 'No woman discharged to a hostel.', findingIds: [t.finding.id], ...over });

  it('a manager starts a campaign following an approved finding; the panel keeps it up to date', async () => {
    const res = await t.manager.post('/api/campaigns').send(body()).expect(201);
    expect(res.body).toMatchObject({
      title: 'Safe housing after discharge',
      status: 'active',
      findingIds: [t.finding.id],
      findings: [{ id: t.finding.id, title: 'Housing comes first' }],
      asks: [],
      targets: [],
      actions: [],
      outcomes: [],
      version: 1,
    });
    expect((await auditEventsFor(t, res)).map((e) => [e.action, e.entity_id])).toContainEqual(['campaign.created', res.body.id]);
    const id = res.body.id;
    let version = res.body.version;
    const add = async (who: SignedIn, kind: string, item: object) => {
      const added = await who.post(`/api/campaigns/${id}/${kind}`).send({ ...item, version }).expect(200);
      expect(added.body.version).toBe(version + 1);
      expect((await auditEventsFor(t, added)).map((e) => [e.action, e.detail['kind']])).toContainEqual(['campaign.item_added', kind]);
      version = added.body.version;
      return added.body;
    };
    await add(t.panel[0], 'asks', { words: '  A housing officer on every discharge ward  ' });
    await add(t.manager, 'targets', { name: 'North Integrated Care Board', description: 'Commissions discharge support' });
    await add(t.panel[1], 'actions', { what: 'Write to the board', owner: 'Panel chair', dueOn: '2027-01-15' });
    const withOutcome = await add(t.manager, 'outcomes', { what: 'The board agreed a pilot', achievedOn: '2027-03-01', evidence: 'Minutes of 1 March 2027' });
    expect(withOutcome).toMatchObject({
      asks: [{ id: expect.any(String), words: 'A housing officer on every discharge ward' }],
      targets: [{ name: 'North Integrated Care Board', description: 'Commissions discharge support' }],
      actions: [{ what: 'Write to the board', owner: 'Panel chair', dueOn: '2027-01-15', status: 'planned', doneOn: null }],
      outcomes: [{ what: 'The board agreed a pilot', achievedOn: '2027-03-01', evidence: 'Minutes of 1 March 2027' }],
    });
    const actionId = withOutcome.actions[0].id;
    const done = await t.panel[0].patch(`/api/campaigns/${id}/actions/${actionId}`).send({ status: 'done', doneOn: '2027-01-10', version }).expect(200);
    expect(done.body.actions[0]).toMatchObject({ status: 'done', doneOn: '2027-01-10', what: 'Write to the board' });
    expect((await auditEventsFor(t, done)).map((e) => [e.action, e.detail['fields']])).toContainEqual(['campaign.item_changed', ['status', 'doneOn']]);
    version = done.body.version;
    const removed = await t.manager.delete(`/api/campaigns/${id}/targets/${withOutcome.targets[0].id}`).send({ version }).expect(200);
    expect(removed.body.targets).toEqual([]);
    version = removed.body.version;
    const renamed = await t.panel[1].patch(`/api/campaigns/${id}`).send({ title: 'Safe housing', status: 'achieved', version }).expect(200);
    expect(renamed.body).toMatchObject({ title: 'Safe housing', status: 'achieved', version: version + 1 });
    Object.assign(t.campaign, { id, version: renamed.body.version });
    expect((await t.panel[0].get('/api/campaigns').expect(200)).body.map((c: { id: string }) => c.id)).toContain(id);
  });

  it('refuses bad input with a 4xx naming it, and stores nothing', async () => {
    const before = await countRows(t, 'campaign');
    for (const [over, words] of [
      [{ findingIds: [] }, 'at least one approved finding'],
      [{ findingIds: [t.proposed.id] }, 'is not an approved finding'],
      [{ findingIds: [randomUUID()] }, 'is not an approved finding'],
      [{ title: '' }, 'title'],
      [{ status: 'won' }, 'status must be one of'],
    ] as [object, string][]) {
      const res = await t.manager.post('/api/campaigns').send(body(over));
      expect([res.status, JSON.stringify(res.body.message)]).toEqual([400, expect.stringContaining(words)]);
    }
    expect(await countRows(t, 'campaign')).toBe(before);
    const { id, version } = t.campaign;
    const actionsBefore = await countRows(t, 'campaign_action');
    for (const [item, words] of [
      [{ what: 'Meet', owner: 'Chair', status: 'done' }, 'doneOn: give the date'],
      [{ what: 'Meet', owner: 'Chair', doneOn: '2027-01-01' }, 'only a done action'],
      [{ what: 'Meet', owner: 'Chair', dueOn: '15/01/2027' }, 'dueOn'],
      [{ what: 'Meet' }, 'owner'],
    ] as [object, string][]) {
      const res = await t.manager.post(`/api/campaigns/${id}/actions`).send({ ...item, version });
      expect([res.status, JSON.stringify(res.body.message)]).toEqual([400, expect.stringContaining(words)]);
    }
    expect(await countRows(t, 'campaign_action')).toBe(actionsBefore);
    // The version did not move: nothing was stored.
    expect((await t.manager.get(`/api/campaigns/${id}`).expect(200)).body.version).toBe(version);
  });

  it('answers 409 to a stale version and 404 out of reach; only managers and the panel keep campaigns', async () => {
    const { id, version } = t.campaign;
    const stale = await t.panel[0].post(`/api/campaigns/${id}/asks`).send({ words: 'Late', version: version - 1 });
    expect([stale.status, stale.body.current?.version]).toEqual([409, version]);
    await t.manager.patch(`/api/campaigns/${id}`).send({ title: 'Stale', version: version - 1 }).expect(409);
    await t.manager.patch(`/api/campaigns/${id}/asks/${randomUUID()}`).send({ words: 'Nothing', version }).expect(404);
    await t.otherManager.get(`/api/campaigns/${id}`).expect(404);
    await t.otherManager.patch(`/api/campaigns/${id}`).send({ title: 'Theirs', version }).expect(404);
    await t.advocate.get('/api/campaigns').expect(403);
    await t.manager.delete(`/api/campaigns/${id}`).send({ version: version - 1 }).expect(409);
    const removed = await t.manager.delete(`/api/campaigns/${id}`).send({ version }).expect(200);
    expect((await auditEventsFor(t, removed)).map((e) => e.action)).toContain('campaign.removed');
    await t.manager.get(`/api/campaigns/${id}`).expect(404);
    // Its finding stays.
    await t.manager.get(`/api/findings/${t.finding.id}`).expect(200);
  });
});
