import { randomUUID } from 'node:crypto';
import { useTestApp } from '../../../testing/test-app';
import { auditEventsFor, countRows, createOrganisation, createUser, sessionFor, type SignedIn } from '../../../testing/fixtures';
import { answeredAndClosed, openedConsultation, quoteOf, womanIn, type Opened } from '../../../testing/voice';

describe('findings chosen by the lived-experience panel (issue 18)', () => {
  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t, 'Panel organisation');
    const otherOrg = await createOrganisation(t, 'Elsewhere');
    const manager = await sessionFor(t, await createUser(t, org, 'manager', { name: 'Maya Patel' }));
    const panel: SignedIn[] = [];
    for (const name of ['Amara Okafor', 'Bea Lewis', 'Chloe Dunn']) panel.push(await sessionFor(t, await createUser(t, org, 'panel_member', { name })));
    const otherManager = await sessionFor(t, await createUser(t, otherOrg, 'manager'));
    const otherPanel = await sessionFor(t, await createUser(t, otherOrg, 'panel_member'));
    const women: SignedIn[] = [];
    for (let i = 0; i < 12; i++) women.push(await womanIn(t, org));
    const closed: Opened = await answeredAndClosed(manager, await openedConsultation(manager, { title: 'Being heard' }), women, 8);
    const published = await quoteOf(t, closed, 'Waiting months for a care coordinator was the hardest part', 'published');
    const unpublished = await quoteOf(t, closed, 'My coordinator at the Elm Street clinic', 'proposed');
    const draft = await openedConsultation(manager, { title: 'Not open yet' }, true);
    const foreign = await openedConsultation(otherManager, { title: 'Their own' });
    return { org, manager, panel, otherManager, otherPanel, closed, published, unpublished, draft, foreign };
  });

  const evidence = (over: object = {}) => ({ consultationId: t.closed.id, questionId: t.closed.questions[1].id, note: 'Most said housing', ...over });
  const propose = (who: SignedIn, over: object = {}) =>
    who.post('/api/findings').send({ title: 'Housing comes first', summary: 'Women told us housing matters most.', evidence: [evidence()], ...over });

  it('a panel member proposes a finding with its evidence: the figures are the suppressed results, the quote a published one', async () => {
    const res = await propose(t.panel[0], { evidence: [evidence(), { consultationId: t.closed.id, quoteId: t.published, note: 'In her words' }] }).expect(201);
    expect(res.body).toMatchObject({
      title: 'Housing comes first',
      status: 'proposed',
      priority: null,
      proposedBy: 'Amara Okafor',
      votes: { for: 0, against: 0, abstain: 0 },
      namedVotes: null,
      voted: false,
      decidedAt: null,
    });
    expect(res.body.evidence).toEqual([
      expect.objectContaining({
        consultationId: t.closed.id,
        consultationTitle: 'Being heard',
        questionId: t.closed.questions[1].id,
        figures: ['Housing: 8 of 12', 'Waiting times for therapy: <5', 'Police: 0 of 12'],
        quoteWords: null,
        note: 'Most said housing',
      }),
      expect.objectContaining({ quoteId: t.published, quoteWords: 'Waiting months for a care coordinator was the hardest part', figures: ['Responses: 12'] }),
    ]);
    const events = await auditEventsFor(t, res);
    expect(events.map((e) => [e.action, e.entity_id])).toContainEqual(['finding.created', res.body.id]);
    // A manager proposes too, and reads them; the other organisation does not reach them.
    await propose(t.manager, { title: 'Therapy waits' }).expect(201);
    expect((await t.manager.get('/api/findings').expect(200)).body.map((f: { title: string }) => f.title)).toEqual(expect.arrayContaining(['Housing comes first', 'Therapy waits']));
    await t.otherManager.get(`/api/findings/${res.body.id}`).expect(404);
    expect((await t.otherPanel.get('/api/findings').expect(200)).body).toEqual([]);
  });

  it('refuses evidence that is not in reach or not published, and stores nothing', async () => {
    const before = await countRows(t, 'finding');
    await propose(t.panel[0], { evidence: [evidence({ consultationId: t.foreign.id, questionId: null })] }).expect(404);
    await propose(t.panel[0], { evidence: [evidence({ consultationId: t.draft.id, questionId: null })] }).expect(404);
    await propose(t.panel[0], { evidence: [evidence({ consultationId: randomUUID(), questionId: null })] }).expect(404);
    for (const [over, words] of [
      [{ quoteId: t.unpublished }, 'evidence[0].quoteId: not a published quote'],
      [{ questionId: t.foreign.questions[0].id }, 'evidence[0].questionId: not a question of this consultation'],
      [{ themeId: randomUUID() }, 'evidence[0].themeId'],
    ] as [object, string][]) {
      const res = await propose(t.panel[0], { evidence: [evidence(over)] });
      expect([res.status, JSON.stringify(res.body.message)]).toEqual([400, expect.stringContaining(words)]);
    }
    for (const [body, words] of [
      [{ evidence: [] }, 'at least one piece of evidence'],
      [{ title: ' ' }, 'title'],
      [{ evidence: [{ consultationId: t.closed.id }] }, 'note'],
    ] as [object, string][]) {
      const res = await propose(t.panel[0], body);
      expect([res.status, JSON.stringify(res.body.message)]).toEqual([400, expect.stringContaining(words)]);
    }
    expect(await countRows(t, 'finding')).toBe(before);
  });

  it('counts-only voting (the default): once each, the tally on the finding, and no table links anyone to her vote', async () => {
    expect((await t.manager.get('/api/panel/settings').expect(200)).body).toEqual({ namedVoting: false, version: 1 });
    const finding = (await propose(t.panel[1], { title: 'Counted' }).expect(201)).body;
    const votes = ['for', 'against', 'abstain'] as const;
    for (const [i, vote] of votes.entries()) {
      const res = await t.panel[i].post(`/api/findings/${finding.id}/votes`).send({ vote }).expect(200);
      expect(res.body).toMatchObject({ voted: true, namedVotes: null });
      expect(JSON.stringify((await auditEventsFor(t, res)).map((e) => e.detail))).not.toMatch(/for|against|abstain/);
    }
    const second = await t.panel[0].post(`/api/findings/${finding.id}/votes`).send({ vote: 'against' });
    expect([second.status, second.body.message]).toEqual([409, 'You have already voted on this finding.']);
    // Managers do not vote.
    await t.manager.post(`/api/findings/${finding.id}/votes`).send({ vote: 'for' }).expect(403);
    const seen = (await t.manager.get(`/api/findings/${finding.id}`).expect(200)).body;
    expect(seen).toMatchObject({ votes: { for: 1, against: 1, abstain: 1 }, namedVotes: null, voted: false });
    // Only THAT each voted is kept; nowhere a vote beside an account.
    expect(await t.owner.query(`SELECT * FROM finding_vote WHERE finding_id = $1`, [finding.id])).toEqual([]);
    const cast: Record<string, unknown>[] = await t.owner.query(`SELECT * FROM finding_vote_cast WHERE finding_id = $1`, [finding.id]);
    expect(cast).toHaveLength(3);
    expect(Object.keys(cast[0]).sort()).toEqual(['account_id', 'finding_id', 'organisation_id']);
    const linking: { table_name: string }[] = await t.owner.query(
      `SELECT a.table_name FROM information_schema.columns a JOIN information_schema.columns v USING (table_schema, table_name)
       WHERE a.table_schema = 'public' AND a.column_name IN ('account_id', 'user_id', 'actor_user_id', 'voted_by') AND v.column_name = 'vote'`,
    );
    expect(linking.map((r) => r.table_name)).toEqual(['finding_vote']);
  });

  it('named voting, once the panel chooses it (audited), records who voted how on findings not yet voted on', async () => {
    const counted = (await propose(t.panel[0], { title: 'Voted before the change' }).expect(201)).body;
    await t.panel[0].post(`/api/findings/${counted.id}/votes`).send({ vote: 'for' }).expect(200);
    await t.manager.put('/api/panel/settings').send({ namedVoting: true, version: 1 }).expect(403);
    const changed = await t.panel[2].put('/api/panel/settings').send({ namedVoting: true, version: 1 }).expect(200);
    expect(changed.body).toEqual({ namedVoting: true, version: 2 });
    expect((await auditEventsFor(t, changed)).map((e) => [e.action, e.detail])).toContainEqual(['panel_settings.updated', { namedVoting: { from: false, to: true } }]);
    await t.panel[1].put('/api/panel/settings').send({ namedVoting: false, version: 1 }).expect(409);

    await t.panel[1].post(`/api/findings/${counted.id}/votes`).send({ vote: 'against' }).expect(200);
    expect((await t.panel[1].get(`/api/findings/${counted.id}`)).body.namedVotes).toBeNull();
    expect(await t.owner.query(`SELECT * FROM finding_vote WHERE finding_id = $1`, [counted.id])).toEqual([]);

    const named = (await propose(t.panel[0], { title: 'Named' }).expect(201)).body;
    expect(named.namedVotes).toEqual([]);
    await t.panel[0].post(`/api/findings/${named.id}/votes`).send({ vote: 'for' }).expect(200);
    await t.panel[1].post(`/api/findings/${named.id}/votes`).send({ vote: 'abstain' }).expect(200);
    const seen = (await t.manager.get(`/api/findings/${named.id}`).expect(200)).body;
    expect(seen.namedVotes).toEqual([
      { name: 'Amara Okafor', vote: 'for' },
      { name: 'Bea Lewis', vote: 'abstain' },
    ]);
    await t.panel[2].put('/api/panel/settings').send({ namedVoting: false, version: 2 }).expect(200);
    // A finding keeps the way its first vote was cast.
    expect((await t.manager.get(`/api/findings/${named.id}`).expect(200)).body.namedVotes).toHaveLength(2);
  });

  it('decides: approving needs more for than against; a decision is final; the panel ranks exactly the approved findings', async () => {
    const tied = (await propose(t.panel[0], { title: 'Tied' }).expect(201)).body;
    await t.panel[0].post(`/api/findings/${tied.id}/votes`).send({ vote: 'for' }).expect(200);
    await t.panel[1].post(`/api/findings/${tied.id}/votes`).send({ vote: 'against' }).expect(200);
    const refused = await t.panel[0].post(`/api/findings/${tied.id}/decision`).send({ outcome: 'approved', version: tied.version });
    expect([refused.status, refused.body.message]).toEqual([409, 'Approving needs more votes for than against: 1 for, 1 against.']);
    await t.manager.post(`/api/findings/${tied.id}/decision`).send({ outcome: 'set_aside', version: tied.version }).expect(403);
    await t.panel[0].post(`/api/findings/${tied.id}/decision`).send({ outcome: 'set_aside', version: tied.version + 3 }).expect(409);
    const setAside = await t.panel[0].post(`/api/findings/${tied.id}/decision`).send({ outcome: 'set_aside', version: tied.version }).expect(200);
    expect(setAside.body).toMatchObject({ status: 'set_aside', decidedAt: expect.any(String), votes: { for: 1, against: 1, abstain: 0 } });
    expect((await auditEventsFor(t, setAside)).map((e) => [e.action, e.detail])).toContainEqual(['finding.decided', { outcome: 'set_aside', votes: { for: 1, against: 1, abstain: 0 } }]);
    await t.panel[0].post(`/api/findings/${tied.id}/decision`).send({ outcome: 'approved', version: setAside.body.version }).expect(409);
    await t.panel[2].post(`/api/findings/${tied.id}/votes`).send({ vote: 'for' }).expect(409);
    await t.manager.patch(`/api/findings/${tied.id}`).send({ title: 'Too late', version: setAside.body.version }).expect(409);

    const approved: string[] = [];
    for (const title of ['First approved', 'Second approved']) {
      const f = (await propose(t.manager, { title }).expect(201)).body;
      // While no one has voted, its proposer's side may still change it.
      const edited = await t.panel[1].patch(`/api/findings/${f.id}`).send({ summary: 'Edited before voting.', version: f.version }).expect(200);
      expect(edited.body).toMatchObject({ summary: 'Edited before voting.', version: f.version + 1 });
      await t.panel[0].post(`/api/findings/${f.id}/votes`).send({ vote: 'for' }).expect(200);
      await t.panel[0].patch(`/api/findings/${f.id}`).send({ title: 'Changed under the vote', version: edited.body.version }).expect(409);
      await t.panel[0].post(`/api/findings/${f.id}/decision`).send({ outcome: 'approved', version: edited.body.version }).expect(200);
      approved.push(f.id);
    }
    const all = approved.slice().reverse();
    for (const [ids, words] of [
      [[all[0]], 'is missing'],
      [[...all, tied.id], 'is not an approved finding'],
      [[...all, all[0]], 'only once'],
    ] as [string[], string][]) {
      const res = await t.panel[0].put('/api/findings/priorities').send({ findingIds: ids });
      expect([res.status, JSON.stringify(res.body.message)]).toEqual([400, expect.stringContaining(words)]);
    }
    await t.manager.put('/api/findings/priorities').send({ findingIds: all }).expect(403);
    const ranked = await t.panel[2].put('/api/findings/priorities').send({ findingIds: all }).expect(200);
    expect(ranked.body.map((f: { id: string; priority: number }) => [f.id, f.priority])).toEqual([
      [all[0], 1],
      [all[1], 2],
    ]);
    expect((await auditEventsFor(t, ranked)).map((e) => e.action)).toContain('finding.priorities_set');
  });
});
