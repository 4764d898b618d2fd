import type { EntityManager } from 'typeorm';
import type { DocumentView } from '@beside/shared/contracts';
import { changedRows } from '../../database/changed-rows';
import { insertId, selectRow, selectRows } from '../../database/sql';

export interface DocumentRow extends DocumentView {
  storageKey: string;
  contentType: string;
  extension: string;
}

const SELECT = `
  SELECT d.id, d.journey_id AS "journeyId", d.challenge_id AS "challengeId", d.description, d.content_type AS "contentType", d.extension,
         d.size_bytes AS "sizeBytes", d.visibility, d.scan, d.by_her AS "byHer", d.created_at AS "createdAt", d.storage_key AS "storageKey",
         CASE WHEN d.by_her THEN NULL ELSE u.display_name END AS "uploadedBy", d.deleted_at AS "deletedAt", d.delete_reason AS "deleteReason"
  FROM document d LEFT JOIN user_account u ON u.id = d.uploaded_by`;

export function findDocument(em: EntityManager, id: string): Promise<DocumentRow | null> {
  return selectRow<DocumentRow>(em, `${SELECT} WHERE d.id = $1`, [id]);
}

/** A journey's documents, newest first; deleted ones only when asked (staff see what was deleted, and why). */
export function findJourneyDocuments(em: EntityManager, journeyId: string, withDeleted: boolean): Promise<DocumentRow[]> {
  return selectRows<DocumentRow>(em, `${SELECT} WHERE d.journey_id = $1 AND ($2 OR d.deleted_at IS NULL) ORDER BY d.created_at DESC, d.id LIMIT 500`, [journeyId, withDeleted]);
}

/** Hers to see: shared with her on her journeys, not deleted (row-level security says the same). */
export function findHerDocuments(em: EntityManager, serviceUserId: string): Promise<DocumentRow[]> {
  return selectRows<DocumentRow>(
    em,
    `${SELECT} JOIN journey j ON j.organisation_id = d.organisation_id AND j.id = d.journey_id
     WHERE j.service_user_id = $1 AND d.visibility = 'shared' AND d.deleted_at IS NULL ORDER BY d.created_at DESC, d.id LIMIT 500`,
    [serviceUserId],
  );
}

export interface NewDocument {
  organisationId: string;
  journeyId: string;
  challengeId: string | null;
  description: string;
  storageKey: string;
  contentType: string;
  extension: string;
  sizeBytes: number;
  sha256: string;
  visibility: 'shared' | 'staff';
  scan: 'clean' | 'not_scanned' | 'held';
  uploadedBy: string;
  byHer: boolean;
}

export function insertDocument(em: EntityManager, d: NewDocument): Promise<string> {
  return insertId(
    em,
    `INSERT INTO document (organisation_id, journey_id, challenge_id, description, storage_key, content_type, extension, size_bytes, sha256, visibility, scan, uploaded_by, by_her)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
    [d.organisationId, d.journeyId, d.challengeId, d.description, d.storageKey, d.contentType, d.extension, d.sizeBytes, d.sha256, d.visibility, d.scan, d.uploadedBy, d.byHer],
  );
}

export async function softDeleteDocument(em: EntityManager, id: string, reason: string, userId: string): Promise<boolean> {
  const rows = await changedRows(em, `UPDATE document SET deleted_at = now(), deleted_by = $3, delete_reason = $2 WHERE id = $1 AND deleted_at IS NULL RETURNING id`, [id, reason, userId]);
  return rows.length > 0;
}

/** Whether the challenge is on this journey (a document may name one). */
export async function challengeOnJourney(em: EntityManager, challengeId: string, journeyId: string): Promise<boolean> {
  return (await selectRow(em, `SELECT 1 FROM challenge WHERE id = $1 AND journey_id = $2`, [challengeId, journeyId])) !== null;
}

/** Whether the organisation holds uploads it could not scan until they are ("documentsRequireScan" in its settings). */
export async function scanRequired(em: EntityManager): Promise<boolean> {
  const row = await selectRow<{ required: boolean }>(em, `SELECT coalesce((settings->>'documentsRequireScan')::boolean, false) AS required FROM organisation WHERE id = beside_current_organisation()`);
  return row?.required ?? false;
}

/** Organisations with documents not yet scanned (definer's rights: the rescan job runs in no organisation). */
export async function findOrganisationsWithUnscannedDocuments(em: EntityManager): Promise<string[]> {
  return (await selectRows<{ id: string }>(em, `SELECT beside_organisations_with_unscanned_documents() AS id`)).map((r) => r.id);
}

/** The running organisation's documents waiting for a scan, oldest first. */
export function findUnscannedDocuments(em: EntityManager, limit: number): Promise<{ id: string; journeyId: string; storageKey: string; scan: 'not_scanned' | 'held' }[]> {
  return selectRows(
    em,
    `SELECT id, journey_id AS "journeyId", storage_key AS "storageKey", scan FROM document
     WHERE scan <> 'clean' AND deleted_at IS NULL ORDER BY created_at, id LIMIT $1`,
    [limit],
  );
}

/** False when it changed meanwhile (deleted by someone): then nothing is recorded. */
export async function markScannedClean(em: EntityManager, id: string): Promise<boolean> {
  return (await changedRows(em, `UPDATE document SET scan = 'clean' WHERE id = $1 AND scan <> 'clean' AND deleted_at IS NULL RETURNING id`, [id])).length > 0;
}

/** Deleted by the service itself: the scanner found something harmful. */
export async function deleteAsHarmful(em: EntityManager, id: string, reason: string): Promise<boolean> {
  return (await changedRows(em, `UPDATE document SET deleted_at = now(), delete_reason = $2 WHERE id = $1 AND deleted_at IS NULL RETURNING id`, [id, reason])).length > 0;
}
