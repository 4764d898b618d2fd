import type { YouSaidWeDidView } from '@beside/shared/contracts';
import { useTestApp } from '../../testing/test-app';
import { createOrganisation, createUser, sessionFor, type SignedIn } from '../../testing/fixtures';
import { solveChallenge } from '../consultations';
import { answersTo, openedConsultation, womanIn } from '../../testing/voice';

/**
 * Issue 18, done when: a manager creates a network-wide anonymous consultation; twelve answers come in (portal and
 * public link); results show with suppression; a reviewer publishes two quotes; the panel approves a finding; a
 * campaign follows it; "You said, we did" shows the chain to a woman in her portal and on the public page.
 */
describe('issue 18 done when: from her answer to what the campaign did', () => {
  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t, 'Riverside Women');
    const member = await createOrganisation(t, 'Hillside Advocacy');
    const manager = await sessionFor(t, await createUser(t, org, 'manager', { name: 'Maya Patel' }));
    const reviewer = await sessionFor(t, await createUser(t, org, 'manager', { name: 'Rita Shah' }));
    const panel = [await sessionFor(t, await createUser(t, org, 'panel_member', { name: 'Amara Okafor' })), await sessionFor(t, await createUser(t, org, 'panel_member', { name: 'Bea Lewis' }))];
    const women: SignedIn[] = [];
    for (let i = 0; i < 5; i++) women.push(await womanIn(t, org));
    const elsewhere: SignedIn[] = [];
    for (let i = 0; i < 4; i++) elsewhere.push(await womanIn(t, member));
    return { org, member, manager, reviewer, panel, women, elsewhere };
  });

  it('walks the chain', async () => {
    const c = await openedConsultation(t.manager, { title: 'After discharge', networkWide: true, publicLink: true });
    expect(c).toMatchObject({ networkWide: true, anonymous: true });

    // Twelve answers: five women of the organisation, four of another member (it reached them), three through the public link.
    for (const [i, woman] of [...t.women, ...t.elsewhere].entries()) {
      const text = i < 2 ? `I waited ${i + 3} months for a care coordinator after I left the ward` : undefined;
      await woman.post(`/api/my/consultations/${c.id}/answers`).send({ answers: answersTo(c, [i < 7 ? 'housing' : 'therapy'], text) }).expect(200);
    }
    for (let i = 0; i < 3; i++) {
      const page = await t.http().get(`/api/public/consultations/${c.publicSlug}`).expect(200);
      const { challenge, bits } = page.body.proofOfWork;
      await t.http().post(`/api/public/consultations/${c.publicSlug}/answers`).send({ answers: answersTo(c, ['housing']), challenge, nonce: solveChallenge(challenge, bits) }).expect(200);
    }
    const current = (await t.manager.get(`/api/consultations/${c.id}`).expect(200)).body;
    await t.manager.post(`/api/consultations/${c.id}/close`).send({ version: current.version }).expect(200);

    // Results, with suppression: 10 housing, 2 therapy (shown as "<5").
    const results = (await t.manager.get(`/api/consultations/${c.id}/results`).expect(200)).body;
    expect(results.responses).toBe(12);
    expect(results.questions[1].counts).toEqual([
      { key: 'housing', words: 'Housing', count: 10 },
      { key: 'therapy', words: 'Waiting times for therapy', count: '<5' },
      { key: 'police', words: 'Police', count: 0 },
    ]);

    // Two quotes, each published by a second person after her recorded review.
    const texts = (await t.manager.get(`/api/consultations/${c.id}/texts?questionId=${c.questions[2].id}`).expect(200)).body as { id: string; text: string }[];
    expect(texts).toHaveLength(2);
    const quoteWords = ['I waited months for a care coordinator after I left the ward', 'Months for a care coordinator'];
    for (const [i, text] of texts.entries()) {
      const quote = (await t.manager.post(`/api/consultations/${c.id}/quotes`).send({ textId: text.id, words: quoteWords[i] }).expect(201)).body;
      await t.manager.post(`/api/consultations/${c.id}/quotes/${quote.id}/review`).send({ decision: 'publish', note: 'Mine' }).expect(409);
      await t.reviewer.post(`/api/consultations/${c.id}/quotes/${quote.id}/review`).send({ decision: 'publish', note: 'No names, places or dates' }).expect(200);
    }
    const published = (await t.panel[0].get(`/api/consultations/${c.id}/results`).expect(200)).body.quotes as { id: string; words: string }[];
    expect(published.map((q) => q.words).sort()).toEqual([...quoteWords].sort());

    // The panel's finding, on that evidence, approved by the panel.
    const proposed = await t.panel[0]
      .post('/api/findings')
      .send({
        title: 'Housing after discharge comes first',
        summary: 'Most women said housing was what we should campaign on.',
        evidence: [
          { consultationId: c.id, questionId: c.questions[1].id, note: 'Ten of twelve chose housing' },
          { consultationId: c.id, quoteId: published[0].id, note: 'In her words' },
        ],
      })
      .expect(201);
    expect(proposed.body.evidence[0].figures).toEqual(['Housing: 10 of 12', 'Waiting times for therapy: <5', 'Police: 0 of 12']);
    for (const member of t.panel) await member.post(`/api/findings/${proposed.body.id}/votes`).send({ vote: 'for' }).expect(200);
    const approved = await t.panel[1].post(`/api/findings/${proposed.body.id}/decision`).send({ outcome: 'approved', version: proposed.body.version }).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', votes: { for: 2, against: 0, abstain: 0 } });
    await t.panel[1].put('/api/findings/priorities').send({ findingIds: [proposed.body.id] }).expect(200);

    // A campaign follows it.
    const campaign = (await t.manager.post('/api/campaigns').send({ title: 'A home to go to', summary: 'No woman discharged to nowhere.', findingIds: [proposed.body.id] }).expect(201)).body;
    let version = (await t.panel[0].post(`/api/campaigns/${campaign.id}/asks`).send({ words: 'A housing officer on every ward', version: campaign.version }).expect(200)).body.version;
    version = (await t.manager.post(`/api/campaigns/${campaign.id}/targets`).send({ name: 'The council', version }).expect(200)).body.version;
    await t.manager.post(`/api/campaigns/${campaign.id}/actions`).send({ what: 'Met the housing lead', owner: 'Maya Patel', status: 'done', doneOn: '2026-12-01', version }).expect(200);

    // "You said, we did": in her portal, and on the public page.
    const expectChain = (page: YouSaidWeDidView, findings: number) => {
      const shown = page.consultations.find((x) => x.id === c.id);
      expect(shown).toMatchObject({ title: 'After discharge', responses: 12 });
      expect(shown?.said).toContainEqual({ question: 'What should we campaign on?', highlights: [{ words: 'Housing', count: 10 }] });
      expect(shown?.quotes.sort()).toEqual([...quoteWords].sort());
      expect(shown?.findings).toHaveLength(findings);
      expect(JSON.stringify(page)).not.toMatch(/Maya Patel|Rita Shah|Amara Okafor|Bea Lewis|<5|I waited \d/);
      return shown;
    };
    const mine = expectChain((await t.women[0].get('/api/my/you-said-we-did').expect(200)).body, 1);
    expect(mine?.findings[0]).toMatchObject({
      title: 'Housing after discharge comes first',
      priority: 1,
      campaigns: [{ title: 'A home to go to', asks: ['A housing officer on every ward'], done: [{ what: 'Met the housing lead', on: '2026-12-01' }], outcomes: [] }],
    });
    expectChain((await t.http().get(`/api/public/you-said-we-did/${t.org}`).expect(200)).body, 1);
    // It reached the other member's women too: they see what women said; the findings are the running organisation's panel's.
    expectChain((await t.elsewhere[0].get('/api/my/you-said-we-did').expect(200)).body, 0);
  });
});
