import { formatLondonDate, formatLondonDateTime, formatLondonTime, londonDay, londonTime, sameLondonDay } from './london-time';

describe('formatLondonDateTime', () => {
  it('should show British Summer Time an hour ahead of UTC', () => {
    expect(formatLondonDateTime('2026-07-01T09:00:00Z')).toContain('10:00');
  });

  it('should show winter times as UTC', () => {
    expect(formatLondonDateTime('2026-12-01T09:00:00Z')).toContain('09:00');
  });
});

describe('London dates', () => {
  it('should not shift a bare calendar day', () => {
    expect(formatLondonDate('2026-03-03')).toBe('3 March 2026');
    expect(londonDay('2026-03-03')).toBe('Tuesday, 3 March 2026');
  });

  it('should give the London day of an instant just before midnight UTC in summer', () => {
    expect(formatLondonDate('2026-07-01T23:30:00Z')).toBe('2 July 2026');
  });

  it('should show times in London on a 24-hour and a 12-hour clock', () => {
    expect(formatLondonTime('2026-07-01T13:30:00Z')).toBe('14:30');
    expect(londonTime('2026-07-01T13:30:00Z')).toBe('2:30\u00a0pm');
  });

  it('should compare days in London, not UTC', () => {
    expect(sameLondonDay('2026-07-01T23:30:00Z', '2026-07-01T22:30:00Z')).toBe(false);
  });
});
