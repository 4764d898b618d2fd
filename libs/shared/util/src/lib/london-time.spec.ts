import { formatLondonDateTime } from './london-time';

describe('formatLondonDateTime', () => {
  it('should show British Summer Time an hour ahead of UTC', () => {
    expect(formatLondonDateTime('2026-07-01T09:00:00Z')).toContain('10:00');
  });

  it('should show winter times as UTC', () => {
    expect(formatLondonDateTime('2026-12-01T09:00:00Z')).toContain('09:00');
  });
});
