import { addCalendarMonths, addWorkingDays, daysLeft, deadlineFor, isWorkingDay } from './challenge-deadline';

describe('challenge deadlines', () => {
  describe('working days', () => {
    it('should skip the weekend', () => {
      // Friday 18 December 2026 + 3 working days: Monday 21, Tuesday 22, Wednesday 23.
      expect(addWorkingDays('2026-12-18', 3, 'GB-ENG')).toBe('2026-12-23');
    });

    it('should skip Christmas Day and the substitute Boxing Day bank holiday of 2026', () => {
      // Wednesday 23 December: Thursday 24 (1), Friday 25 Christmas, weekend, Monday 28 substitute Boxing Day, Tuesday 29 (2), Wednesday 30 (3).
      expect(addWorkingDays('2026-12-23', 3, 'GB-ENG')).toBe('2026-12-30');
      expect(isWorkingDay('2026-12-28', 'GB-ENG')).toBe(false);
    });

    it('should skip Good Friday and Easter Monday but not Mother\'s Day or Easter Sunday as working days', () => {
      expect(isWorkingDay('2026-04-03', 'GB-ENG')).toBe(false);
      expect(isWorkingDay('2026-04-06', 'GB-WLS')).toBe(false);
      expect(addWorkingDays('2026-04-02', 1, 'GB-ENG')).toBe('2026-04-07');
    });

    it('should count across a year end with the New Year bank holiday', () => {
      // Thursday 31 December 2026 + 1: Friday 1 January is a bank holiday, so Monday 4 January 2027.
      expect(addWorkingDays('2026-12-31', 1, 'GB-ENG')).toBe('2027-01-04');
    });

    it('should give England and Wales the same summer bank holiday', () => {
      expect(isWorkingDay('2026-08-31', 'GB-ENG')).toBe(false);
      expect(isWorkingDay('2026-08-31', 'GB-WLS')).toBe(false);
      expect(isWorkingDay('2026-08-28', 'GB-ENG')).toBe(true);
    });
  });

  describe('months', () => {
    it('should give the corresponding date, or the last day of a shorter month', () => {
      expect(addCalendarMonths('2026-03-15', 1)).toBe('2026-04-15');
      expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
      expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
      expect(addCalendarMonths('2026-08-31', 1)).toBe('2026-09-30');
      expect(addCalendarMonths('2026-12-10', 12)).toBe('2027-12-10');
      expect(addCalendarMonths('2028-02-29', 12)).toBe('2029-02-28');
    });

    it('should move a limit ending on a weekend or bank holiday to the next working day only when the rule says so', () => {
      // One month from 26 November 2026 is Saturday 26 December; the next working day is Tuesday 29 December.
      expect(deadlineFor('2026-11-26', { amount: 1, unit: 'months' }, 'GB-ENG')).toBe('2026-12-26');
      expect(deadlineFor('2026-11-26', { amount: 1, unit: 'months', nextWorkingDay: true }, 'GB-ENG')).toBe('2026-12-29');
    });
  });

  describe('calendar days and weeks across clock changes', () => {
    it('should count whole calendar days whatever the clocks do', () => {
      // British Summer Time starts on Sunday 29 March 2026 and ends on Sunday 25 October 2026.
      expect(deadlineFor('2026-03-28', { amount: 1, unit: 'calendar_days' }, 'GB-ENG')).toBe('2026-03-29');
      expect(deadlineFor('2026-10-24', { amount: 2, unit: 'calendar_days' }, 'GB-ENG')).toBe('2026-10-26');
      expect(deadlineFor('2026-03-20', { amount: 8, unit: 'weeks' }, 'GB-ENG')).toBe('2026-05-15');
    });

    it('should count the days left from London\'s today, not the server\'s', () => {
      // 23:30 UTC on 24 October 2026 is 00:30 on 25 October in London (still summer time).
      expect(daysLeft('2026-10-26', new Date('2026-10-24T23:30:00Z'))).toBe(1);
      // 23:30 UTC on 26 October is 23:30 in London (winter time): the day itself.
      expect(daysLeft('2026-10-26', new Date('2026-10-26T23:30:00Z'))).toBe(0);
      expect(daysLeft('2026-10-26', new Date('2026-10-28T12:00:00Z'))).toBe(-2);
    });
  });

  it('should refuse a date that does not exist and a negative limit', () => {
    expect(() => deadlineFor('2026-02-30', { amount: 1, unit: 'months' }, 'GB-ENG')).toThrow(RangeError);
    expect(() => deadlineFor('2026-02-01', { amount: -1, unit: 'calendar_days' }, 'GB-ENG')).toThrow(RangeError);
  });
});
