import type { EntityManager } from 'typeorm';
import type { ConsultationChoice, ConsultationQuestionKind } from '@beside/shared/contracts';
import { changedRows } from '../../database/changed-rows';
import { execute, insertId, selectRow, selectRows } from '../../database/sql';

export interface ConsultationRow {
  id: string;
  organisationId: string;
  title: string;
  privacyNotice: string;
  anonymous: boolean;
  opensOn: string;
  closesOn: string;
  closedAt: Date | null;
  secondLanguage: string | null;
  publicLink: boolean;
  publicSlug: string;
  networkWide: boolean;
  version: number;
}

export interface QuestionRow {
  id: string;
  position: number;
  kind: ConsultationQuestionKind;
  words: string;
  easyRead: string | null;
  secondLanguageWords: string | null;
  choices: ConsultationChoice[];
  required: boolean;
  textLimit: number | null;
}

const SELECT = `
  SELECT c.id, c.organisation_id AS "organisationId", c.title, c.privacy_notice AS "privacyNotice", c.anonymous,
         to_char(c.opens_on, 'YYYY-MM-DD') AS "opensOn", to_char(c.closes_on, 'YYYY-MM-DD') AS "closesOn", c.closed_at AS "closedAt",
         c.second_language AS "secondLanguage", c.public_link AS "publicLink", c.public_slug AS "publicSlug",
         c.network_wide AS "networkWide", c.version
  FROM consultation c`;

const READABLE = `beside_consultation_results_readable(c.organisation_id, c.network_wide, c.opens_on, c.closed_at)`;

/** One consultation in reach (row-level security: the running organisation's, or one that reaches her). */
export function findConsultation(em: EntityManager, id: string): Promise<ConsultationRow | null> {
  return selectRow<ConsultationRow>(em, `${SELECT} WHERE c.id = $1`, [id]);
}

/** One consultation whose results the caller may read (beside_consultation_results_readable). */
export function findReadableConsultation(em: EntityManager, id: string): Promise<ConsultationRow | null> {
  return selectRow<ConsultationRow>(em, `${SELECT} WHERE c.id = $1 AND ${READABLE}`, [id]);
}

/** The consultations whose results the caller may read (the running organisation's; others' network-wide ones once open), newest first. */
export function listConsultations(em: EntityManager): Promise<ConsultationRow[]> {
  return selectRows<ConsultationRow>(
    em,
    `${SELECT} WHERE ${READABLE} ORDER BY c.opens_on DESC, c.created_at DESC`,
  );
}

/** The consultations open today (London) that reach her, with whether she has answered each. */
export function listOpenForHer(em: EntityManager, serviceUserId: string): Promise<(ConsultationRow & { answered: boolean })[]> {
  return selectRows(
    em,
    `${SELECT.replace('FROM consultation c', ', coalesce(i.answered, false) AS answered FROM consultation c')}
     LEFT JOIN consultation_invitation i ON i.consultation_id = c.id AND i.service_user_id = $1
     WHERE c.closed_at IS NULL AND c.opens_on <= (now() AT TIME ZONE 'Europe/London')::date AND c.closes_on >= (now() AT TIME ZONE 'Europe/London')::date
     ORDER BY c.closes_on, c.id`,
    [serviceUserId],
  );
}

/** A consultation to write: its columns as read, less what the database gives it (id, version, closing, reach). */
export interface NewConsultation extends Omit<ConsultationRow, 'id' | 'closedAt' | 'version'> {
  createdBy: string;
}

export function insertConsultation(em: EntityManager, c: NewConsultation): Promise<string> {
  return insertId(
    em,
    `INSERT INTO consultation (organisation_id, title, privacy_notice, anonymous, opens_on, closes_on, second_language, public_link, public_slug, network_wide, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [c.organisationId, c.title, c.privacyNotice, c.anonymous, c.opensOn, c.closesOn, c.secondLanguage, c.publicLink, c.publicSlug, c.networkWide, c.createdBy],
  );
}

/** The columns an update may change (the service's whitelist, never the request's names). */
export interface ConsultationChanges {
  title?: string;
  privacy_notice?: string;
  opens_on?: string;
  closes_on?: string;
  second_language?: string | null;
  public_link?: boolean;
  closed_at?: Date;
}

/** Changes it only at the version the caller saw, and bumps the version (locking the row). Null: stale or gone. */
export async function updateConsultation(em: EntityManager, id: string, version: number, changes: ConsultationChanges): Promise<{ version: number } | null> {
  const columns = Object.keys(changes) as (keyof ConsultationChanges)[];
  const sets = columns.map((c, i) => `${c} = $${i + 3}`);
  const [row] = await changedRows<{ version: number }>(
    em,
    `UPDATE consultation SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE id = $1 AND version = $2 RETURNING version`,
    [id, version, ...columns.map((c) => changes[c])],
  );
  return row ?? null;
}

/** Whether anyone has answered: in the pool, moved in, or her invitation used (definer's rights: beside_app cannot read the pool). */
export async function hasAnswers(em: EntityManager, consultationId: string): Promise<boolean> {
  const row = await selectRow<{ answered: boolean }>(em, `SELECT beside_consultation_has_answers($1) AS answered`, [consultationId]);
  return !!row?.answered;
}

const QUESTION = `
  SELECT q.id, q.position, q.kind, q.words, q.easy_read AS "easyRead", q.second_language_words AS "secondLanguageWords",
         q.choices, q.required, q.text_limit AS "textLimit"
  FROM consultation_question q`;

export function findQuestions(em: EntityManager, consultationId: string): Promise<QuestionRow[]> {
  return selectRows<QuestionRow>(em, `${QUESTION} WHERE q.consultation_id = $1 ORDER BY q.position`, [consultationId]);
}

/** The questions of several consultations at once, by consultation. */
export async function findQuestionsOf(em: EntityManager, consultationIds: string[]): Promise<Map<string, QuestionRow[]>> {
  const rows = await selectRows<QuestionRow & { consultationId: string }>(
    em,
    `${QUESTION.replace('SELECT q.id', 'SELECT q.consultation_id AS "consultationId", q.id')} WHERE q.consultation_id = ANY($1) ORDER BY q.position`,
    [consultationIds],
  );
  const out = new Map<string, QuestionRow[]>(consultationIds.map((id) => [id, []]));
  for (const { consultationId, ...q } of rows) out.get(consultationId)?.push(q);
  return out;
}

export async function replaceQuestions(em: EntityManager, organisationId: string, consultationId: string, questions: Omit<QuestionRow, 'id'>[]): Promise<void> {
  await execute(em, `DELETE FROM consultation_question WHERE consultation_id = $1`, [consultationId]);
  for (const q of questions) {
    await execute(
      em,
      `INSERT INTO consultation_question (organisation_id, consultation_id, position, kind, words, easy_read, second_language_words, choices, required, text_limit)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [organisationId, consultationId, q.position, q.kind, q.words, q.easyRead, q.secondLanguageWords, JSON.stringify(q.choices), q.required, q.textLimit],
    );
  }
}

