// The accounts seed:scale creates and the benchmark signs in with (fictional, test-only).
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const ORGANISATIONS = [
  'Northern Women’s Advocacy (scale test, fictional)',
  'Midlands Voices (scale test, fictional)',
  'Coast and Country Advocacy (scale test, fictional)',
  'City Women’s Network (scale test, fictional)',
  'Valleys Advocacy Project (scale test, fictional)',
];
export const SCALE_PASSWORD = 'walk beside me, scale test 2026';
/** Base32, as otplib expects; every seeded staff account shares it. */
export const SCALE_TOTP_SECRET = 'KRSXG5CTMVRXEZLUKZQWY5LFMFRGGZDF';
/** The API's development default (apps/api/src/config/environment.ts) unless SECRET_KEY is set. */
export const DEVELOPMENT_SECRET = 'development-only-secret-do-not-use-in-production';

/** What apps/api/src/modules/identity/secrets.ts SecretBox.seal produces (AES-256-GCM, v1 format). */
export function sealSecret(plain, secretKey = DEVELOPMENT_SECRET) {
  const key = createHash('sha256').update(`beside:secret-box:${secretKey ?? DEVELOPMENT_SECRET}`).digest();
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

export function totpCode() {
  const { authenticator } = require('otplib');
  return authenticator.generate(SCALE_TOTP_SECRET);
}

/** Seeded emails: staff `<role><n>.org<o>@…`, women with a portal account `su<k>.org<o>@…` (every third k). */
export const email = {
  advocate: (o = 0, n = 0) => `advocate${n}.org${o}@scale.beside.test`,
  manager: (o = 0, n = 0) => `manager${n}.org${o}@scale.beside.test`,
  serviceUser: (o = 0, k = 0) => `su${k}.org${o}@scale.beside.test`,
};
