/**
 * One way to read an email address, used everywhere an address is typed (sign-in, password reset,
 * invitations) and by the database (user_account.email_normalised folds the same way).
 *
 * Rule: trim, then the address must be plain printable ASCII and unchanged by NFKC; letters are
 * folded A–Z → a–z and nothing else. Anything outside ASCII (look-alike letters such as `İ`, the
 * Kelvin sign, full-width letters, other scripts, internationalised domains) is not an address an
 * account can have: invitations refuse it with a clear message, and sign-in and password reset
 * treat it as an address with no account (the same answer, and nothing sent).
 */
export const EMAIL_PLAIN_LETTERS =
  'Use an email address written in plain letters (a–z), digits and the usual signs such as . - _ + @. Addresses with accents or letters from other alphabets cannot be used.';

export interface NormalisedEmail {
  ok: boolean;
  /** The normalised address (ok), or '' (not ok). */
  email: string;
  /** Why it cannot be used (not ok). */
  problem?: string;
  /** The throttle key for it. */
  key: string;
}

const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;

/** A–Z → a–z only: the same fold as translate(email, 'A..Z', 'a..z') in SQL, whatever the locale. */
export function foldAsciiCase(text: string): string {
  return text.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}

export function normaliseEmail(input: string): NormalisedEmail {
  const trimmed = (input ?? '').trim();
  const plain = trimmed.normalize('NFKC') === trimmed && PRINTABLE_ASCII.test(trimmed) && trimmed.indexOf('@') > 0;
  if (!plain) {
    // A throttle key for an address that matches no account: its NFKC form, folded the same way,
    // so look-alike spellings of one address share one budget.
    return { ok: false, email: '', problem: EMAIL_PLAIN_LETTERS, key: `unusable:${foldAsciiCase(trimmed.normalize('NFKC'))}` };
  }
  const email = foldAsciiCase(trimmed);
  return { ok: true, email, key: email };
}

/** The key every sign-in, second-step and reset limit uses for an address. */
export function emailThrottleKey(input: string): string {
  return normaliseEmail(input).key;
}
