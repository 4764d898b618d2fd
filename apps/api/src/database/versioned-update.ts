import { ConflictException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { changedRows } from './changed-rows';

/** The tables whose rows are edited with optimistic locking. */
export type VersionedTable = 'service_user' | 'journey' | 'consent' | 'appointment' | 'accompaniment' | 'goal' | 'step' | 'note' | 'finding' | 'campaign' | 'challenge' | 'letter';

export const STALE_VERSION_MESSAGE =
  'Someone else changed this since you opened it. Here is the current version: check it and try again.';

/**
 * The conditional update every edit goes through: it changes the row only if it is still at
 * the version the caller saw, and bumps the version. Null means the row moved on (or is gone).
 * Column names come from the caller's own whitelist, never from the request.
 */
export async function versionedUpdate(
  em: EntityManager,
  table: VersionedTable,
  id: string,
  version: number,
  changes: Record<string, unknown>,
  actorId: string,
): Promise<{ id: string; version: number } | null> {
  const columns = Object.keys(changes);
  const sets = columns.map((c, i) => `${c} = $${i + 4}`);
  const rows = await changedRows<{ id: string; version: number }>(
    em,
    `UPDATE ${table} SET ${[...sets, 'version = version + 1', 'updated_at = now()', 'updated_by = $3'].join(', ')}
     WHERE id = $1 AND version = $2 RETURNING id, version`,
    [id, version, actorId, ...columns.map((c) => changes[c])],
  );
  return rows[0] ?? null;
}

/** 409 with the record as it is now, so the form can show what changed. */
export function staleVersion(current: unknown): ConflictException {
  return new ConflictException({ message: STALE_VERSION_MESSAGE, current });
}

/** Maps the fields a request sent to their columns; returns the changes and the changed field names (for audit). */
export function pickChanges<T extends object>(
  body: T,
  columns: Partial<Record<keyof T, string>>,
  convert: Partial<Record<keyof T, (v: unknown) => unknown>> = {},
): { changes: Record<string, unknown>; fields: string[] } {
  const changes: Record<string, unknown> = {};
  const fields: string[] = [];
  for (const [field, column] of Object.entries(columns) as [keyof T, string][]) {
    const value = body[field];
    if (value === undefined) continue;
    changes[column] = convert[field] ? convert[field](value) : value;
    fields.push(String(field));
  }
  return { changes, fields };
}
