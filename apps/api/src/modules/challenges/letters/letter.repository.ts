import type { EntityManager } from 'typeorm';
import type { LetterView } from '@beside/shared/contracts';
import { changedRows } from '../../../database/changed-rows';
import { insertId, selectRow, selectRows } from '../../../database/sql';

export type LetterRow = Omit<LetterView, 'versions'>;

const SELECT_LETTER = `
  SELECT l.id, l.challenge_id AS "challengeId", l.journey_id AS "journeyId", l.template_key AS "templateKey", l.title, l.body, l.status,
         to_char(l.sent_on, 'YYYY-MM-DD') AS "sentOn", l.sent_version AS "sentVersion", l.version
  FROM letter l`;

export function findLetter(em: EntityManager, id: string): Promise<LetterRow | null> {
  return selectRow<LetterRow>(em, `${SELECT_LETTER} WHERE l.id = $1`, [id]);
}

export function findChallengeLetters(em: EntityManager, challengeId: string): Promise<LetterRow[]> {
  return selectRows<LetterRow>(em, `${SELECT_LETTER} WHERE l.challenge_id = $1 ORDER BY l.created_at, l.id`, [challengeId]);
}

/** Hers that she may read (row-level security also hides drafts from her), with the kind of challenge each is for. */
export function findHerLetters(em: EntityManager, serviceUserId: string): Promise<(LetterRow & { typeName: string })[]> {
  return selectRows(
    em,
    `${SELECT_LETTER.replace('l.version', `l.version, c.type_definition->>'name' AS "typeName"`)}
     JOIN challenge c ON c.organisation_id = l.organisation_id AND c.id = l.challenge_id
     JOIN journey j ON j.organisation_id = l.organisation_id AND j.id = l.journey_id
     WHERE j.service_user_id = $1 AND l.status <> 'draft' ORDER BY l.updated_at DESC, l.id`,
    [serviceUserId],
  );
}

export interface VersionRow {
  version: number;
  title: string;
  body: string;
  writtenBy: string;
  byHer: boolean;
  writtenAt: Date;
}

export function findLetterVersions(em: EntityManager, letterId: string): Promise<VersionRow[]> {
  return selectRows(
    em,
    `SELECT v.version, v.title, v.body, CASE WHEN u.role = 'service_user' THEN 'her' ELSE coalesce(u.display_name, 'someone') END AS "writtenBy",
            coalesce(u.role = 'service_user', false) AS "byHer", v.written_at AS "writtenAt"
     FROM letter_version v LEFT JOIN user_account u ON u.id = v.written_by
     WHERE v.letter_id = $1 ORDER BY v.version`,
    [letterId],
  );
}

export function insertLetter(
  em: EntityManager,
  l: { organisationId: string; journeyId: string; challengeId: string; templateKey: string; title: string; body: string; userId: string },
): Promise<string> {
  return insertId(
    em,
    `INSERT INTO letter (organisation_id, journey_id, challenge_id, template_key, title, body, created_by, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
    [l.organisationId, l.journeyId, l.challengeId, l.templateKey, l.title, l.body, l.userId],
  );
}

export async function markLetter(em: EntityManager, id: string, version: number, change: { status: 'shared' } | { status: 'sent'; on: string }, userId: string): Promise<boolean> {
  const rows = await changedRows(
    em,
    `UPDATE letter SET status = $3::text, sent_on = $4::date,
            sent_version = CASE WHEN $3::text = 'sent' THEN (SELECT max(v.version) FROM letter_version v WHERE v.organisation_id = letter.organisation_id AND v.letter_id = letter.id) END,
            version = version + 1, updated_at = now(), updated_by = $5
     WHERE id = $1 AND version = $2 AND status <> 'sent' RETURNING id`,
    [id, version, change.status, change.status === 'sent' ? change.on : null, userId],
  );
  return rows.length > 0;
}

/** The values merge fields are filled from: her record, the challenge, its current stage and her primary advocate. */
export interface MergeSource {
  herName: string;
  preferredName: string | null;
  dateOfBirth: string | null;
  advocateName: string | null;
}

export function findMergeSource(em: EntityManager, journeyId: string): Promise<MergeSource | null> {
  return selectRow<MergeSource>(
    em,
    `SELECT su.name AS "herName", su.preferred_name AS "preferredName", to_char(su.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", a.display_name AS "advocateName"
     FROM journey j JOIN service_user su ON su.organisation_id = j.organisation_id AND su.id = j.service_user_id
     LEFT JOIN user_account a ON a.id = j.primary_advocate_id
     WHERE j.id = $1`,
    [journeyId],
  );
}

/** One of her letters she may read (shared or sent; row-level security keeps her to hers), for her download. */
export function findHerLetterWords(em: EntityManager, serviceUserId: string, letterId: string): Promise<{ title: string; body: string } | null> {
  return selectRow(
    em,
    `SELECT l.title, l.body FROM letter l JOIN journey j ON j.organisation_id = l.organisation_id AND j.id = l.journey_id
     WHERE l.id = $1 AND j.service_user_id = $2 AND l.status <> 'draft'`,
    [letterId, serviceUserId],
  );
}
