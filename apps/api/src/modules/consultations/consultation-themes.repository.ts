import type { EntityManager } from 'typeorm';
import type { ConsultationTextView } from '@beside/shared/contracts';
import { changedRows } from '../../database/changed-rows';
import { execute, insertId, selectRow, selectRows } from '../../database/sql';

export interface ThemeRow {
  id: string;
  name: string;
  description: string | null;
}

/** A consultation's themes by name (row-level security: its runners, and whoever may read its results). */
export function findThemes(em: EntityManager, consultationId: string): Promise<ThemeRow[]> {
  return selectRows<ThemeRow>(em, `SELECT id, name, description FROM consultation_theme WHERE consultation_id = $1 ORDER BY lower(name), id`, [consultationId]);
}

/** How many free-text answers carry each theme (definer's rights: readers of the results cannot read the tags). */
export async function countThemes(em: EntityManager, consultationId: string): Promise<Map<string, number>> {
  const rows = await selectRows<{ themeId: string; n: number }>(em, `SELECT theme_id AS "themeId", n FROM beside_consultation_theme_counts($1)`, [consultationId]);
  return new Map(rows.map((r) => [r.themeId, r.n]));
}

export function themeNameTaken(em: EntityManager, consultationId: string, name: string, exceptId: string | null): Promise<{ id: string } | null> {
  return selectRow(em, `SELECT id FROM consultation_theme WHERE consultation_id = $1 AND lower(name) = lower($2) AND id IS DISTINCT FROM $3`, [consultationId, name, exceptId]);
}

export function insertTheme(em: EntityManager, organisationId: string, consultationId: string, theme: Omit<ThemeRow, 'id'>, by: string): Promise<string> {
  return insertId(
    em,
    `INSERT INTO consultation_theme (organisation_id, consultation_id, name, description, created_by, updated_by) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
    [organisationId, consultationId, theme.name, theme.description, by],
  );
}

/** Changes what is given; false when the theme is not one of this consultation's. */
export async function updateTheme(em: EntityManager, consultationId: string, id: string, changes: Partial<Omit<ThemeRow, 'id'>>, by: string): Promise<boolean> {
  const rows = await changedRows(
    em,
    `UPDATE consultation_theme SET name = coalesce($3, name), description = CASE WHEN $4 THEN $5 ELSE description END, updated_by = $6, updated_at = now()
     WHERE consultation_id = $1 AND id = $2 RETURNING id`,
    [consultationId, id, changes.name ?? null, changes.description !== undefined, changes.description ?? null, by],
  );
  return rows.length > 0;
}

/** Deletes it with its tags (a quote under it keeps its words, without the theme); false when not one of this consultation's. */
export async function deleteTheme(em: EntityManager, consultationId: string, id: string): Promise<boolean> {
  return (await changedRows(em, `DELETE FROM consultation_theme WHERE consultation_id = $1 AND id = $2 RETURNING id`, [consultationId, id])).length > 0;
}

const TEXTS = `
  SELECT v.id, v.question_id AS "questionId", v.text,
         coalesce(array(SELECT tt.theme_id FROM consultation_text_theme tt WHERE tt.organisation_id = v.organisation_id AND tt.text_id = v.id ORDER BY tt.theme_id), '{}') AS "themeIds"
  FROM consultation_response_value v JOIN consultation_response r ON r.organisation_id = v.organisation_id AND r.id = v.response_id
  WHERE r.consultation_id = $1 AND v.text IS NOT NULL`;

/** Its moved free-text answers (of one question, if given) in a random order, with nothing of the response they came from. */
export function findTexts(em: EntityManager, consultationId: string, questionId: string | null): Promise<ConsultationTextView[]> {
  return selectRows<ConsultationTextView>(em, `${TEXTS} AND ($2::uuid IS NULL OR v.question_id = $2) ORDER BY random()`, [consultationId, questionId]);
}

export function findText(em: EntityManager, consultationId: string, textId: string): Promise<ConsultationTextView | null> {
  return selectRow<ConsultationTextView>(em, `${TEXTS} AND v.id = $2`, [consultationId, textId]);
}

/** The text's themes become exactly these. */
export async function replaceTextThemes(em: EntityManager, organisationId: string, textId: string, themeIds: string[]): Promise<void> {
  await execute(em, `DELETE FROM consultation_text_theme WHERE organisation_id = $1 AND text_id = $2`, [organisationId, textId]);
  await execute(
    em,
    `INSERT INTO consultation_text_theme (organisation_id, text_id, theme_id) SELECT $1, $2, unnest($3::uuid[])`,
    [organisationId, textId, themeIds],
  );
}
