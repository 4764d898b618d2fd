import { emailThrottleKey, foldAsciiCase, normaliseEmail } from './email';

describe('normaliseEmail', () => {
  it('should trim and fold A–Z only', () => {
    expect(normaliseEmail('  Rosa.Demo@Demo.Beside.TEST ')).toMatchObject({ ok: true, email: 'rosa.demo@demo.beside.test' });
  });

  it.each([
    ['a dotted capital I (U+0130)', 'rosa@demo.bes\u0130de.test'],
    ['a dotless i (U+0131)', 'rosa@demo.bes\u0131de.test'],
    ['the Kelvin sign', '\u212Aate@demo.beside.test'],
    ['full-width letters', '\uFF52osa@demo.beside.test'],
    ['a Cyrillic а mixed with Latin', 'ros\u0430@demo.beside.test'],
    ['an accented letter', 'rosé@demo.beside.test'],
    ['a zero-width space', 'rosa\u200B@demo.beside.test'],
  ])('should refuse an address with %s', (_, address) => {
    const n = normaliseEmail(address);
    expect(n.ok).toBe(false);
  });

  it('should give look-alike spellings of one address one throttle key, apart from real addresses', () => {
    expect(emailThrottleKey('ROSA@demo.beside.test')).toBe(emailThrottleKey('rosa@demo.beside.test'));
    expect(emailThrottleKey('\uFF52osa@demo.beside.test')).toBe(emailThrottleKey('\uFF32osa@demo.beside.test'));
    expect(emailThrottleKey('rosa@demo.bes\u0130de.test')).not.toBe(emailThrottleKey('rosa@demo.beside.test'));
  });

  it('should fold exactly like SQL translate(A–Z, a–z), never like a locale', () => {
    expect(foldAsciiCase('ISTANBUL@X.TEST')).toBe('istanbul@x.test');
    expect(foldAsciiCase('\u0130')).toBe('\u0130');
  });
});
