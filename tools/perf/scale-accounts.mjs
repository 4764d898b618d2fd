// The accounts seed:scale creates and the benchmark signs in with (fictional, test-only).
import { createRequire } from 'node:module';
import { SecretBox } from '../api-code.mjs';

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

/**
 * A TOTP seed sealed as the API seals it (its own SecretBox), under SECRET_KEY or the development default.
 * @param {string} plain
 * @param {string} [secretKey]
 */
export function sealSecret(plain, secretKey = DEVELOPMENT_SECRET) {
  return new SecretBox(secretKey ?? DEVELOPMENT_SECRET).seal(plain);
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
