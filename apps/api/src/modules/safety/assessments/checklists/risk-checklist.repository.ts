import type { EntityManager } from 'typeorm';
import type { RiskChecklistBody } from '@beside/shared/contracts';
import { changedRows } from '../../../../database/changed-rows';
import { execute, selectRow, selectRows } from '../../../../database/sql';

/** An organisation's row for a checklist: one of its own, or its versions of (or archiving of) the shipped one. */
export interface ChecklistRow {
  key: string;
  name: string;
  archived: boolean;
}

export interface VersionRow {
  checklistKey: string;
  version: number;
  body: RiskChecklistBody;
  createdAt: string;
  inUse: boolean;
}

const IN_USE = (key: string, version: string) =>
  `EXISTS (SELECT 1 FROM risk_assessment a WHERE a.organisation_id = (SELECT beside_current_organisation()) AND a.checklist_key = ${key} AND a.checklist_version = ${version})`;

export function findChecklistRows(em: EntityManager): Promise<ChecklistRow[]> {
  return selectRows(em, `SELECT key, name, archived_at IS NOT NULL AS archived FROM risk_checklist ORDER BY key`);
}

export function findChecklistRow(em: EntityManager, key: string): Promise<ChecklistRow | null> {
  return selectRow(em, `SELECT key, name, archived_at IS NOT NULL AS archived FROM risk_checklist WHERE key = $1`, [key]);
}

/** Every stored version, oldest first, each saying whether an assessment used it. */
export function findVersionRows(em: EntityManager): Promise<VersionRow[]> {
  return selectRows(
    em,
    `SELECT v.checklist_key AS "checklistKey", v.version, v.body, v.created_at AS "createdAt", ${IN_USE('v.checklist_key', 'v.version')} AS "inUse"
     FROM risk_checklist_version v ORDER BY v.checklist_key, v.version`,
  );
}

/** Whether an assessment used this version (for the shipped version, which has no row). */
export async function versionInUse(em: EntityManager, key: string, version: number): Promise<boolean> {
  const row = await selectRow<{ inUse: boolean }>(em, `SELECT ${IN_USE('$1', '$2')} AS "inUse"`, [key, version]);
  return !!row?.inUse;
}

/** The checklist's row, made when the organisation first adds to or archives the shipped one; nothing when it exists. */
export function ensureChecklistRow(em: EntityManager, c: { organisationId: string; key: string; name: string; userId: string }): Promise<void> {
  return execute(
    em,
    `INSERT INTO risk_checklist (organisation_id, key, name, created_by) VALUES ($1, $2, $3, $4) ON CONFLICT (organisation_id, key) DO NOTHING`,
    [c.organisationId, c.key, c.name, c.userId],
  );
}

/** A new checklist of the organisation's own: false when the key is already taken. */
export async function insertChecklistRow(em: EntityManager, c: { organisationId: string; key: string; name: string; userId: string }): Promise<boolean> {
  const rows = await selectRows(
    em,
    `INSERT INTO risk_checklist (organisation_id, key, name, created_by) VALUES ($1, $2, $3, $4) ON CONFLICT (organisation_id, key) DO NOTHING RETURNING key`,
    [c.organisationId, c.key, c.name, c.userId],
  );
  return rows.length > 0;
}

/** The checklist's name follows its newest version; archived or brought back. */
export function updateChecklistRow(em: EntityManager, key: string, changes: { name?: string; archived?: boolean }): Promise<void> {
  return execute(
    em,
    `UPDATE risk_checklist SET name = coalesce($2, name),
            archived_at = CASE WHEN $3::boolean IS NULL THEN archived_at WHEN $3 THEN coalesce(archived_at, now()) ELSE NULL END
     WHERE key = $1`,
    [key, changes.name ?? null, changes.archived ?? null],
  );
}

export function insertVersion(em: EntityManager, v: { organisationId: string; key: string; version: number; body: RiskChecklistBody; userId: string }): Promise<void> {
  return execute(
    em,
    `INSERT INTO risk_checklist_version (organisation_id, checklist_key, version, body, created_by, updated_by) VALUES ($1, $2, $3, $4, $5, $5)`,
    [v.organisationId, v.key, v.version, JSON.stringify(v.body), v.userId],
  );
}

/** Changes a version no assessment has used (the database refuses one in use whatever the caller checked): false when there is no such version. */
export async function updateVersion(em: EntityManager, v: { key: string; version: number; body: RiskChecklistBody; userId: string }): Promise<boolean> {
  const rows = await changedRows(
    em,
    `UPDATE risk_checklist_version SET body = $3, updated_by = $4, updated_at = now() WHERE checklist_key = $1 AND version = $2 RETURNING version`,
    [v.key, v.version, JSON.stringify(v.body), v.userId],
  );
  return rows.length > 0;
}
