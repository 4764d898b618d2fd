import { Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Environment } from '../../../config/environment';
import { blockSignIn, clearSignInFailures, countSignInFailure, findSignInWait } from './throttle.repository';

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
// A device she has signed in from before (known-device.ts) answers only for its own failures:
// nobody else's guesses, from any address, can hold it back.
const KNOWN_DEVICE_RULE: Rule = { scope: 'device', free: 5, maxDelaySeconds: 15 * 60 };

export function delayAfter(failures: number, rule: Rule, firstDelaySeconds = 1): number {
  if (failures < rule.free) return 0;
  return Math.min(firstDelaySeconds * 2 ** (failures - rule.free), rule.maxDelaySeconds);
}

@Injectable()
export class SignInThrottle {
  constructor(private readonly env: Environment) {}

  /** A throttle row's key: an HMAC under SECRET_KEY, so that a row says nothing about an email or an address (issue 14.12). */
  private hash(text: string): string {
    return createHmac('sha256', this.env.SECRET_KEY).update(`beside-sign-in-throttle:${text}`).digest('hex');
  }

  /**
   * `subject` is already normalised by the caller (emailThrottleKey, or an account id).
   * `knownDevice` (a verified known-device id) replaces the address and account-wide limits with the device's own.
   */
  private keys(subject: string, ip: string | null, knownDevice?: string | null): { key: string; rule: Rule }[] {
    if (knownDevice) return [{ key: this.hash(`device:${subject}:${knownDevice}`), rule: KNOWN_DEVICE_RULE }];
    const account = subject;
    const address = ip ?? 'unknown';
    return [
      { key: this.hash(`account+ip:${account}:${address}`), rule: RULES[0] },
      { key: this.hash(`ip:${address}`), rule: RULES[1] },
      { key: this.hash(`account:${account}`), rule: RULES[2] },
    ];
  }

  /** Seconds to wait before another try is heard, or 0. */
  async secondsToWait(em: EntityManager, email: string, ip: string | null, knownDevice?: string | null): Promise<number> {
    const keys = this.keys(email, ip, knownDevice).map((k) => k.key);
    return Math.ceil(await findSignInWait(em, keys));
  }

  async recordFailure(em: EntityManager, email: string, ip: string | null, knownDevice?: string | null): Promise<void> {
    for (const { key, rule } of this.keys(email, ip, knownDevice)) {
      // Failures older than a day are forgotten.
      const delay = delayAfter(await countSignInFailure(em, key), rule, this.env.SIGN_IN_FIRST_DELAY_SECONDS);
      if (delay > 0) await blockSignIn(em, key, delay);
    }
  }

  async recordSuccess(em: EntityManager, email: string, ip: string | null, knownDevice?: string | null): Promise<void> {
    const [accountIp, , account] = this.keys(email, ip);
    const device = knownDevice ? this.keys(email, ip, knownDevice).map((k) => k.key) : [];
    await clearSignInFailures(em, [accountIp.key, account.key, ...device]);
  }
}
