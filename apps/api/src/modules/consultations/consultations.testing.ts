import type { TestApp } from '../../testing/test-app';
import { createServiceUser, createUser, sessionFor, type SignedIn } from '../../testing/fixtures';
import { londonToday } from './consultations.service';

// Arrangements shared by the consultations' integration tests.

export const day = (offset: number) => londonToday(new Date(Date.now() + offset * 86_400_000));

export const QUESTIONS = [
  { kind: 'single', words: 'Did your advocate listen to you?', easyRead: 'Did your advocate listen?', choices: [{ key: 'yes', words: 'Yes' }, { key: 'no', words: 'No' }, { key: 'unsure', words: 'Not sure' }] },
  { kind: 'several', words: 'What should we campaign on?', choices: [{ key: 'housing', words: 'Housing' }, { key: 'therapy', words: 'Waiting times for therapy' }, { key: 'police', words: 'Police' }] },
  { kind: 'scale', words: 'How able do you feel to raise a concern with staff? (0 to 10)' },
  { kind: 'text', words: 'Anything else you want to tell us?', required: false, textLimit: 50 },
];

export interface Woman {
  client: SignedIn;
  accountId: string;
  serviceUserId: string;
}

export async function woman(t: TestApp, org: string): Promise<Woman> {
  const account = await createUser(t, org, 'service_user');
  const serviceUserId = await createServiceUser(t, org, { accountId: account.id });
  return { client: await sessionFor(t, account), accountId: account.id, serviceUserId };
}

export interface OpenedConsultation {
  id: string;
  version: number;
  questions: { id: string }[];
  publicSlug: string | null;
}

/** A consultation made, given the standard questions and opened by `runner`. */
export async function openConsultation(runner: SignedIn, body: Record<string, unknown>): Promise<OpenedConsultation> {
  const made = await runner.post('/api/consultations').send({ privacyNotice: 'We keep your answers without your name.', opensOn: day(0), closesOn: day(30), ...body }).expect(201);
  const withQuestions = await runner.put(`/api/consultations/${made.body.id}/questions`).send({ version: made.body.version, questions: QUESTIONS }).expect(200);
  const opened = await runner.post(`/api/consultations/${made.body.id}/open`).send({ version: withQuestions.body.version }).expect(200);
  return opened.body;
}

export const answersFor = (questions: { id: string }[], pick: { single?: string; several?: string[]; scale?: number; text?: string } = {}) => [
  { questionId: questions[0].id, chosen: [pick.single ?? 'yes'] },
  { questionId: questions[1].id, chosen: pick.several ?? ['housing'] },
  { questionId: questions[2].id, scale: pick.scale ?? 7 },
  ...(pick.text !== undefined ? [{ questionId: questions[3].id, text: pick.text }] : []),
];
