// zxcvbn ships a list of the 30,000 most common passwords from real breaches.
const { passwords: COMMON_PASSWORDS } = require('zxcvbn/lib/frequency_lists') as { passwords: string[] };

const COMMON = new Set(COMMON_PASSWORDS.map((p) => p.toLowerCase()));
const CONTEXT_WORDS = ['beside', 'password', 'advocate', 'advocacy'];

export const PASSWORD_MIN_WITHOUT_SECOND_FACTOR = 15;
export const PASSWORD_MIN_WITH_SECOND_FACTOR = 8;
// Long enough for any passphrase; short enough that hashing cannot be used to tie up the server.
export const PASSWORD_MAX = 256;

/**
 * NIST SP 800-63B-4: length, not composition. No truncation, no forced rotation;
 * refuse passwords known from breaches or built from the context.
 * Returns the reason in plain words, or null when the password is acceptable.
 */
export function passwordProblem(password: string, opts: { hasSecondFactor: boolean; email?: string }): string | null {
  const min = opts.hasSecondFactor ? PASSWORD_MIN_WITH_SECOND_FACTOR : PASSWORD_MIN_WITHOUT_SECOND_FACTOR;
  const length = [...password].length;
  if (length < min) {
    return `Your password must be at least ${min} characters long${
      opts.hasSecondFactor ? '' : ' (or 8 once you have turned on two-step sign-in)'
    }. A few words you will remember make a good one.`;
  }
  if (length > PASSWORD_MAX) return `Your password can be at most ${PASSWORD_MAX} characters long.`;
  const lower = password.toLowerCase();
  const squashed = lower.replace(/[\s\-_.]+/g, '');
  if (COMMON.has(lower) || COMMON.has(squashed)) {
    return 'That password is on a list of passwords that criminals try first. Please choose another.';
  }
  const core = squashed.replace(/[\d!@#$%^&*?]+$/, '').replace(/^\d+/, '');
  if (core.length < squashed.length && (COMMON.has(core) || CONTEXT_WORDS.includes(core) || core.length === 0)) {
    return 'That password is a common password with numbers or symbols added. Please choose something less predictable.';
  }
  if (/^(.)\1+$/u.test(password) || /^(.{1,3})\1+$/u.test(squashed) || isSequence(squashed)) {
    return 'That password is a short pattern repeated. Please choose something less predictable.';
  }
  const local = opts.email?.split('@')[0]?.toLowerCase();
  if ((local && local.length >= 4 && squashed.includes(local.replace(/[\s\-_.]+/g, ''))) || CONTEXT_WORDS.some((w) => squashed === w || squashed === `${w}${w}`)) {
    return 'Your password should not contain your email address or the name of this service.';
  }
  return null;
}

/** abcdef…, 123456…, 987654…: each character one step from the last. */
function isSequence(text: string): boolean {
  if (text.length < 6) return false;
  const codes = [...text].map((c) => c.codePointAt(0) ?? 0);
  const step = codes[1] - codes[0];
  if (Math.abs(step) !== 1) return false;
  return codes.every((c, i) => i === 0 || c - codes[i - 1] === step || (step === 1 && codes[i - 1] === 57 && c === 48));
}
