import { emergencyAccessEnds } from './emergency-access-banner';

describe('emergencyAccessEnds', () => {
  it('should give the time in London when access ends today', () => {
    // 14:30 UTC in December is 14:30 in London; in July it is 15:30.
    expect(emergencyAccessEnds('2026-12-07T14:30:00Z', new Date('2026-12-07T06:30:00Z'))).toBe('14:30');
    expect(emergencyAccessEnds('2026-07-07T14:30:00Z', new Date('2026-07-07T06:30:00Z'))).toBe('15:30');
  });

  it('should say tomorrow when access ends after midnight', () => {
    expect(emergencyAccessEnds('2026-12-08T03:00:00Z', new Date('2026-12-07T19:00:00Z'))).toBe('03:00 tomorrow');
  });
});
