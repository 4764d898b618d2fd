import type { EntityManager } from 'typeorm';
import type { ConsultationQuoteView, ConsultationResultsExtras, QuoteStatus } from '@beside/shared/contracts';
import { changedRows } from '../../database/changed-rows';
import { insertId, selectRow, selectRows } from '../../database/sql';

/** A quote as stored, with its proposer's account beside the name shown (the second-person rule compares accounts). */
export interface QuoteRow extends ConsultationQuoteView {
  proposedById: string;
}

const QUOTES = `
  SELECT q.id, q.words, q.question_id AS "questionId", q.theme_id AS "themeId", q.status,
         coalesce(p.display_name, 'A member of staff') AS "proposedBy", q.proposed_by AS "proposedById", q.proposed_at AS "proposedAt",
         CASE WHEN q.reviewed_by IS NOT NULL THEN coalesce(r.display_name, 'A member of staff') END AS "reviewedBy",
         q.reviewed_at AS "reviewedAt", q.review_note AS "reviewNote"
  FROM consultation_quote q
  LEFT JOIN user_account p ON p.id = q.proposed_by
  LEFT JOIN user_account r ON r.id = q.reviewed_by
  WHERE q.consultation_id = $1`;

/** Every quote of a consultation, proposed first, for its runners. */
export function findQuotes(em: EntityManager, consultationId: string): Promise<QuoteRow[]> {
  return selectRows<QuoteRow>(em, `${QUOTES} ORDER BY q.status <> 'proposed', q.proposed_at, q.id`, [consultationId]);
}

export function findQuote(em: EntityManager, consultationId: string, id: string): Promise<QuoteRow | null> {
  return selectRow<QuoteRow>(em, `${QUOTES} AND q.id = $2`, [consultationId, id]);
}

/** Its published quotes only (row-level security lets every reader of the results see these, and no other). */
export function findPublishedQuotes(em: EntityManager, consultationId: string): Promise<ConsultationResultsExtras['quotes']> {
  return selectRows(
    em,
    `SELECT id, words, question_id AS "questionId", theme_id AS "themeId" FROM consultation_quote
     WHERE consultation_id = $1 AND status = 'published' ORDER BY reviewed_at, id`,
    [consultationId],
  );
}

export interface NewQuote {
  organisationId: string;
  consultationId: string;
  textId: string;
  questionId: string;
  themeId: string | null;
  words: string;
  proposedBy: string;
}

export function insertQuote(em: EntityManager, q: NewQuote): Promise<string> {
  return insertId(
    em,
    `INSERT INTO consultation_quote (organisation_id, consultation_id, text_id, question_id, theme_id, words, proposed_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [q.organisationId, q.consultationId, q.textId, q.questionId, q.themeId, q.words, q.proposedBy],
  );
}

/** Records the review of a quote still proposed, by someone other than its proposer; false when it was reviewed already. */
export async function reviewQuote(em: EntityManager, id: string, status: Exclude<QuoteStatus, 'proposed'>, reviewedBy: string, note: string): Promise<boolean> {
  const rows = await changedRows(
    em,
    `UPDATE consultation_quote SET status = $2, reviewed_by = $3, reviewed_at = now(), review_note = $4
     WHERE id = $1 AND status = 'proposed' AND proposed_by <> $3 RETURNING id`,
    [id, status, reviewedBy, note],
  );
  return rows.length > 0;
}
