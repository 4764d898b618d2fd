import { randomUUID } from 'node:crypto';
import { UnitOfWork, type DbContext } from '../../database/unit-of-work';
import { auditEventsFor, countRows, createNetworkOperator, createOrganisation, createUser, sessionFor, type SignedIn } from '../../testing/fixtures';
import { useTestApp } from '../../testing/test-app';
import { JobRunner } from '../jobs';
import { answersFor, day, openConsultation, woman, type OpenedConsultation } from './consultations.testing';
import { solveChallenge } from './proof-of-work';

// Free-text answers of at most 50 characters (the question's limit).
const TEXTS = ['Dr Ahmed at St Mary’s heard me on 3 March.', 'I felt heard for once.', 'Housing never calls back.'];

describe('consultations (issue 18, phase 2): network-wide by a manager, themes, quotes, the panel, cross-tabs, CSV', () => {
  const t = useTestApp(async (t) => {
    const org = await createOrganisation(t, 'Running organisation');
    const otherOrg = await createOrganisation(t, 'Other member');
    const proposerAccount = await createUser(t, org, 'manager');
    const panelAccount = await createUser(t, org, 'panel_member');
    const otherPanelAccount = await createUser(t, otherOrg, 'panel_member');
    const women = [];
    for (let i = 0; i < 9; i++) women.push(await woman(t, org));
    const elsewhere = await woman(t, otherOrg);
    return {
      uow: t.app.get(UnitOfWork),
      org,
      otherOrg,
      proposer: await sessionFor(t, proposerAccount),
      reviewer: await sessionFor(t, await createUser(t, org, 'manager')),
      panel: await sessionFor(t, panelAccount),
      panelContext: { organisationId: org, userId: panelAccount.id, role: 'panel_member' } as DbContext,
      otherManager: await sessionFor(t, await createUser(t, otherOrg, 'manager')),
      otherPanel: await sessionFor(t, otherPanelAccount),
      operator: await sessionFor(t, await createNetworkOperator(t)),
      women,
      elsewhere,
      main: {} as OpenedConsultation,
      texts: [] as { id: string; questionId: string; text: string; themeIds: string[] }[],
      themeId: '',
    };
  });

  const publicAnswer = async (slug: string, answers: object[]) => {
    const page = await t.http().get(`/api/public/consultations/${slug}`).expect(200);
    const { challenge, bits } = page.body.proofOfWork;
    await t.http().post(`/api/public/consultations/${slug}/answers`).send({ answers, challenge, nonce: solveChallenge(challenge, bits) }).expect(200);
  };

  it("a manager's network-wide consultation reaches another member's woman; twelve answers come in through her portal and the public link", async () => {
    const named = await t.proposer.post('/api/consultations').send({ title: 'Named', privacyNotice: 'N', anonymous: false, networkWide: true, opensOn: day(0), closesOn: day(5) });
    expect([named.status, JSON.stringify(named.body.message)]).toEqual([400, expect.stringContaining('network-wide consultation must be anonymous')]);
    t.main = await openConsultation(t.proposer, { title: 'Raising concerns', anonymous: true, publicLink: true, networkWide: true });
    expect(t.main).toMatchObject({ networkWide: true, anonymous: true });
    expect((await t.elsewhere.client.get('/api/my/consultations').expect(200)).body.map((c: { id: string }) => c.id)).toContain(t.main.id);
    await t.elsewhere.client.post(`/api/my/consultations/${t.main.id}/answers`).send({ answers: answersFor(t.main.questions, { single: 'no', text: TEXTS[2] }) }).expect(200);
    // Her invitation stays in her own organisation; the answer waits in the running organisation's pool.
    expect(await t.owner.query(`SELECT organisation_id FROM consultation_invitation WHERE consultation_id = $1`, [t.main.id])).toEqual([{ organisation_id: t.otherOrg }]);
    for (const [i, w] of t.women.entries()) {
      await w.client.post(`/api/my/consultations/${t.main.id}/answers`).send({ answers: answersFor(t.main.questions, { single: i < 6 ? 'yes' : 'no', scale: 8, ...(i < 2 ? { text: TEXTS[i] } : {}) }) }).expect(200);
    }
    for (const scale of [2, 3]) await publicAnswer(t.main.publicSlug as string, answersFor(t.main.questions, { single: 'unsure', scale }));
    await t.app.get(JobRunner).tick(new Date(Date.now() + 3_600_000));
    const results = await t.proposer.get(`/api/consultations/${t.main.id}/results`).expect(200);
    expect(results.body).toMatchObject({ responses: 12, themes: [], quotes: [] });
    // Every member's managers and panel read its aggregates; only the running organisation writes it or reads its free text.
    for (const reader of [t.otherManager, t.otherPanel, t.panel]) {
      expect((await reader.get(`/api/consultations/${t.main.id}/results`).expect(200)).body.responses).toBe(12);
      expect((await reader.get('/api/consultations').expect(200)).body.map((c: { id: string }) => c.id)).toContain(t.main.id);
    }
    expect((await t.otherManager.get(`/api/consultations/${t.main.id}`).expect(200)).body.runByYourOrganisation).toBe(false);
    expect((await t.proposer.get(`/api/consultations/${t.main.id}`).expect(200)).body.runByYourOrganisation).toBe(true);
    const refused = await t.otherManager.patch(`/api/consultations/${t.main.id}`).send({ version: t.main.version, title: 'Mine now' });
    expect([refused.status, refused.body.message]).toEqual([403, expect.stringContaining('Only the organisation that runs this consultation')]);
    await t.otherManager.get(`/api/consultations/${t.main.id}/texts`).expect(403);
    await t.otherManager.post(`/api/consultations/${t.main.id}/themes`).send({ name: 'Taken over' }).expect(403);
    // The operator runs the network's own consultations, not a member's.
    await t.operator.get(`/api/consultations/${t.main.id}/results`).expect(404);
  });

  it('staff read free-text answers in a random order with nothing of their response, and tag them into themes', async () => {
    const textQuestion = t.main.questions[3].id;
    const res = await t.proposer.get(`/api/consultations/${t.main.id}/texts?questionId=${textQuestion}`).expect(200);
    expect(res.body.map((x: { text: string }) => x.text).sort()).toEqual([...TEXTS].sort());
    for (const text of res.body) expect(Object.keys(text).sort()).toEqual(['id', 'questionId', 'text', 'themeIds']);
    const responseIds: { id: string }[] = await t.owner.query(`SELECT id FROM consultation_response WHERE consultation_id = $1`, [t.main.id]);
    expect(res.body.some((x: { id: string }) => responseIds.some((r) => r.id === x.id))).toBe(false);
    t.texts = res.body;
    const events = await auditEventsFor(t, res);
    expect(events.map((e) => [e.action, e.detail])).toEqual([['consultation_texts.read', { count: 3 }]]);
    const bad = await t.proposer.get(`/api/consultations/${t.main.id}/texts?questionId=${t.main.questions[0].id}`);
    expect([bad.status, JSON.stringify(bad.body.message)]).toEqual([400, expect.stringContaining('not a free-text question')]);

    const theme = await t.proposer.post(`/api/consultations/${t.main.id}/themes`).send({ name: 'Being heard', description: 'Feeling listened to' }).expect(201);
    expect(theme.body).toMatchObject({ name: 'Being heard', description: 'Feeling listened to', answers: 0 });
    t.themeId = theme.body.id;
    const twice = await t.proposer.post(`/api/consultations/${t.main.id}/themes`).send({ name: 'being HEARD' });
    expect([twice.status, twice.body.message]).toEqual([409, expect.stringContaining('already has a theme')]);
    const other = await t.proposer.post(`/api/consultations/${t.main.id}/themes`).send({ name: 'Housing' }).expect(201);
    await t.proposer.patch(`/api/consultations/${t.main.id}/themes/${other.body.id}`).send({ name: 'Housing services' }).expect(200);
    await t.proposer.patch(`/api/consultations/${t.main.id}/themes/${other.body.id}`).send({}).expect(400);
    await t.proposer.patch(`/api/consultations/${t.main.id}/themes/${randomUUID()}`).send({ name: 'Nowhere' }).expect(404);

    const tags = await countRows(t, 'consultation_text_theme');
    const unknown = await t.proposer.put(`/api/consultations/${t.main.id}/texts/${t.texts[0].id}/themes`).send({ themeIds: [t.themeId, randomUUID()] });
    expect([unknown.status, JSON.stringify(unknown.body.message)]).toEqual([400, expect.stringContaining('is not a theme of this consultation')]);
    await t.proposer.put(`/api/consultations/${t.main.id}/texts/${randomUUID()}/themes`).send({ themeIds: [t.themeId] }).expect(404);
    expect(await countRows(t, 'consultation_text_theme')).toBe(tags);
    for (const text of t.texts) {
      const tagged = await t.proposer.put(`/api/consultations/${t.main.id}/texts/${text.id}/themes`).send({ themeIds: [t.themeId, other.body.id] }).expect(200);
      expect(tagged.body.themeIds.sort()).toEqual([t.themeId, other.body.id].sort());
    }
    await t.proposer.put(`/api/consultations/${t.main.id}/texts/${t.texts[2].id}/themes`).send({ themeIds: [other.body.id] }).expect(200);
    await t.proposer.delete(`/api/consultations/${t.main.id}/themes/${other.body.id}`).expect(204);
    const results = await t.panel.get(`/api/consultations/${t.main.id}/results`).expect(200);
    expect(results.body.themes).toEqual([{ id: t.themeId, name: 'Being heard', description: 'Feeling listened to', answers: '<5' }]);
  });

  it('publishes a quote only after a second person reviews it, with the review recorded; a reviewed quote is not reviewed again', async () => {
    const [text, heard, housing] = TEXTS.map((words) => t.texts.find((x) => x.text === words) ?? t.texts[0]);
    const proposed = await t.proposer
      .post(`/api/consultations/${t.main.id}/quotes`)
      .send({ textId: text.id, words: '[A doctor] at [a hospital] heard me.', themeId: t.themeId })
      .expect(201);
    expect(proposed.body).toMatchObject({ status: 'proposed', questionId: t.main.questions[3].id, themeId: t.themeId, reviewedBy: null, reviewNote: null });
    expect((await t.panel.get(`/api/consultations/${t.main.id}/results`).expect(200)).body.quotes).toEqual([]);
    const review = (who: SignedIn, body: object) => who.post(`/api/consultations/${t.main.id}/quotes/${proposed.body.id}/review`).send(body);
    const own = await review(t.proposer, { decision: 'publish', note: 'Checked it myself' });
    expect([own.status, own.body.message]).toEqual([409, expect.stringContaining('second person')]);
    for (const body of [{ decision: 'publish' }, { decision: 'publish', note: '   ' }, { decision: 'maybe', note: 'Checked' }]) expect((await review(t.reviewer, body)).status).toBe(400);
    const published = await review(t.reviewer, { decision: 'publish', note: 'No names, places or dates left; nothing rare' }).expect(200);
    expect(published.body).toMatchObject({ status: 'published', reviewNote: 'No names, places or dates left; nothing rare', reviewedBy: expect.any(String) });
    expect(published.body.reviewedAt).toBeTruthy();
    const [event] = await auditEventsFor(t, published);
    expect(event).toMatchObject({ action: 'consultation_quote.review', entity_id: proposed.body.id, detail: { consultationId: t.main.id, decision: 'publish' } });
    const again = await review(t.reviewer, { decision: 'reject', note: 'Second thoughts' });
    expect([again.status, again.body.message]).toEqual([409, expect.stringContaining('reviewed already')]);

    const second = await t.reviewer.post(`/api/consultations/${t.main.id}/quotes`).send({ textId: heard.id, words: heard.text }).expect(201);
    await t.proposer.post(`/api/consultations/${t.main.id}/quotes/${second.body.id}/review`).send({ decision: 'publish', note: 'Nothing identifying' }).expect(200);
    const third = await t.reviewer.post(`/api/consultations/${t.main.id}/quotes`).send({ textId: housing.id, words: housing.text }).expect(201);
    await t.proposer.post(`/api/consultations/${t.main.id}/quotes/${third.body.id}/review`).send({ decision: 'reject', note: 'Too close to one woman' }).expect(200);
    await t.proposer.post(`/api/consultations/${t.main.id}/quotes`).send({ textId: randomUUID(), words: 'Invented' }).expect(404);
    expect((await t.proposer.get(`/api/consultations/${t.main.id}/quotes`).expect(200)).body.map((q: { status: string }) => q.status).sort()).toEqual(['published', 'published', 'rejected']);
    // The panel, and another member's manager, see the two published quotes and nothing of the rejected one.
    for (const reader of [t.panel, t.otherManager]) {
      const { quotes } = (await reader.get(`/api/consultations/${t.main.id}/results`).expect(200)).body;
      expect(quotes.map((q: { words: string }) => q.words).sort()).toEqual(['I felt heard for once.', '[A doctor] at [a hospital] heard me.'].sort());
      expect(Object.keys(quotes[0]).sort()).toEqual(['id', 'questionId', 'themeId', 'words']);
    }
  });

  it('a panel member reads results but never free text, quotes in review, drafts or any response row, and writes nothing', async () => {
    for (const path of ['texts', 'quotes']) await t.panel.get(`/api/consultations/${t.main.id}/${path}`).expect(403);
    await t.panel.post(`/api/consultations/${t.main.id}/themes`).send({ name: 'Panel theme' }).expect(403);
    await t.panel.post(`/api/consultations/${t.main.id}/close`).send({ version: t.main.version }).expect(403);
    await t.panel.post('/api/consultations').send({ title: 'Panel', privacyNotice: 'N', anonymous: true, opensOn: day(0), closesOn: day(1) }).expect(403);
    const draft = await t.proposer.post('/api/consultations').send({ title: 'Draft', privacyNotice: 'N', anonymous: true, opensOn: day(3), closesOn: day(9) }).expect(201);
    await t.panel.get(`/api/consultations/${draft.body.id}`).expect(404);
    expect((await t.panel.get('/api/consultations').expect(200)).body.map((c: { id: string }) => c.id)).not.toContain(draft.body.id);
    // In the database as her: no response, value, tag or quote in review; no join from an answer to anyone.
    const seen = async (sql: string) => ((await t.uow.run(t.panelContext, (em) => em.query(sql))) as { n: number }[])[0].n;
    for (const table of ['consultation_response', 'consultation_response_value', 'consultation_text_theme', 'consultation_invitation']) {
      expect({ table, n: await seen(`SELECT count(*)::int AS n FROM ${table}`) }).toEqual({ table, n: 0 });
    }
    expect(await seen(`SELECT count(*)::int AS n FROM consultation_quote WHERE status <> 'published'`)).toBe(0);
    expect(await seen(`SELECT count(*)::int AS n FROM consultation_quote`)).toBe(2);
    await expect(t.uow.run(t.panelContext, (em) => em.query(`SELECT * FROM consultation_pool`))).rejects.toThrow(/permission denied/);
    const joined: unknown[] = await t.uow.run(t.panelContext, (em) =>
      em.query(`SELECT r.id FROM consultation_response r JOIN consultation_invitation i ON i.consultation_id = r.consultation_id UNION ALL
                SELECT r.id FROM consultation_response r JOIN service_user s ON s.organisation_id = r.organisation_id`),
    );
    expect(joined).toEqual([]);
  });

  it('shows a cross-tab only when every cell is 5 or more, and names a bad pair of questions', async () => {
    const [single, several, scale, text] = t.main.questions.map((q) => q.id);
    const hidden = await t.panel.get(`/api/consultations/${t.main.id}/cross-tab?rows=${single}&columns=${scale}`).expect(200);
    expect(hidden.body).toMatchObject({ shown: false, reason: expect.stringContaining('fewer than 5'), cells: [] });
    expect(hidden.body.rows.map((r: { key: string }) => r.key)).toEqual(['yes', 'no', 'unsure']);
    for (const [rows, columns, words] of [
      [single, single, 'different question'],
      [single, several, 'several question'],
      [text, scale, 'text question'],
      [randomUUID(), scale, 'is not a question of this consultation'],
    ]) {
      const res = await t.proposer.get(`/api/consultations/${t.main.id}/cross-tab?rows=${rows}&columns=${columns}`);
      expect([res.status, JSON.stringify(res.body.message)]).toEqual([400, expect.stringContaining(words)]);
    }
    expect((await t.proposer.get(`/api/consultations/${t.main.id}/cross-tab?rows=${single}`)).status).toBe(400);

    // Two yes/no questions with five responses in each of the four cells: shown; one response fewer: hidden.
    const yesNo = (words: string) => ({ kind: 'single', words, choices: [{ key: 'yes', words: 'Yes' }, { key: 'no', words: 'No' }] });
    const made = await t.proposer.post('/api/consultations').send({ title: 'Two questions', privacyNotice: 'N', anonymous: true, opensOn: day(0), closesOn: day(9) }).expect(201);
    const withQuestions = await t.proposer.put(`/api/consultations/${made.body.id}/questions`).send({ version: made.body.version, questions: [yesNo('Accompanied?'), yesNo('Raised a concern?')] }).expect(200);
    const [a, b] = withQuestions.body.questions.map((q: { id: string }) => q.id);
    for (const [x, y] of [['yes', 'yes'], ['yes', 'no'], ['no', 'yes'], ['no', 'no']]) {
      for (let i = 0; i < 5; i++) {
        const [r]: { id: string }[] = await t.owner.query(
          `INSERT INTO consultation_response (organisation_id, consultation_id, answered_on, anonymous) VALUES ($1, $2, current_date, true) RETURNING id`,
          [t.org, made.body.id],
        );
        await t.owner.query(`INSERT INTO consultation_response_value (organisation_id, response_id, question_id, chosen) VALUES ($1, $2, $3, $4), ($1, $2, $5, $6)`, [t.org, r.id, a, [x], b, [y]]);
      }
    }
    const shown = await t.proposer.get(`/api/consultations/${made.body.id}/cross-tab?rows=${a}&columns=${b}`).expect(200);
    expect(shown.body).toMatchObject({ shown: true, reason: null, cells: [[5, 5], [5, 5]] });
    const [event] = await auditEventsFor(t, shown);
    expect(event).toMatchObject({ action: 'consultation_cross_tab.read', entity_id: made.body.id, detail: { rows: a, columns: b, shown: true } });
    await t.owner.query(
      `DELETE FROM consultation_response WHERE id = (SELECT response_id FROM consultation_response_value WHERE question_id = $1 AND chosen = '{no}' LIMIT 1)`,
      [a],
    );
    expect((await t.proposer.get(`/api/consultations/${made.body.id}/cross-tab?rows=${a}&columns=${b}`).expect(200)).body).toMatchObject({ shown: false, cells: [] });
  });

  it('gives the results as CSV: the same suppressed figures, audited', async () => {
    const res = await t.otherPanel.get(`/api/consultations/${t.main.id}/results.csv`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="beside-consultation-${t.main.id}.csv"`);
    const lines = res.text.trim().split('\r\n');
    expect(lines[0]).toBe('question,answer,count');
    expect(lines).toContain('All responses,,12');
    expect(lines).toContain('Did your advocate listen to you?,Not sure,<5');
    expect(lines).toContain('Themes,Being heard,<5');
    // Nothing from 1 to 4 as a number, and no free text.
    expect(lines.filter((l) => /,[1-4]$/.test(l))).toEqual([]);
    expect(res.text).not.toContain('Housing never calls back');
    const [event] = await auditEventsFor(t, res);
    expect(event).toMatchObject({ action: 'consultation_results.exported', entity_id: t.main.id });
  });
});
