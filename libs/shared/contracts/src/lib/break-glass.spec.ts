import { cleanBreakGlassReason } from './break-glass';

describe('cleanBreakGlassReason', () => {
  it.each([
    ['ten spaces', ' '.repeat(10), ''],
    ['zero-width spaces, joiners and marks', '\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u180e'.repeat(2), ''],
    ['blank look-alikes', '\u3164\u115f\u2800\uffa0\u00a0\u3000\u202f', ''],
    ['tabs, line breaks and control characters', '\t\n\r\u0007 \u0085\n', ''],
  ])('should leave nothing of %s', (_what, text, cleaned) => {
    expect(cleanBreakGlassReason(text)).toBe(cleaned);
  });

  it('should keep her words, with runs of space made one and line breaks kept', () => {
    expect(cleanBreakGlassReason('  Her\u200b advocate \u00a0 is\toff sick \n\n  today  ')).toBe('Her advocate is off sick\ntoday');
  });
});
