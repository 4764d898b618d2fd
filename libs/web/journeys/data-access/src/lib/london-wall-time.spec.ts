import { londonParts, londonToUtc } from './london-wall-time';

describe('London wall time', () => {
  it('should read winter times as UTC', () => {
    expect(londonToUtc('2026-01-15', '09:30')).toBe('2026-01-15T09:30:00.000Z');
  });

  it('should read summer times as an hour ahead of UTC', () => {
    expect(londonToUtc('2026-07-01', '09:30')).toBe('2026-07-01T08:30:00.000Z');
  });

  it('should handle the days the clocks change', () => {
    expect(londonToUtc('2026-03-29', '03:00')).toBe('2026-03-29T02:00:00.000Z');
    expect(londonToUtc('2026-10-25', '12:00')).toBe('2026-10-25T12:00:00.000Z');
  });

  it('should split an instant into London date and time', () => {
    expect(londonParts('2026-07-01T08:30:00Z')).toEqual({ date: '2026-07-01', time: '09:30' });
    expect(londonParts('2026-12-31T23:59:00Z')).toEqual({ date: '2026-12-31', time: '23:59' });
  });
});
