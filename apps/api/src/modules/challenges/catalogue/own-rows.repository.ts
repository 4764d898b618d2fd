import type { EntityManager } from 'typeorm';
import { execute, selectRows } from '../../../database/sql';
import type { OwnRow } from './overlay';

/** The tables that hold an organisation's own changes to a catalogue kept in the code. */
export type OwnRowTable = 'challenge_type' | 'letter_template';

export function findOwnRows<T>(em: EntityManager, table: OwnRowTable): Promise<OwnRow<T>[]> {
  return selectRows(em, `SELECT key, definition, archived FROM ${table} ORDER BY key`);
}

export function saveOwnRow<T>(em: EntityManager, table: OwnRowTable, organisationId: string, row: OwnRow<T>, userId: string): Promise<void> {
  return execute(
    em,
    `INSERT INTO ${table} (organisation_id, key, definition, archived, updated_by) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (organisation_id, key) DO UPDATE SET definition = EXCLUDED.definition, archived = EXCLUDED.archived, updated_at = now(), updated_by = EXCLUDED.updated_by`,
    [organisationId, row.key, JSON.stringify(row.definition), row.archived, userId],
  );
}
