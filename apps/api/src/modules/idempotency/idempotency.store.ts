import { Injectable } from '@nestjs/common';
import { DbContext, NO_CONTEXT, UnitOfWork } from '../../database/unit-of-work';
import type { Actor } from '../authz/actor';

/** How long a key answers with its first result. */
export const KEY_LIFETIME_HOURS = 24;
/**
 * A claim older than this is taken to be from a request that died (every request ends well
 * within it: statement and connection timeouts are seconds), so the key can be used again.
 */
export const IN_FLIGHT_STALE_SECONDS = 60;

export type Claim =
  | { kind: 'claimed' }
  | { kind: 'replay'; statusCode: number; body: unknown }
  | { kind: 'mismatch' }
  | { kind: 'in_flight' };

interface KeyRow {
  request_hash: string;
  state: 'in_flight' | 'done';
  status_code: number | null;
  response: unknown;
}

const contextOf = (actor: Actor): DbContext => ({ organisationId: actor.organisationId, userId: actor.userId, role: actor.role });

/**
 * The idempotency keys table. Each call is its own short transaction, run before or after the
 * request's own work (never inside it: the embedded database allows one transaction at a time).
 */
@Injectable()
export class IdempotencyStore {
  constructor(private readonly uow: UnitOfWork) {}

  /** Claims the key for this request, or says why not. */
  claim(actor: Actor, key: string, requestHash: string): Promise<Claim> {
    return this.uow.run(contextOf(actor), async (em) => {
      const claimed: unknown[] = await em.query(
        `INSERT INTO idempotency_key AS k (organisation_id, user_id, key, request_hash, state, expires_at)
         VALUES ($1, $2, $3, $4, 'in_flight', now() + make_interval(hours => $5))
         ON CONFLICT (user_id, key) DO UPDATE
           SET request_hash = EXCLUDED.request_hash, state = 'in_flight', status_code = NULL, response = NULL,
               created_at = now(), expires_at = EXCLUDED.expires_at
           WHERE k.expires_at <= now()
              OR (k.state = 'in_flight' AND k.created_at < now() - make_interval(secs => $6))
         RETURNING 1`,
        [actor.organisationId, actor.userId, key, requestHash, KEY_LIFETIME_HOURS, IN_FLIGHT_STALE_SECONDS],
      );
      if (claimed.length) return { kind: 'claimed' } as Claim;
      const [row]: KeyRow[] = await em.query(
        `SELECT request_hash, state, status_code, response FROM idempotency_key WHERE user_id = $1 AND key = $2`,
        [actor.userId, key],
      );
      if (!row) return { kind: 'in_flight' } as Claim;
      if (row.request_hash !== requestHash) return { kind: 'mismatch' } as Claim;
      if (row.state === 'in_flight') return { kind: 'in_flight' } as Claim;
      return { kind: 'replay', statusCode: row.status_code ?? 200, body: row.response } as Claim;
    });
  }

  /** Records the answer the first request got. */
  async complete(actor: Actor, key: string, statusCode: number, body: unknown): Promise<void> {
    await this.uow.run(contextOf(actor), (em) =>
      em.query(
        `UPDATE idempotency_key SET state = 'done', status_code = $3, response = $4::jsonb
         WHERE user_id = $1 AND key = $2 AND state = 'in_flight'`,
        [actor.userId, key, statusCode, JSON.stringify(body ?? null)],
      ),
    );
  }

  /** A failed request leaves nothing behind: the key may be used again. */
  async release(actor: Actor, key: string): Promise<void> {
    await this.uow.run(contextOf(actor), (em) =>
      em.query(`DELETE FROM idempotency_key WHERE user_id = $1 AND key = $2 AND state = 'in_flight'`, [actor.userId, key]),
    );
  }

  /** Deletes expired keys; resolves how many. */
  async sweep(): Promise<number> {
    const [row]: { swept: number }[] = await this.uow.run(NO_CONTEXT, (em) => em.query(`SELECT beside_sweep_idempotency_keys() AS swept`));
    return Number(row?.swept ?? 0);
  }
}
