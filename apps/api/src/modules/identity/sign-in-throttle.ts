import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { sha256Hex } from './secrets';

// Growing delays, never a lockout: an abuser who knows her email can slow guesses down
// but cannot stop her signing in from her own device.
interface Rule {
  scope: string;
  free: number;
  maxDelaySeconds: number;
}
const RULES: Rule[] = [
  // One account from one address: the classic guessing attack.
  { scope: 'account+ip', free: 5, maxDelaySeconds: 15 * 60 },
  // One address against any accounts: spraying.
  { scope: 'ip', free: 20, maxDelaySeconds: 15 * 60 },
  // One account from anywhere: distributed guessing. Capped low so that it can never lock her out.
  { scope: 'account', free: 50, maxDelaySeconds: 60 },
];

export function delayAfter(failures: number, rule: Rule): number {
  if (failures < rule.free) return 0;
  return Math.min(2 ** (failures - rule.free), rule.maxDelaySeconds);
}

@Injectable()
export class SignInThrottle {
  private keys(email: string, ip: string | null): { key: string; rule: Rule }[] {
    const account = email.trim().toLowerCase();
    const address = ip ?? 'unknown';
    return [
      { key: sha256Hex(`account+ip:${account}:${address}`), rule: RULES[0] },
      { key: sha256Hex(`ip:${address}`), rule: RULES[1] },
      { key: sha256Hex(`account:${account}`), rule: RULES[2] },
    ];
  }

  /** Seconds to wait before another try is heard, or 0. */
  async secondsToWait(em: EntityManager, email: string, ip: string | null): Promise<number> {
    const keys = this.keys(email, ip).map((k) => k.key);
    const rows: { wait: string | null }[] = await em.query(
      `SELECT max(extract(epoch FROM blocked_until - now())) AS wait FROM sign_in_throttle
       WHERE key = ANY($1) AND blocked_until > now()`,
      [keys],
    );
    return Math.ceil(Number(rows[0]?.wait ?? 0));
  }

  async recordFailure(em: EntityManager, email: string, ip: string | null): Promise<void> {
    for (const { key, rule } of this.keys(email, ip)) {
      // Failures older than a day are forgotten.
      const [row]: { failures: number }[] = await em.query(
        `INSERT INTO sign_in_throttle AS t (key, failures, last_failure_at) VALUES ($1, 1, now())
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN t.last_failure_at < now() - interval '1 day' THEN 1 ELSE t.failures + 1 END,
           last_failure_at = now()
         RETURNING failures`,
        [key],
      );
      const delay = delayAfter(row.failures, rule);
      if (delay > 0) {
        await em.query(`UPDATE sign_in_throttle SET blocked_until = now() + make_interval(secs => $2) WHERE key = $1`, [key, delay]);
      }
    }
  }

  async recordSuccess(em: EntityManager, email: string, ip: string | null): Promise<void> {
    const [accountIp, , account] = this.keys(email, ip);
    await em.query(`DELETE FROM sign_in_throttle WHERE key = ANY($1)`, [[accountIp.key, account.key]]);
  }
}