/** What the public page reads: the consultation as staff see it, less its link and version, with its questions as stored. */
export interface PublicConsultationRow
  extends Pick<ConsultationRow, 'id' | 'organisationId' | 'title' | 'privacyNotice' | 'anonymous' | 'opensOn' | 'closesOn' | 'closedAt' | 'secondLanguage'> {
  questions: {
    id: string;
    position: number;
    kind: ConsultationQuestionKind;
    words: string;
    easy_read: string | null;
    second_language_words: string | null;
    choices: ConsultationChoice[];
    required: boolean;
    text_limit: number | null;
  }[];
}

/** A consultation with its public link on, by the link's slug (definer's rights: no one is signed in). */
export function findPublicConsultation(em: EntityManager, slug: string): Promise<PublicConsultationRow | null> {
  return selectRow<PublicConsultationRow>(
    em,
    `SELECT id, organisation_id AS "organisationId", title, privacy_notice AS "privacyNotice", anonymous, to_char(opens_on, 'YYYY-MM-DD') AS "opensOn",
            to_char(closes_on, 'YYYY-MM-DD') AS "closesOn", closed_at AS "closedAt", second_language AS "secondLanguage", questions
     FROM beside_public_consultation($1)`,
    [slug],
  );
}

export type AnswerOutcome = 'ok' | 'not_found' | 'not_open' | 'answered';

/** Stores one checked answer as the context allows (her, or the public link): see beside_consultation_answer. */
export async function storeAnswer(em: EntityManager, consultationId: string, values: object[]): Promise<AnswerOutcome> {
  const row = await selectRow<{ outcome: AnswerOutcome }>(em, `SELECT beside_consultation_answer($1, $2::jsonb) AS outcome`, [consultationId, JSON.stringify(values)]);
  return row?.outcome ?? 'not_found';
}

/** Moves one consultation's pooled answers in (at least five, or all once closed); answers how many moved. */
export async function movePool(em: EntityManager, consultationId: string): Promise<number> {
  const row = await selectRow<{ moved: number }>(em, `SELECT beside_consultation_move_pool($1) AS moved`, [consultationId]);
  return row?.moved ?? 0;
}

/** The job's sweep over every consultation with pooled answers. */
export async function moveAllPools(em: EntityManager): Promise<number> {
  const row = await selectRow<{ moved: number }>(em, `SELECT beside_consultation_move_pools() AS moved`);
  return row?.moved ?? 0;
}

/** Records a proof-of-work challenge as used until it expires; false when it was used already. */
export async function useChallenge(em: EntityManager, challengeHash: Buffer, expiresAt: Date): Promise<boolean> {
  const row = await selectRow<{ fresh: boolean }>(em, `SELECT beside_consultation_use_challenge($1, $2) AS fresh`, [challengeHash, expiresAt]);
  return !!row?.fresh;
}

/**
 * The moved answers counted, for whoever may read the results (definer's rights: beside_consultation_counts):
 * all responses (no question), per question how many answered it (no key), and per choice key or scale value.
 */
export async function countAnswers(em: EntityManager, consultationId: string): Promise<{ responses: number; values: { questionId: string; key: string | null; n: number }[] }> {
  const rows = await selectRows<{ questionId: string | null; key: string | null; n: number }>(
    em,
    `SELECT question_id AS "questionId", key, n FROM beside_consultation_counts($1)`,
    [consultationId],
  );
  const values = rows.filter((r): r is { questionId: string; key: string | null; n: number } => r.questionId !== null);
  return { responses: rows.find((r) => r.questionId === null)?.n ?? 0, values };
}

/** Two questions' answers side by side (a count per pair of keys), over the responses that answered both. */
export function countCrossed(em: EntityManager, consultationId: string, rowsQuestionId: string, columnsQuestionId: string): Promise<{ rowKey: string; columnKey: string; n: number }[]> {
  return selectRows(
    em,
    `SELECT row_key AS "rowKey", column_key AS "columnKey", n FROM beside_consultation_cross_counts($1, $2, $3)`,
    [consultationId, rowsQuestionId, columnsQuestionId],
  );
}
