import { createHash } from 'node:crypto';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * Demo staff accounts come with two-step sign-in already on, with a secret anyone can
 * derive from the email (`npm run demo:code -- <email>` prints the current code).
 * Only ever used by the demo seed, which production refuses to run.
 */
export function demoTotpSecret(email: string): string {
  const bytes = createHash('sha256').update(`beside-demo-totp:${email.toLowerCase()}`).digest().subarray(0, 20);
  let bits = '';
  for (const b of bytes) bits += b.toString(2).padStart(8, '0');
  let out = '';
  for (let i = 0; i + 5 <= bits.length; i += 5) out += BASE32[parseInt(bits.slice(i, i + 5), 2)];
  return out;
}
