import { randomUUID } from 'node:crypto';
import type { YouSaidWeDidView } from '@beside/shared/contracts';
import { useTestApp } from '../../../testing/test-app';
import { createNetworkOperator, createOrganisation, createUser, sessionFor, type SignedIn } from '../../../testing/fixtures';
import { answeredAndClosed, approvedFinding, openedConsultation, quoteOf, womanIn } from '../../../testing/voice';

describe('"You said, we did" (issue 18): what women said and what was done, with no one identified', () => {
  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t, 'Harbour Advocacy');
    const managerAccount = await createUser(t, org, 'manager', { name: 'Maya Patel' });
    const manager = await sessionFor(t, managerAccount);
    const panelAccounts = [await createUser(t, org, 'panel_member', { name: 'Amara Okafor' }), await createUser(t, org, 'panel_member', { name: 'Bea Lewis' })];
    const panel = await Promise.all(panelAccounts.map((a) => sessionFor(t, a)));
    const women: SignedIn[] = [];
    for (let i = 0; i < 12; i++) women.push(await womanIn(t, org));
    const closed = await answeredAndClosed(manager, await openedConsultation(manager, { title: 'Being heard' }), women, 8);
    await quoteOf(t, closed, 'Waiting months for a care coordinator was the hardest part', 'published');
    await quoteOf(t, closed, 'My coordinator at the Elm Street clinic never called', 'proposed');
    await quoteOf(t, closed, 'Dr Jones on ward 4 shouted at me', 'rejected');
    const few = await answeredAndClosed(manager, await openedConsultation(manager, { title: 'Too few answered' }), women.slice(0, 3), 3);
    const open = await openedConsultation(manager, { title: 'Still open' });
    for (const woman of women.slice(0, 6)) await woman.post(`/api/my/consultations/${open.id}/answers`).send({ answers: [{ questionId: open.questions[0].id, chosen: ['yes'] }, { questionId: open.questions[1].id, chosen: ['police'] }] }).expect(200);
    await openedConsultation(manager, { title: 'A draft' }, true);
    const evidence = [{ consultationId: closed.id, questionId: closed.questions[1].id, note: 'Most said housing' }];
    const approved = await approvedFinding(panel[0], panel, { title: 'Housing comes first', evidence });
    await manager.post('/api/findings').send({ title: 'Still proposed', summary: 'Not decided yet.', evidence }).expect(201);
    const campaign = (await manager.post('/api/campaigns').send({ title: 'Safe housing', summary: 'After discharge.', findingIds: [approved.id] }).expect(201)).body;
    let version = campaign.version;
    const add = async (kind: string, item: object) => (version = (await manager.post(`/api/campaigns/${campaign.id}/${kind}`).send({ ...item, version }).expect(200)).body.version);
    await add('asks', { words: 'A housing officer on every discharge ward' });
    await add('actions', { what: 'Wrote to the council', owner: 'Maya Patel', status: 'done', doneOn: '2026-11-02' });
    await add('actions', { what: 'Meet the housing lead', owner: 'Bea Lewis', dueOn: '2027-01-20' });
    await add('outcomes', { what: 'The council agreed a pilot', achievedOn: '2026-11-30', evidence: 'Cabinet minutes, 30 November 2026' });
    const advocate = await sessionFor(t, await createUser(t, org, 'advocate'));
    const names = ['Maya Patel', 'Amara Okafor', 'Bea Lewis', ...panelAccounts.map((a) => a.email), managerAccount.email];
    return { org, manager, panel, women, closed, few, open, approved, campaign, advocate, names };
  }, { TRUST_PROXY: '1' });

  const check = (page: YouSaidWeDidView) => {
    expect(page.organisationName).toBe('Harbour Advocacy');
    // Only the closed consultation that five or more answered; no open one, no draft.
    expect(page.consultations.map((c) => c.title)).toEqual(['Being heard']);
    const [c] = page.consultations;
    expect(c).toMatchObject({ id: t.closed.id, responses: 12, closedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    // Counts of five or more only: never "<5", a hidden count or a zero.
    expect(c.said).toEqual([
      { question: 'Did your advocate listen to you?', highlights: [{ words: 'Yes', count: 12 }] },
      { question: 'What should we campaign on?', highlights: [{ words: 'Housing', count: 8 }] },
    ]);
    // Published quotes only; free text never.
    expect(c.quotes).toEqual(['Waiting months for a care coordinator was the hardest part']);
    expect(c.findings).toEqual([
      {
        id: t.approved.id,
        title: 'Housing comes first',
        summary: 'What women told us, in plain words.',
        priority: null,
        campaigns: [
          {
            id: t.campaign.id,
            title: 'Safe housing',
            status: 'active',
            asks: ['A housing officer on every discharge ward'],
            done: [{ what: 'Wrote to the council', on: '2026-11-02' }],
            outcomes: [{ what: 'The council agreed a pilot', on: '2026-11-30', evidence: 'Cabinet minutes, 30 November 2026' }],
          },
        ],
      },
    ]);
    const text = JSON.stringify(page);
    for (const name of t.names) expect(text).not.toContain(name);
    expect(text).not.toMatch(/<5|suppressed|Elm Street|Dr Jones|Waiting \d months/);
  };

  it('shows her, in her portal, her organisation\'s page', async () => {
    check((await t.women[0].get('/api/my/you-said-we-did').expect(200)).body);
    await t.advocate.get('/api/my/you-said-we-did').expect(403);
  });

  it('shows anyone the same page without signing in; an unknown, suspended or network organisation has none', async () => {
    check((await t.http().get(`/api/public/you-said-we-did/${t.org}`).expect(200)).body);
    await t.http().get(`/api/public/you-said-we-did/${randomUUID()}`).expect(404);
    await t.http().get('/api/public/you-said-we-did/not-an-id').expect(400);
    const operator = await createNetworkOperator(t);
    await t.http().get(`/api/public/you-said-we-did/${operator.organisationId}`).expect(404);
    const suspended = await createOrganisation(t, 'Suspended');
    await t.http().get(`/api/public/you-said-we-did/${suspended}`).expect(200);
    await t.owner.query(`UPDATE organisation SET status = 'suspended', suspended_at = now(), suspension_reason = 'Test' WHERE id = $1`, [suspended]);
    await t.http().get(`/api/public/you-said-we-did/${suspended}`).expect(404);
  });

  it('is rate-limited per address like the other public routes', async () => {
    const from = (address: string) => t.http().get(`/api/public/you-said-we-did/${t.org}`).set('X-Forwarded-For', address);
    const statuses: number[] = [];
    for (let i = 0; i <= t.env.AUTH_RATE_LIMIT_PER_MINUTE; i++) statuses.push((await from('198.51.100.77')).status);
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses.at(-1)).toBe(429);
    expect((await from('198.51.100.78')).status).toBe(200);
  });
});
