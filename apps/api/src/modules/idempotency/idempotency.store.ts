import { Injectable } from '@nestjs/common';
import { DbContext, NO_CONTEXT, UnitOfWork } from '../../database/unit-of-work';
import type { Actor } from '../authz';
import { claimKey, completeKey, findKey, releaseKey, sweepExpiredKeys } from './idempotency.repository';

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
    return this.uow.run(contextOf(actor), async (em): Promise<Claim> => {
      const claimed = await claimKey(em, {
        organisationId: actor.organisationId,
        userId: actor.userId,
        key,
        requestHash,
        lifetimeHours: KEY_LIFETIME_HOURS,
        staleSeconds: IN_FLIGHT_STALE_SECONDS,
      });
      if (claimed) return { kind: 'claimed' };
      const row = await findKey(em, actor.userId, key);
      if (!row) return { kind: 'in_flight' };
      if (row.request_hash !== requestHash) return { kind: 'mismatch' };
      if (row.state === 'in_flight') return { kind: 'in_flight' };
      return { kind: 'replay', statusCode: row.status_code ?? 200, body: row.response };
    });
  }

  /** Records the answer the first request got. */
  async complete(actor: Actor, key: string, statusCode: number, body: unknown): Promise<void> {
    await this.uow.run(contextOf(actor), (em) => completeKey(em, actor.userId, key, statusCode, body));
  }

  /** A failed request leaves nothing behind: the key may be used again. */
  async release(actor: Actor, key: string): Promise<void> {
    await this.uow.run(contextOf(actor), (em) => releaseKey(em, actor.userId, key));
  }

  /** Deletes expired keys; resolves how many. */
  async sweep(): Promise<number> {
    return this.uow.run(NO_CONTEXT, (em) => sweepExpiredKeys(em));
  }
}
