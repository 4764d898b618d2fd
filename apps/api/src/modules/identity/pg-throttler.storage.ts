import { Injectable } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { NO_CONTEXT, UnitOfWork } from '../../database/unit-of-work';

interface RateRow {
  hits: number;
  expires_in: string;
  blocked_for: string | null;
}

/**
 * @nestjs/throttler's storage in PostgreSQL (a fixed window per key), so that a limit holds
 * across every API instance behind the load balancer, and survives restarts.
 */
@Injectable()
export class PgThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly uow: UnitOfWork) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string) {
    const [row]: RateRow[] = await this.uow.run(NO_CONTEXT, (em) =>
      em.query(
        `INSERT INTO request_rate AS r (key, throttler, hits, window_ends_at)
         VALUES ($1, $2, 1, now() + make_interval(secs => $3 / 1000.0))
         ON CONFLICT (key, throttler) DO UPDATE SET
           hits = CASE WHEN r.window_ends_at <= now() THEN 1
                       WHEN r.blocked_until > now() THEN r.hits
                       ELSE r.hits + 1 END,
           window_ends_at = CASE WHEN r.window_ends_at <= now() THEN now() + make_interval(secs => $3 / 1000.0) ELSE r.window_ends_at END,
           blocked_until = CASE
             WHEN r.blocked_until > now() THEN r.blocked_until
             WHEN r.window_ends_at > now() AND r.hits + 1 > $4 THEN now() + make_interval(secs => greatest($5, $3) / 1000.0)
             ELSE NULL END
         RETURNING hits,
                   extract(epoch FROM window_ends_at - now()) AS expires_in,
                   CASE WHEN blocked_until > now() THEN extract(epoch FROM blocked_until - now()) END AS blocked_for`,
        [key.slice(0, 128), throttlerName.slice(0, 40), ttl, limit, blockDuration],
      ),
    );
    const blockedFor = row.blocked_for === null ? 0 : Math.ceil(Number(row.blocked_for));
    return {
      totalHits: blockedFor > 0 ? Math.max(row.hits, limit + 1) : row.hits,
      timeToExpire: Math.max(0, Math.ceil(Number(row.expires_in))),
      isBlocked: blockedFor > 0,
      timeToBlockExpire: blockedFor,
    };
  }
}
