// Hostile values for the fuzz check, grouped by what they attack, and a seeded random
// number generator so that every run sends the same requests.

/** mulberry32: a small, fast, seeded PRNG. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sample(random, items, n) {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}

export const SQL_INJECTION = [
  "' OR '1'='1",
  "'; DROP TABLE audit_event; --",
  '1; DELETE FROM goal WHERE true; --',
  "' UNION SELECT password_hash FROM user_account --",
  "'); SELECT pg_sleep(5); --",
  '" OR ""="',
  '$1',
  "\\'; --",
];

export const HTML_INJECTION = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  'javascript:alert(1)',
  '"><svg/onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '${7*7}',
];

/** Characters that no stored text should hold (NUL, unpaired surrogates). */
export const UNSTORABLE_TEXT = ['a\u0000b', '\u0000', 'x\ud800y', '\udfff', 'end\ud83d'];

/** Legitimate but deceptive characters: right-to-left override, zero-width, combining, BOM. */
export const DECEPTIVE_UNICODE = ['\u202egnp.exe', 'zero\u200bwidth', '\ufeffbom', 'e\u0301\u0301\u0301', '\u2028line\u2029', '🏳️‍🌈👩🏽‍⚕️', 'ＡＢＣ'];

export const NOT_UUIDS = [
  'not-a-uuid',
  '',
  '1',
  '-1',
  '00000000-0000-0000-0000-00000000000g',
  '6729db4f-f539-42ca-b621-d9a340e76a2',
  '6729db4f-f539-42ca-b621-d9a340e76a2ef',
  '{6729db4f-f539-42ca-b621-d9a340e76a2e}',
  '\u200b6729db4f-f539-42ca-b621-d9a340e76a2e',
  '6729db4f-f539-42ca-b621-d9a340e76a2e\u0000',
  ...SQL_INJECTION.slice(0, 3),
];

export const BAD_DATES = ['2026-02-30', '2026-13-01', '2026-00-10', '0000-00-00', '2026-1-1', '99999-01-01', 'yesterday', '2026-12-01T10:00:00Z', '', '2026-02-29', '2026-12-01\u0000'];

export const BAD_DATE_TIMES = [
  '2026-02-30T10:00:00Z',
  '2026-12-01T25:00:00Z',
  '2026-12-01T10:61:00Z',
  '2026-12-01T10:00:00+99:00',
  'not a time',
  '+275760-09-13T00:00:00.001Z',
  '-271821-04-20T00:00:00.000Z',
  '9999999-01-01T00:00:00Z',
  '',
  '1e999',
  '2026-12-01T10:00:00Z\u202e',
];

export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];

/** A JSON value nested `depth` levels deep, as text (arrays: the densest nesting). */
export function deepJson(depth) {
  return '['.repeat(depth) + '1' + ']'.repeat(depth);
}

export function deepObjectJson(depth) {
  return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

export const ONE_MB = 1024 * 1024;
