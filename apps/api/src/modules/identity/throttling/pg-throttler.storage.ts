import { Injectable } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { NO_CONTEXT, UnitOfWork } from '../../../database/unit-of-work';
import { hitRate } from './throttle.repository';

/**
 * @nestjs/throttler's storage in PostgreSQL (a fixed window per key), so that a limit holds
 * across every API instance behind the load balancer, and survives restarts.
 */
@Injectable()
export class PgThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly uow: UnitOfWork) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string) {
    // One fixed window per key.
    const row = await this.uow.run(NO_CONTEXT, (em) => hitRate(em, key.slice(0, 128), throttlerName.slice(0, 40), ttl, limit, blockDuration));
    const blockedFor = row.blocked_for === null ? 0 : Math.ceil(Number(row.blocked_for));
    return {
      totalHits: blockedFor > 0 ? Math.max(row.hits, limit + 1) : row.hits,
      timeToExpire: Math.max(0, Math.ceil(Number(row.expires_in))),
      isBlocked: blockedFor > 0,
      timeToBlockExpire: blockedFor,
    };
  }
}
