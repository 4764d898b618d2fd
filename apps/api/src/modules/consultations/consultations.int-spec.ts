import { randomUUID } from 'node:crypto';
import type { Role } from '@beside/shared/contracts';
import { NO_CONTEXT, UnitOfWork, type DbContext } from '../../database/unit-of-work';
import { useTestApp } from '../../testing/test-app';
import { auditEventsFor, countRows, createNetworkOperator, createOrganisation, createUser, sessionFor } from '../../testing/fixtures';
import { JobRunner } from '../jobs';
import { answersFor, day, openConsultation, QUESTIONS, woman, type Woman } from './consultations.testing';
import { solveChallenge } from './proof-of-work';

describe('consultations (issue 18, phase 1): anonymity by design, results that identify no one', () => {
  const t = useTestApp(async (t) => {
    const uow = t.app.get(UnitOfWork);
    const org = await createOrganisation(t, 'Consulting organisation');
    const otherOrg = await createOrganisation(t, 'Other organisation');
    const managerAccount = await createUser(t, org, 'manager');
    const manager = await sessionFor(t, managerAccount);
    const otherManager = await sessionFor(t, await createUser(t, otherOrg, 'manager'));
    const advocate = await createUser(t, org, 'advocate');
    const admin = await createUser(t, org, 'admin');
    const panelMember = await createUser(t, org, 'panel_member');
    const operatorAccount = await createNetworkOperator(t);
    const operator = await sessionFor(t, operatorAccount);
    const women: Woman[] = [];
    for (let i = 0; i < 9; i++) women.push(await woman(t, org));
    const elsewhere = await woman(t, otherOrg);
    const contexts: Record<Role, DbContext> = {
      service_user: { organisationId: org, userId: women[0].accountId, role: 'service_user' },
      advocate: { organisationId: org, userId: advocate.id, role: 'advocate' },
      manager: { organisationId: org, userId: managerAccount.id, role: 'manager' },
      admin: { organisationId: org, userId: admin.id, role: 'admin' },
      network_admin: { organisationId: operatorAccount.organisationId, userId: operatorAccount.id, role: 'network_admin' },
      panel_member: { organisationId: org, userId: panelMember.id, role: 'panel_member' },
    };
    return { uow, org, otherOrg, manager, otherManager, operator, women, elsewhere, contexts, main: { id: '', version: 0, questions: [] as { id: string }[], publicSlug: '' } };
  });

  const pooled = async (consultationId: string) =>
    ((await t.owner.query(`SELECT count(*)::int AS n FROM consultation_pool WHERE consultation_id = $1`, [consultationId])) as { n: number }[])[0].n;
  const responses = async (consultationId: string) =>
    ((await t.owner.query(`SELECT count(*)::int AS n FROM consultation_response WHERE consultation_id = $1`, [consultationId])) as { n: number }[])[0].n;
  const answeredInvitations = async (consultationId: string) =>
    ((await t.owner.query(`SELECT count(*)::int AS n FROM consultation_invitation WHERE consultation_id = $1 AND answered`, [consultationId])) as { n: number }[])[0].n;

  it('a manager creates an anonymous consultation with a public link, adds its questions and opens it', async () => {
    const opened = await openConsultation(t.manager, { title: 'Being heard', anonymous: true, publicLink: true });
    expect(opened).toMatchObject({ status: 'open', anonymous: true, networkWide: false, publicLink: true, locked: false });
    expect(opened.questions).toHaveLength(4);
    expect(opened.publicSlug).toMatch(/^[A-Za-z0-9_-]{32}$/);
    Object.assign(t.main, opened);
    const listed = await t.manager.get('/api/consultations').expect(200);
    expect(listed.body.map((c: { id: string }) => c.id)).toContain(opened.id);
    // Another organisation's manager does not reach it.
    await t.otherManager.get(`/api/consultations/${opened.id}`).expect(404);
    await t.otherManager.get(`/api/consultations/${opened.id}/results`).expect(404);
  });

  it('refuses a bad consultation or bad questions, naming the problem', async () => {
    const base = { title: 'Bad', privacyNotice: 'Notice', anonymous: true, opensOn: day(0), closesOn: day(10) };
    const before = await countRows(t, 'consultation');
    for (const [body, words] of [
      [{ ...base, closesOn: day(-1) }, 'closesOn'],
      [{ ...base, anonymous: false, publicLink: true }, 'publicLink'],
      [{ ...base, anonymous: undefined }, 'anonymous'],
      [{ ...base, opensOn: '2026-13-40' }, 'opensOn'],
    ] as [object, string][]) {
      const res = await t.manager.post('/api/consultations').send(body);
      expect([res.status, JSON.stringify(res.body.message)]).toEqual([400, expect.stringContaining(words)]);
    }
    const named = await t.operator.post('/api/consultations').send({ ...base, anonymous: false });
    expect([named.status, JSON.stringify(named.body.message)]).toEqual([400, expect.stringContaining('network-wide consultation must be anonymous')]);
    expect(await countRows(t, 'consultation')).toBe(before);

    const draft = await t.manager.post('/api/consultations').send(base).expect(201);
    for (const [questions, words] of [
      [[{ kind: 'single', words: 'One choice?', choices: [{ key: 'a', words: 'A' }] }], 'at least two choices'],
      [[{ kind: 'single', words: 'Twice?', choices: [{ key: 'a', words: 'A' }, { key: 'a', words: 'B' }] }], 'each key must be different'],
      [[{ kind: 'text', words: 'Long?', textLimit: 5000 }], 'textLimit'],
      [[{ kind: 'scale', words: 'Choices?', choices: [{ key: 'a', words: 'A' }, { key: 'b', words: 'B' }] }], 'only single and several-choice'],
      [[{ kind: 'ranking', words: 'Rank?' }], 'kind must be one of'],
    ] as [object[], string][]) {
      const res = await t.manager.put(`/api/consultations/${draft.body.id}/questions`).send({ version: draft.body.version, questions });
      expect([res.status, JSON.stringify(res.body.message)]).toEqual([400, expect.stringContaining(words)]);
    }
    // A stale version is a 409.
    await t.manager.patch(`/api/consultations/${draft.body.id}`).send({ version: draft.body.version + 5, title: 'Stale' }).expect(409);
    // Without questions it cannot open.
    await t.manager.post(`/api/consultations/${draft.body.id}/open`).send({ version: draft.body.version }).expect(409);
  });

  it('shows her the open consultations that reach her, and refuses bad answers with nothing stored', async () => {
    const [her] = t.women;
    const mine = await her.client.get('/api/my/consultations').expect(200);
    const card = mine.body.find((c: { id: string }) => c.id === t.main.id);
    expect(card).toMatchObject({ title: 'Being heard', anonymous: true, answered: false });
    expect(card.questions[0]).toMatchObject({ kind: 'single', easyRead: 'Did your advocate listen?' });
    // Not to a woman of another organisation.
    const theirs = await t.elsewhere.client.get('/api/my/consultations').expect(200);
    expect(theirs.body.map((c: { id: string }) => c.id)).not.toContain(t.main.id);
    await t.elsewhere.client.post(`/api/my/consultations/${t.main.id}/answers`).send({ answers: answersFor(t.main.questions) }).expect(404);

    const q = t.main.questions;
    const good = answersFor(q);
    for (const [answers, words] of [
      [[...good, { questionId: randomUUID(), chosen: ['yes'] }], 'is not a question of this consultation'],
      [[{ questionId: q[0].id, chosen: ['maybe'] }, ...good.slice(1)], 'maybe is not a choice'],
      [[{ questionId: q[0].id, chosen: ['yes', 'no'] }, ...good.slice(1)], 'takes exactly one choice'],
      [[...good.slice(0, 2), { questionId: q[2].id, scale: 11 }], 'scale must be from 0 to 10'],
      [[...good.slice(0, 2), { questionId: q[2].id, scale: -1 }], 'scale must be from 0 to 10'],
      [[...good, { questionId: q[3].id, text: 'x'.repeat(51) }], 'at most 50 characters'],
      [good.slice(0, 2), 'question 3 needs an answer'],
      [[...good, { questionId: q[0].id, chosen: ['no'] }], 'answered twice'],
    ] as [object[], string][]) {
      const res = await her.client.post(`/api/my/consultations/${t.main.id}/answers`).send({ answers });
      expect([res.status, JSON.stringify(res.body.message)]).toEqual([400, expect.stringContaining(words)]);
    }
    expect(await pooled(t.main.id)).toBe(0);
    expect(await answeredInvitations(t.main.id)).toBe(0);
    expect(await countRows(t, 'consultation_invitation')).toBe(0);
  });

  it('takes her answer into the pool and marks her invitation, once; the audit event names no answer', async () => {
    const q = t.main.questions;
    const [first, ...others] = t.women.slice(0, 6);
    const res = await first.client.post(`/api/my/consultations/${t.main.id}/answers`).send({ answers: answersFor(q, { text: 'My advocate came with me.' }) }).expect(200);
    expect(res.body).toEqual({ answered: true, anonymous: true });
    const events = await auditEventsFor(t, res);
    expect(events.map((e) => e.action)).toEqual(['consultation.answered']);
    expect(events[0]).toMatchObject({ entity_type: 'consultation', entity_id: t.main.id, subject_id: first.serviceUserId, detail: {} });
    expect(await pooled(t.main.id)).toBe(1);
    expect(await responses(t.main.id)).toBe(0);
    // A second answer with her used invitation: 409, nothing more stored.
    await first.client.post(`/api/my/consultations/${t.main.id}/answers`).send({ answers: answersFor(q) }).expect(409);
    expect(await pooled(t.main.id)).toBe(1);
    for (const [i, w] of others.entries()) {
      await w.client.post(`/api/my/consultations/${t.main.id}/answers`).send({ answers: answersFor(q, { single: i < 3 ? 'yes' : 'no', several: ['housing', 'therapy'], scale: 8 }) }).expect(200);
    }
    expect(await pooled(t.main.id)).toBe(6);
    expect(await answeredInvitations(t.main.id)).toBe(6);
    const card = (await first.client.get('/api/my/consultations').expect(200)).body.find((c: { id: string }) => c.id === t.main.id);
    expect(card.answered).toBe(true);
    // No audit event of any answer carries anything but the consultation and her.
    const answered: { entity_id: string; detail: object }[] = await t.owner.query(`SELECT entity_id, detail FROM audit_event WHERE action = 'consultation.answered'`);
    expect(answered.every((e) => e.entity_id === t.main.id && JSON.stringify(e.detail) === '{}')).toBe(true);
  });

  it('locks the consultation and its questions once anyone has answered (counting the pool): 409', async () => {
    const current = (await t.manager.get(`/api/consultations/${t.main.id}`).expect(200)).body;
    expect(current.locked).toBe(true);
    expect(await responses(t.main.id)).toBe(0); // only pooled so far
    const patch = await t.manager.patch(`/api/consultations/${t.main.id}`).send({ version: current.version, title: 'Changed after answers' });
    expect([patch.status, patch.body.message]).toEqual([409, expect.stringContaining('already answered')]);
    await t.manager.put(`/api/consultations/${t.main.id}/questions`).send({ version: current.version, questions: QUESTIONS }).expect(409);
    expect((await t.manager.get(`/api/consultations/${t.main.id}`).expect(200)).body).toMatchObject({ title: 'Being heard', version: current.version });
  });

  it('takes an answer through the public link with a proof of work, used once, storing nothing identifying', async () => {
    const page = await t.http().get(`/api/public/consultations/${t.main.publicSlug}`).expect(200);
    expect(page.body).toMatchObject({ title: 'Being heard', privacyNotice: 'We keep your answers without your name.', open: true });
    const { challenge, bits } = page.body.proofOfWork;
    const answers = answersFor(t.main.questions, { single: 'unsure', several: ['police'], scale: 2 });
    const send = (body: object) => t.http().post(`/api/public/consultations/${t.main.publicSlug}/answers`).send(body);
    // Without a solved proof of work: 400, nothing stored.
    let unsolved = 'x';
    for (let n = 0; ; n++) {
      const { createHash } = await import('node:crypto');
      if (createHash('sha256').update(challenge + String(n)).digest()[0] !== 0) {
        unsolved = String(n);
        break;
      }
    }
    expect((await send({ answers, challenge, nonce: unsolved })).status).toBe(400);
    expect((await send({ answers, challenge: `${challenge.slice(0, -4)}0000`, nonce: '1' })).status).toBe(400);
    expect((await send({ answers })).status).toBe(400);
    const nonce = solveChallenge(challenge, bits);
    // Bad answers with a good proof: 400 naming the problem; the challenge is not used up.
    const bad = await send({ answers: [...answers.slice(0, 2), { questionId: t.main.questions[2].id, scale: 12 }], challenge, nonce });
    expect([bad.status, JSON.stringify(bad.body.message)]).toEqual([400, expect.stringContaining('scale')]);
    expect(await pooled(t.main.id)).toBe(6);
    const accepted = await send({ answers, challenge, nonce }).expect(200);
    expect(await pooled(t.main.id)).toBe(7);
    // Acknowledged, so audited: the consultation only — no one named, no address, no browser.
    const [publicEvent] = await auditEventsFor(t, accepted);
    expect(publicEvent).toMatchObject({ action: 'consultation.answered', entity_id: t.main.id, actor_user_id: null, subject_id: null, ip: null, user_agent: null, detail: { via: 'public_link' } });
    // The same challenge again: refused.
    const again = await send({ answers, challenge, nonce });
    expect([again.status, again.body.message]).toEqual([409, expect.stringContaining('used already')]);
    expect(await pooled(t.main.id)).toBe(7);
    // What is kept of the challenge is its hash, not the challenge, the nonce or anything of the sender.
    const used: { challenge_hash: Buffer }[] = await t.owner.query(`SELECT challenge_hash FROM consultation_challenge_used`);
    expect(used.length).toBeGreaterThan(0);
    expect(used.every((u) => u.challenge_hash.length === 32)).toBe(true);
    // A named consultation has no public link; an unknown one answers 404.
    await t.http().get('/api/public/consultations/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa').expect(404);
  });

  it('keeps the pool unreadable to every application role; nothing joins an anonymous response to an account', async () => {
    for (const [role, context] of Object.entries(t.contexts)) {
      await expect(t.uow.run(context, (em) => em.query(`SELECT * FROM consultation_pool`))).rejects.toThrow(/permission denied/);
      await expect(t.uow.run(context, (em) => em.query(`INSERT INTO consultation_pool (organisation_id, consultation_id, answer) VALUES ($1, $2, '[]')`, [t.org, t.main.id]))).rejects.toThrow(
        /permission denied/,
      );
      await expect(t.uow.run(context, (em) => em.query(`INSERT INTO consultation_response (organisation_id, consultation_id, answered_on, anonymous) VALUES ($1, $2, current_date, true)`, [t.org, t.main.id]))).rejects.toThrow(
        /permission denied/,
      );
      expect(role).toBeTruthy();
    }
    await expect(t.uow.run(NO_CONTEXT, (em) => em.query(`SELECT * FROM consultation_pool`))).rejects.toThrow(/permission denied/);
    // Only the running organisation's manager sees response rows; every other role sees none, and no one sees another woman's invitations.
    for (const [role, context] of Object.entries(t.contexts)) {
      const [row]: { n: number }[] = await t.uow.run(context, (em) => em.query(`SELECT count(*)::int AS n FROM consultation_response`));
      const [inv]: { n: number }[] = await t.uow.run(context, (em) => em.query(`SELECT count(*)::int AS n FROM consultation_invitation`));
      expect({ role, invitations: inv.n }).toEqual({ role, invitations: role === 'service_user' ? 1 : 0 });
      if (role !== 'manager') expect({ role, responses: row.n }).toEqual({ role, responses: 0 });
    }
    // The response tables carry no account, session, address, agent or time: their columns are these and no more.
    const columns: { table_name: string; column_name: string; data_type: string }[] = await t.owner.query(
      `SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_name IN ('consultation_response', 'consultation_response_value', 'consultation_invitation') ORDER BY 1, 2`,
    );
    expect(columns.map((c) => `${c.table_name}.${c.column_name}`).sort()).toEqual([
      'consultation_invitation.answered',
      'consultation_invitation.consultation_id',
      'consultation_invitation.organisation_id',
      'consultation_invitation.service_user_id',
      'consultation_response.answered_on',
      'consultation_response.anonymous',
      'consultation_response.consultation_id',
      'consultation_response.id',
      'consultation_response.organisation_id',
      'consultation_response.service_user_id',
      'consultation_response_value.chosen',
      'consultation_response_value.id',
      'consultation_response_value.organisation_id',
      'consultation_response_value.question_id',
      'consultation_response_value.response_id',
      'consultation_response_value.scale',
      'consultation_response_value.text',
    ].sort());
    expect(columns.filter((c) => /time|interval/.test(c.data_type))).toEqual([]);
  });

  it('moves pooled answers into the results only in batches of five or more, by the job, stamped with the day of the move', async () => {
    // A consultation with four pooled answers stays pooled; the main one (seven) moves.
    const small = await openConsultation(t.manager, { title: 'Small', anonymous: true });
    for (const w of t.women.slice(0, 4)) await w.client.post(`/api/my/consultations/${small.id}/answers`).send({ answers: answersFor(small.questions) }).expect(200);
    const runner = t.app.get(JobRunner);
    expect(await runner.tick(new Date(Date.now() + 3_600_000))).toContain('consultation-pool');
    expect([await pooled(small.id), await responses(small.id)]).toEqual([4, 0]);
    expect([await pooled(t.main.id), await responses(t.main.id)]).toEqual([0, 7]);
    const rows: { anonymous: boolean; service_user_id: string | null; answered_on: string }[] = await t.owner.query(
      `SELECT anonymous, service_user_id, to_char(answered_on, 'YYYY-MM-DD') AS answered_on FROM consultation_response WHERE consultation_id = $1`,
      [t.main.id],
    );
    expect(rows.every((r) => r.anonymous && r.service_user_id === null && r.answered_on === day(0))).toBe(true);
    // Four is too few to show apart: results show nothing of the small one yet.
    const smallResults = await t.manager.get(`/api/consultations/${small.id}/results`).expect(200);
    expect(smallResults.body.responses).toBe(0);
    // Closing moves every answer left, in a transaction of its own.
    const current = (await t.manager.get(`/api/consultations/${small.id}`).expect(200)).body;
    await t.manager.post(`/api/consultations/${small.id}/close`).send({ version: current.version }).expect(200);
    expect([await pooled(small.id), await responses(small.id)]).toEqual([0, 4]);
    const closed = await t.manager.get(`/api/consultations/${small.id}/results`).expect(200);
    expect(closed.body.responses).toBe('<5');
  });

  it('shows results as counts with every 1–4 as "<5", no hidden count derivable, and no free text', async () => {
    const res = await t.manager.get(`/api/consultations/${t.main.id}/results`).expect(200);
    expect(res.body.responses).toBe(7);
    const [single, several, scale, text] = res.body.questions;
    // single: yes 1 + 3 = 4, no 2, unsure 1 → all '<5'; beside 7 answered nothing can be worked out.
    expect(single.answered).toBe(7);
    const shown = Object.fromEntries(single.counts.map((c: { key: string; count: unknown }) => [c.key, c.count]));
    expect(Object.values(shown).every((v) => v === '<5' || v === 'suppressed' || v === 0)).toBe(true);
    expect(several.counts.find((c: { key: string }) => c.key === 'housing').count).toBe(6);
    expect(several.counts.find((c: { key: string }) => c.key === 'therapy').count).toBe(5);
    expect(several.counts.find((c: { key: string }) => c.key === 'police').count).toBe('<5');
    // scale: 8 ×5, 7 ×1, 2 ×1. Shown beside 7 answered, a 5 would pin both '<5' cells to 1 (7 − 5 = 2 over two cells
    // of at least 1 each): so the 5 is suppressed too.
    const scaleCounts = Object.fromEntries(scale.counts.map((c: { key: string; count: unknown }) => [c.key, c.count]));
    expect(scale.answered).toBe(7);
    expect([scaleCounts['8'], scaleCounts['7'], scaleCounts['2'], scaleCounts['0']]).toEqual(['suppressed', '<5', '<5', 0]);
    expect(text.counts).toEqual([]);
    expect(text.note).toMatch(/not shown/);
    expect(JSON.stringify(res.body)).not.toContain('My advocate came with me');
    // Nothing from 1 to 4 anywhere as a number.
    const numbers = JSON.stringify(res.body).match(/"(count|answered|responses)":[1-4][,}]/g);
    expect(numbers).toBeNull();
  });

  it('answers and their stored order, ids, time and transaction carry no relation to who answered when', async () => {
    const c = await openConsultation(t.manager, { title: 'Order', anonymous: true });
    // Eight named women answer in a known order, each with her own scale value.
    const order = t.women.slice(0, 8);
    for (const [i, w] of order.entries()) {
      await w.client.post(`/api/my/consultations/${c.id}/answers`).send({ answers: answersFor(c.questions, { scale: i }) }).expect(200);
    }
    expect(await responses(c.id)).toBe(0);
    await t.uow.run(NO_CONTEXT, (em) => em.query(`SELECT beside_consultation_move_pools()`));
    const stored: { id: string; scale: number; xmin: string; answered_on: string }[] = await t.owner.query(
      `SELECT r.id, v.scale, r.xmin::text AS xmin, to_char(r.answered_on, 'YYYY-MM-DD') AS answered_on
       FROM consultation_response r JOIN consultation_response_value v ON v.organisation_id = r.organisation_id AND v.response_id = r.id AND v.scale IS NOT NULL
       WHERE r.consultation_id = $1 ORDER BY r.ctid`,
      [c.id],
    );
    expect(stored).toHaveLength(8);
    const physical = stored.map((s) => s.scale);
    const byId = [...stored].sort((a, b) => a.id.localeCompare(b.id)).map((s) => s.scale);
    const answerOrder = [0, 1, 2, 3, 4, 5, 6, 7];
    // Written in a random order (one chance in 40,320 of matching by luck), with random ids.
    expect(physical).not.toEqual(answerOrder);
    expect(byId).not.toEqual(answerOrder);
    expect([...physical].sort()).toEqual(answerOrder);
    // All in one transaction (the move), none in a transaction of any invitation, stamped with the day of the move.
    expect(new Set(stored.map((s) => s.xmin)).size).toBe(1);
    const invitations: { xmin: string }[] = await t.owner.query(`SELECT xmin::text AS xmin FROM consultation_invitation WHERE consultation_id = $1`, [c.id]);
    expect(invitations.some((i) => i.xmin === stored[0].xmin)).toBe(false);
    expect(stored.every((s) => s.answered_on === day(0))).toBe(true);
    // As every role, no query joins an anonymous response to an invitation or an account.
    for (const [role, context] of Object.entries(t.contexts)) {
      const joined: unknown[] = await t.uow.run(context, (em) =>
        em.query(
          `SELECT r.id FROM consultation_response r JOIN consultation_invitation i ON i.consultation_id = r.consultation_id AND i.service_user_id = r.service_user_id
           UNION ALL SELECT r.id FROM consultation_response r JOIN service_user s ON s.id = r.service_user_id WHERE r.anonymous`,
        ),
      );
      expect({ role, joined }).toEqual({ role, joined: [] });
    }
    const anyLinked: { n: number }[] = await t.owner.query(`SELECT count(*)::int AS n FROM consultation_response WHERE anonymous AND service_user_id IS NOT NULL`);
    expect(anyLinked[0].n).toBe(0);
  });

  it('a named consultation stores her answer with her record at once (no pool, no public link)', async () => {
    const c = await openConsultation(t.manager, { title: 'Named', anonymous: false });
    const [her] = t.women;
    await her.client.post(`/api/my/consultations/${c.id}/answers`).send({ answers: answersFor(c.questions) }).expect(200);
    expect(await pooled(c.id)).toBe(0);
    const rows: { service_user_id: string; anonymous: boolean }[] = await t.owner.query(`SELECT service_user_id, anonymous FROM consultation_response WHERE consultation_id = $1`, [c.id]);
    expect(rows).toEqual([{ service_user_id: her.serviceUserId, anonymous: false }]);
    await her.client.post(`/api/my/consultations/${c.id}/answers`).send({ answers: answersFor(c.questions) }).expect(409);
  });

  it('refuses answers to a closed consultation or one not open yet, with nothing stored', async () => {
    const [her, second] = t.women;
    const current = (await t.manager.get(`/api/consultations/${t.main.id}`).expect(200)).body;
    await t.manager.post(`/api/consultations/${t.main.id}/close`).send({ version: current.version }).expect(200);
    const closed = await t.women[8].client.post(`/api/my/consultations/${t.main.id}/answers`).send({ answers: answersFor(t.main.questions) });
    expect([closed.status, closed.body.message]).toEqual([409, expect.stringContaining('not open')]);
    const page = await t.http().get(`/api/public/consultations/${t.main.publicSlug}`).expect(200);
    expect(page.body.open).toBe(false);
    const publicClosed = await t.http()
      .post(`/api/public/consultations/${t.main.publicSlug}/answers`)
      .send({ answers: answersFor(t.main.questions), challenge: page.body.proofOfWork.challenge, nonce: solveChallenge(page.body.proofOfWork.challenge) });
    expect(publicClosed.status).toBe(409);
    expect([await pooled(t.main.id), await responses(t.main.id)]).toEqual([0, 7]);

    const later = await t.manager.post('/api/consultations').send({ title: 'Later', privacyNotice: 'Notice', anonymous: true, opensOn: day(5), closesOn: day(20) }).expect(201);
    const withQuestions = await t.manager.put(`/api/consultations/${later.body.id}/questions`).send({ version: later.body.version, questions: QUESTIONS }).expect(200);
    expect((await her.client.get('/api/my/consultations').expect(200)).body.map((c: { id: string }) => c.id)).not.toContain(later.body.id);
    const early = await second.client.post(`/api/my/consultations/${later.body.id}/answers`).send({ answers: answersFor(withQuestions.body.questions) });
    expect([early.status, early.body.message]).toEqual([409, expect.stringContaining('not open')]);
    expect([await pooled(later.body.id), await answeredInvitations(later.body.id)]).toEqual([0, 0]);
  });

  it("a network-wide consultation (the operator's) reaches women of every member; only the operator writes it, members' managers read its results", async () => {
    const c = await openConsultation(t.operator, { title: 'Across the network', anonymous: true, publicLink: true });
    expect(c).toMatchObject({ networkWide: true });
    for (const w of [t.elsewhere, t.women[0]]) {
      const mine = await w.client.get('/api/my/consultations').expect(200);
      expect(mine.body.map((x: { id: string }) => x.id)).toContain(c.id);
    }
    await t.elsewhere.client.post(`/api/my/consultations/${c.id}/answers`).send({ answers: answersFor(c.questions) }).expect(200);
    await t.women[1].client.post(`/api/my/consultations/${c.id}/answers`).send({ answers: answersFor(c.questions) }).expect(200);
    expect(await pooled(c.id)).toBe(2);
    // Her invitation lives in her own organisation.
    const inv: { organisation_id: string }[] = await t.owner.query(`SELECT organisation_id FROM consultation_invitation WHERE consultation_id = $1 ORDER BY 1`, [c.id]);
    expect(inv.map((i) => i.organisation_id).sort()).toEqual([t.org, t.otherOrg].sort());
    // Open, so every member's manager reads it and its results (aggregates), but only the operator changes it.
    await t.manager.get(`/api/consultations/${c.id}`).expect(200);
    expect((await t.manager.get(`/api/consultations/${c.id}/results`).expect(200)).body.responses).toBe(0);
    await t.manager.post(`/api/consultations/${c.id}/close`).send({ version: c.version }).expect(403);
    const results = await t.operator.get(`/api/consultations/${c.id}/results`).expect(200);
    expect(results.body.responses).toBe(0);
  });
});
