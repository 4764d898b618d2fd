import { EntityManager } from 'typeorm';
import { execute, selectRow, selectRows } from '../../database/sql';

export interface KeyClaim {
  organisationId: string;
  userId: string;
  key: string;
  requestHash: string;
  lifetimeHours: number;
  staleSeconds: number;
}

/**
 * Takes the key for a request: a new key, or one whose answer has expired, or one left in flight
 * by a request that died. False when the key is held (answered, or in flight).
 */
export async function claimKey(em: EntityManager, c: KeyClaim): Promise<boolean> {
  const claimed = await selectRows<unknown>(
    em,
    `INSERT INTO idempotency_key AS k (organisation_id, user_id, key, request_hash, state, expires_at)
     VALUES ($1, $2, $3, $4, 'in_flight', now() + make_interval(hours => $5))
     ON CONFLICT (organisation_id, user_id, key) DO UPDATE
       SET request_hash = EXCLUDED.request_hash, state = 'in_flight', status_code = NULL, response = NULL,
           created_at = now(), expires_at = EXCLUDED.expires_at
       WHERE k.expires_at <= now()
          OR (k.state = 'in_flight' AND k.created_at < now() - make_interval(secs => $6))
     RETURNING 1`,
    [c.organisationId, c.userId, c.key, c.requestHash, c.lifetimeHours, c.staleSeconds],
  );
  return claimed.length > 0;
}

export interface HeldKey {
  request_hash: string;
  state: 'in_flight' | 'done';
  status_code: number | null;
  response: unknown;
}

export function findKey(em: EntityManager, userId: string, key: string): Promise<HeldKey | null> {
  return selectRow<HeldKey>(em, `SELECT request_hash, state, status_code, response FROM idempotency_key WHERE user_id = $1 AND key = $2`, [userId, key]);
}

/** Records the first answer on a key still in flight. */
export async function completeKey(em: EntityManager, userId: string, key: string, statusCode: number, body: unknown): Promise<void> {
  await execute(
    em,
    `UPDATE idempotency_key SET state = 'done', status_code = $3, response = $4::jsonb
     WHERE user_id = $1 AND key = $2 AND state = 'in_flight'`,
    [userId, key, statusCode, JSON.stringify(body ?? null)],
  );
}

export async function releaseKey(em: EntityManager, userId: string, key: string): Promise<void> {
  await execute(em, `DELETE FROM idempotency_key WHERE user_id = $1 AND key = $2 AND state = 'in_flight'`, [userId, key]);
}

/** Deletes expired keys (a SECURITY DEFINER function, across organisations); how many. */
export async function sweepExpiredKeys(em: EntityManager): Promise<number> {
  const row = await selectRow<{ swept: number }>(em, `SELECT beside_sweep_idempotency_keys() AS swept`);
  return Number(row?.swept ?? 0);
}
