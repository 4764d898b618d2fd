import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** How many leading zero bits sha256(challenge + nonce) must have: ~65,000 tries, well under a second on a phone. */
export const PROOF_OF_WORK_BITS = 16;
/** How long a challenge may be answered: time enough to read the questions and answer them. */
export const CHALLENGE_LIFE_MS = 60 * 60 * 1000;

/**
 * A proof of work for the public link (docs/CONSULTATIONS.md): the server hands out a challenge signed with
 * its key — the consultation, an expiry and random bytes — and answers are accepted only with a nonce that makes
 * sha256(challenge + nonce) start with PROOF_OF_WORK_BITS zero bits. Each answer costs the sender real work;
 * nothing about her is kept, only the hash of the used challenge until it expires.
 */
export function issueChallenge(key: Buffer, consultationId: string, now: Date): { challenge: string; expiresAt: Date } {
  const expiresAt = new Date(now.getTime() + CHALLENGE_LIFE_MS);
  const body = `${consultationId}.${expiresAt.getTime()}.${randomBytes(16).toString('hex')}`;
  return { challenge: `${body}.${sign(key, body)}`, expiresAt };
}

export type ChallengeProblem = 'malformed' | 'wrong_consultation' | 'expired' | 'not_solved';

/** Checks a challenge and its nonce; answers its expiry, or the problem. */
export function checkProof(key: Buffer, consultationId: string, challenge: string, nonce: string, now: Date): { expiresAt: Date } | { problem: ChallengeProblem } {
  const parts = challenge.split('.');
  if (parts.length !== 4) return { problem: 'malformed' };
  const body = parts.slice(0, 3).join('.');
  const given = Buffer.from(parts[3], 'hex');
  const expected = Buffer.from(sign(key, body), 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { problem: 'malformed' };
  if (parts[0] !== consultationId) return { problem: 'wrong_consultation' };
  const expiresAt = new Date(Number(parts[1]));
  if (!(expiresAt.getTime() > now.getTime())) return { problem: 'expired' };
  if (leadingZeroBits(createHash('sha256').update(challenge + nonce).digest()) < PROOF_OF_WORK_BITS) return { problem: 'not_solved' };
  return { expiresAt };
}

/** What is kept of a used challenge: its hash, until it expires. */
export function challengeHash(challenge: string): Buffer {
  return createHash('sha256').update(challenge).digest();
}

/** Finds a nonce for a challenge, as the answer page does in her browser (and the tests here). */
export function solveChallenge(challenge: string, bits = PROOF_OF_WORK_BITS): string {
  for (let n = 0; ; n++) {
    const nonce = n.toString(36);
    if (leadingZeroBits(createHash('sha256').update(challenge + nonce).digest()) >= bits) return nonce;
  }
}

export function leadingZeroBits(digest: Buffer): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

function sign(key: Buffer, body: string): string {
  return createHmac('sha256', key).update(`consultation-challenge|${body}`).digest('hex');
}
