// Prints the current two-step sign-in code of a demo staff account (see the demo seed).
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { authenticator } = require('otplib');
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

const email = process.argv[2];
if (!email) {
  console.error('Usage: npm run demo:code -- <demo email>');
  process.exit(2);
}
const bytes = createHash('sha256').update(`beside-demo-totp:${email.toLowerCase()}`).digest().subarray(0, 20);
let bits = '';
for (const b of bytes) bits += b.toString(2).padStart(8, '0');
let secret = '';
for (let i = 0; i + 5 <= bits.length; i += 5) secret += BASE32[parseInt(bits.slice(i, i + 5), 2)];
console.log(authenticator.generate(secret));
