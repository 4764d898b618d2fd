import { addDays, londonDate, mondayOf } from './week';

describe('week helpers', () => {
  it('should find the Monday of a week', () => {
    expect(mondayOf('2026-11-28')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
  });

  it('should add days across a month end', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
  });

  it('should put a late-evening summer appointment on its London day', () => {
    expect(londonDate('2026-07-01T23:30:00Z')).toBe('2026-07-02');
  });
});
