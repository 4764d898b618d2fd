import type { TestApp } from './test-app';
import { createServiceUser, createUser, sessionFor, type SignedIn } from './fixtures';
import { londonToday } from '../modules/consultations/consultations.service';

/** Test arrangements for the voice specs: consultations answered and closed, quotes, panels. */

export const day = (offset: number) => londonToday(new Date(Date.now() + offset * 86_400_000));

export const VOICE_QUESTIONS = [
  { kind: 'single', words: 'Did your advocate listen to you?', choices: [{ key: 'yes', words: 'Yes' }, { key: 'no', words: 'No' }] },
  { kind: 'several', words: 'What should we campaign on?', choices: [{ key: 'housing', words: 'Housing' }, { key: 'therapy', words: 'Waiting times for therapy' }, { key: 'police', words: 'Police' }] },
  { kind: 'text', words: 'Anything else you want to tell us?', required: false, textLimit: 500 },
];

export interface Opened {
  id: string;
  version: number;
  questions: { id: string }[];
  publicSlug: string | null;
}

/** A woman with a portal account in the organisation, signed in. */
export async function womanIn(t: TestApp, org: string): Promise<SignedIn> {
  const account = await createUser(t, org, 'service_user');
  await createServiceUser(t, org, { accountId: account.id });
  return sessionFor(t, account);
}

/** A consultation with the voice questions, opened today by `runner` (a draft, opening later, with `draft`). */
export async function openedConsultation(runner: SignedIn, body: Record<string, unknown> = {}, draft = false): Promise<Opened> {
  const made = await runner
    .post('/api/consultations')
    .send({ title: 'What matters to you', privacyNotice: 'We keep your answers without your name.', anonymous: true, opensOn: day(draft ? 5 : 0), closesOn: day(30), ...body })
    .expect(201);
  const withQuestions = await runner.put(`/api/consultations/${made.body.id}/questions`).send({ version: made.body.version, questions: VOICE_QUESTIONS }).expect(200);
  if (draft) return withQuestions.body;
  return (await runner.post(`/api/consultations/${made.body.id}/open`).send({ version: withQuestions.body.version }).expect(200)).body;
}

/** Her answer: yes to the first question, `several` to the second, and `text` if given. */
export function answersTo(c: Opened, several: string[], text?: string) {
  return [
    { questionId: c.questions[0].id, chosen: ['yes'] },
    { questionId: c.questions[1].id, chosen: several },
    ...(text ? [{ questionId: c.questions[2].id, text }] : []),
  ];
}

/** Each woman answers (the first `housing` of them Housing, the rest Therapy), then `runner` closes it. */
export async function answeredAndClosed(runner: SignedIn, c: Opened, women: SignedIn[], housing: number): Promise<Opened> {
  for (const [i, woman] of women.entries()) {
    const text = i < 3 ? `Waiting ${i + 2} months for a care coordinator was the hardest part` : undefined;
    await woman.post(`/api/my/consultations/${c.id}/answers`).send({ answers: answersTo(c, [i < housing ? 'housing' : 'therapy'], text) }).expect(200);
  }
  const current = (await runner.get(`/api/consultations/${c.id}`).expect(200)).body;
  return (await runner.post(`/api/consultations/${c.id}/close`).send({ version: current.version }).expect(200)).body;
}

/** A quote of one of its free-text answers, as its review left it (for arranging; the review itself is the consultations module's). */
export async function quoteOf(t: TestApp, c: Opened, words: string, status: 'proposed' | 'published' | 'rejected'): Promise<string> {
  const [text]: { organisation_id: string; id: string }[] = await t.owner.query(
    `SELECT organisation_id, id FROM consultation_response_value WHERE question_id = $1 AND text IS NOT NULL ORDER BY id LIMIT 1`,
    [c.questions[2].id],
  );
  const reviewed = status !== 'proposed';
  const [quote]: { id: string }[] = await t.owner.query(
    `INSERT INTO consultation_quote (organisation_id, consultation_id, text_id, question_id, words, status, proposed_by, reviewed_by, reviewed_at, review_note)
     VALUES ($1, $2, $3, $4, $5, $6, gen_random_uuid(), ${reviewed ? 'gen_random_uuid(), now(), $7' : 'NULL, NULL, NULL'}) RETURNING id`,
    [text.organisation_id, c.id, text.id, c.questions[2].id, words, status, ...(reviewed ? ['Checked for names, places and dates'] : [])],
  );
  return quote.id;
}

/** A finding proposed by `proposer` on this evidence, voted for by each of `voters`, approved by the first of them. */
export async function approvedFinding(proposer: SignedIn, voters: SignedIn[], body: { title: string; evidence: object[] }): Promise<{ id: string; version: number }> {
  const proposed = await proposer.post('/api/findings').send({ summary: 'What women told us, in plain words.', ...body }).expect(201);
  for (const voter of voters) await voter.post(`/api/findings/${proposed.body.id}/votes`).send({ vote: 'for' }).expect(200);
  const current = (await voters[0].get(`/api/findings/${proposed.body.id}`).expect(200)).body;
  return (await voters[0].post(`/api/findings/${proposed.body.id}/decision`).send({ outcome: 'approved', version: current.version }).expect(200)).body;
}
