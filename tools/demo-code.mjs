// Prints the current two-step sign-in code of a demo staff account (see the demo seed).
import { createRequire } from 'node:module';
import { demoTotpSecret } from './api-code.mjs';

const require = createRequire(import.meta.url);
const { authenticator } = require('otplib');

const email = process.argv[2];
if (!email) {
  console.error('Usage: npm run demo:code -- <demo email>');
  process.exit(2);
}
console.log(authenticator.generate(demoTotpSecret(email)));
