import type { EntityManager } from 'typeorm';
import { execute, selectRow } from '../../../database/sql';

// sign_in_throttle and request_rate are reached only through these functions (defence-in-depth migration).

/** Seconds still to wait before any of these keys is heard again (0 when none is blocked). */
export async function findSignInWait(em: EntityManager, keys: string[]): Promise<number> {
  const row = await selectRow<{ wait: string | null }>(em, `SELECT beside_sign_in_wait($1) AS wait`, [keys]);
  return Number(row?.wait ?? 0);
}

/** Counts one failure against the key; the failures within the last day. */
export async function countSignInFailure(em: EntityManager, key: string): Promise<number> {
  const row = await selectRow<{ failures: number }>(em, `SELECT beside_sign_in_failure($1) AS failures`, [key]);
  return row.failures;
}

export async function blockSignIn(em: EntityManager, key: string, seconds: number): Promise<void> {
  await execute(em, `SELECT beside_sign_in_block($1, $2)`, [key, seconds]);
}

export async function clearSignInFailures(em: EntityManager, keys: string[]): Promise<void> {
  await execute(em, `SELECT beside_sign_in_clear($1)`, [keys]);
}

/** One request's hit in a fixed window per key: hits so far, seconds to the window's end, seconds still blocked. */
export interface RateHit {
  hits: number;
  expires_in: string;
  blocked_for: string | null;
}

export async function hitRate(em: EntityManager, key: string, throttlerName: string, ttl: number, limit: number, blockDuration: number): Promise<RateHit> {
  return selectRow<RateHit>(em, `SELECT * FROM beside_rate_hit($1, $2, $3, $4, $5)`, [key, throttlerName, ttl, limit, blockDuration]);
}
