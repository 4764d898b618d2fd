import { EntityManager } from 'typeorm';
import type { NoteVersionView, NoteView, NoteVisibility } from '@beside/shared/contracts';
import { execute, insertId, selectRow, selectRows } from '../../database/sql';

const NOTE_SELECT = `
  SELECT n.id, n.journey_id AS "journeyId", n.visibility, n.body, n.created_at AS "createdAt", c.display_name AS "createdByName",
         n.updated_at AS "updatedAt", n.version, n.created_at::text AS cursor_at
  FROM note n LEFT JOIN user_account c ON c.id = n.created_by`;

export type NotePageRow = NoteView & { cursor_at: string };

export async function findNote(em: EntityManager, noteId: string): Promise<NoteView | null> {
  const row = await selectRow<NotePageRow>(em, `${NOTE_SELECT} WHERE n.id = $1`, [noteId]);
  if (!row) return null;
  const { cursor_at: _c, ...note } = row;
  return note;
}

/** A journey's notes (staff and shared), newest first, after the cursor (created at, id); limit is the page size + 1. */
export async function findNotePage(em: EntityManager, journeyId: string, after: (string | number)[] | null, limit: number): Promise<NotePageRow[]> {
  return selectRows<NotePageRow>(
    em,
    `${NOTE_SELECT}
     WHERE n.journey_id = $1 AND ($2::timestamptz IS NULL OR (n.created_at, n.id) < ($2::timestamptz, $3::uuid))
     ORDER BY n.created_at DESC, n.id DESC LIMIT $4`,
    [journeyId, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

/** A new note on her journey, by the one who writes it. */
export async function insertNote(
  em: EntityManager,
  by: { organisationId: string; userId: string },
  on: { journeyId: string; serviceUserId: string },
  n: { visibility: NoteVisibility; body: string },
): Promise<string> {
  return insertId(
    em,
    `INSERT INTO note (organisation_id, journey_id, service_user_id, visibility, body, created_by, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
    [by.organisationId, on.journeyId, on.serviceUserId, n.visibility, n.body, by.userId],
  );
}

/**
 * Keeps what the note says now, as it says it, in note_version: before every edit, so nothing said is lost.
 * With a version, only while the note is still at that version (a stale edit keeps nothing).
 */
export async function keepNoteVersion(em: EntityManager, noteId: string, version?: number): Promise<void> {
  await execute(
    em,
    `INSERT INTO note_version (organisation_id, note_id, version, visibility, body, written_at, written_by)
     SELECT organisation_id, id, version, visibility, body, updated_at, updated_by FROM note WHERE id = $1${version === undefined ? '' : ' AND version = $2'}`,
    version === undefined ? [noteId] : [noteId, version],
  );
}

/** Earlier versions of a note, newest first. */
export async function findNoteVersions(em: EntityManager, noteId: string): Promise<NoteVersionView[]> {
  return selectRows<NoteVersionView>(
    em,
    `SELECT v.version, v.visibility, v.body, v.written_at AS "writtenAt", u.display_name AS "writtenByName"
     FROM note_version v LEFT JOIN user_account u ON u.id = v.written_by
     WHERE v.note_id = $1 ORDER BY v.version DESC LIMIT 500`,
    [noteId],
  );
}
