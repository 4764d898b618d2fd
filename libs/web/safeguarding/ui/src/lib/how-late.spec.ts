import { howLate } from './how-late';

describe('howLate', () => {
  const due = '2026-03-10T09:00:00Z';

  it('should say days when a deadline passed a day or more ago', () => {
    expect(howLate(due, new Date('2026-03-11T09:00:00Z'))).toBe('1 day late');
    expect(howLate(due, new Date('2026-03-13T20:00:00Z'))).toBe('3 days late');
  });

  it('should say hours, then minutes, for a deadline passed today', () => {
    expect(howLate(due, new Date('2026-03-10T14:30:00Z'))).toBe('5 hours late');
    expect(howLate(due, new Date('2026-03-10T09:00:20Z'))).toBe('1 minute late');
    expect(howLate(due, new Date('2026-03-10T09:42:00Z'))).toBe('42 minutes late');
  });

  it('should not call a deadline late before it has passed', () => {
    expect(howLate(due, new Date('2026-03-10T08:00:00Z'))).toBe('due now');
  });
});
