import type { SafeTimeWindow } from '@beside/shared/contracts';
import { describeSafeTimes, isWithinSafeTimes, londonInstant, nextSafeTime, safeTimeWindowProblem } from './safe-times';

const weekdayMornings: SafeTimeWindow = { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], from: '10:00', until: '12:00' };
const at = (iso: string) => new Date(iso);

describe('safe times', () => {
  describe('londonInstant', () => {
    it('should read London winter time as UTC and summer time as an hour ahead', () => {
      expect(londonInstant(2026, 1, 12, 10 * 60).toISOString()).toBe('2026-01-12T10:00:00.000Z');
      expect(londonInstant(2026, 7, 13, 10 * 60).toISOString()).toBe('2026-07-13T09:00:00.000Z');
    });

    it('should take a time the March change skips as the moment the clocks jump', () => {
      // 29 March 2026: 01:00 GMT becomes 02:00 BST; 01:30 never happens in London.
      expect(londonInstant(2026, 3, 29, 90).toISOString()).toBe('2026-03-29T01:00:00.000Z');
      expect(londonInstant(2026, 3, 29, 150).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    });

    it('should take a time the October change repeats as its first occurrence', () => {
      // 25 October 2026: 02:00 BST becomes 01:00 GMT; 01:30 happens twice.
      expect(londonInstant(2026, 10, 25, 90).toISOString()).toBe('2026-10-25T00:30:00.000Z');
      expect(londonInstant(2026, 10, 25, 150).toISOString()).toBe('2026-10-25T02:30:00.000Z');
    });
  });

  describe('isWithinSafeTimes', () => {
    it('should be inside on a listed day between the times, London clock', () => {
      expect(isWithinSafeTimes([weekdayMornings], at('2026-01-12T10:30:00Z'))).toBe(true); // Monday 10:30 GMT
      expect(isWithinSafeTimes([weekdayMornings], at('2026-07-13T10:30:00Z'))).toBe(true); // Monday 11:30 BST
      expect(isWithinSafeTimes([weekdayMornings], at('2026-07-13T11:30:00Z'))).toBe(false); // Monday 12:30 BST
    });

    it('should count the start as inside and the end as outside', () => {
      expect(isWithinSafeTimes([weekdayMornings], at('2026-01-12T10:00:00Z'))).toBe(true);
      expect(isWithinSafeTimes([weekdayMornings], at('2026-01-12T12:00:00Z'))).toBe(false);
    });

    it('should be outside on a day she did not list', () => {
      expect(isWithinSafeTimes([weekdayMornings], at('2026-01-17T10:30:00Z'))).toBe(false); // Saturday
    });

    it('should follow a window past midnight into the next day', () => {
      const lateEvening: SafeTimeWindow = { days: ['friday'], from: '22:00', until: '01:00' };
      expect(isWithinSafeTimes([lateEvening], at('2026-01-17T00:30:00Z'))).toBe(true); // Saturday 00:30, Friday's window
      expect(isWithinSafeTimes([lateEvening], at('2026-01-17T01:30:00Z'))).toBe(false);
      expect(isWithinSafeTimes([lateEvening], at('2026-01-16T00:30:00Z'))).toBe(false); // Friday 00:30: Thursday has none
    });

    it('should be outside everywhere when she gave no safe times', () => {
      expect(isWithinSafeTimes([], at('2026-01-12T10:30:00Z'))).toBe(false);
    });

    it('should keep a window on London time across the March change', () => {
      const sundayEarly: SafeTimeWindow = { days: ['sunday'], from: '09:00', until: '10:00' };
      expect(isWithinSafeTimes([sundayEarly], at('2026-03-22T09:30:00Z'))).toBe(true); // 09:30 GMT, the Sunday before
      expect(isWithinSafeTimes([sundayEarly], at('2026-03-29T09:30:00Z'))).toBe(false); // 10:30 BST, the day of the change
      expect(isWithinSafeTimes([sundayEarly], at('2026-03-29T08:30:00Z'))).toBe(true); // 09:30 BST
    });

    it('should keep a window on London time across the October change', () => {
      const sundayEarly: SafeTimeWindow = { days: ['sunday'], from: '09:00', until: '10:00' };
      expect(isWithinSafeTimes([sundayEarly], at('2026-10-18T08:30:00Z'))).toBe(true); // 09:30 BST, the Sunday before
      expect(isWithinSafeTimes([sundayEarly], at('2026-10-25T08:30:00Z'))).toBe(false); // 08:30 GMT, the day of the change
      expect(isWithinSafeTimes([sundayEarly], at('2026-10-25T09:30:00Z'))).toBe(true); // 09:30 GMT
    });

    it('should make a window across the October change an hour longer and across March an hour shorter', () => {
      const night: SafeTimeWindow = { days: ['saturday'], from: '23:00', until: '03:00' };
      expect(isWithinSafeTimes([night], at('2026-10-25T02:30:00Z'))).toBe(true); // 02:30 GMT: the fifth hour
      expect(isWithinSafeTimes([night], at('2026-10-24T21:30:00Z'))).toBe(false); // 22:30 BST
      expect(isWithinSafeTimes([night], at('2026-03-29T01:30:00Z'))).toBe(true); // 02:30 BST
      expect(isWithinSafeTimes([night], at('2026-03-29T02:00:00Z'))).toBe(false); // 03:00 BST: the end
    });
  });

  describe('nextSafeTime', () => {
    it('should be now when she is inside a safe time', () => {
      expect(nextSafeTime([weekdayMornings], at('2026-01-12T10:30:00Z'))?.toISOString()).toBe('2026-01-12T10:30:00.000Z');
    });

    it('should hold a message until her next window opens', () => {
      expect(nextSafeTime([weekdayMornings], at('2026-01-12T12:00:00Z'))?.toISOString()).toBe('2026-01-13T10:00:00.000Z');
      // Friday afternoon → Monday morning.
      expect(nextSafeTime([weekdayMornings], at('2026-01-16T15:00:00Z'))?.toISOString()).toBe('2026-01-19T10:00:00.000Z');
    });

    it('should open the window at London time after the clocks change', () => {
      // Friday 27 March 2026 after the window → Monday 30 March 10:00 BST = 09:00 UTC.
      expect(nextSafeTime([weekdayMornings], at('2026-03-27T13:00:00Z'))?.toISOString()).toBe('2026-03-30T09:00:00.000Z');
      // Friday 23 October 2026 (BST) → Monday 26 October 10:00 GMT = 10:00 UTC.
      expect(nextSafeTime([weekdayMornings], at('2026-10-23T13:00:00Z'))?.toISOString()).toBe('2026-10-26T10:00:00.000Z');
    });

    it('should be null when she gave no safe times', () => {
      expect(nextSafeTime([], at('2026-01-12T10:30:00Z'))).toBeNull();
    });
  });

  describe('safeTimeWindowProblem', () => {
    it('should accept a well-formed window and name what is wrong with others', () => {
      expect(safeTimeWindowProblem(weekdayMornings)).toBeNull();
      expect(safeTimeWindowProblem({ ...weekdayMornings, days: [] })).toMatch(/at least one day/);
      expect(safeTimeWindowProblem({ ...weekdayMornings, days: ['someday' as never] })).toMatch(/days must be/);
      expect(safeTimeWindowProblem({ ...weekdayMornings, from: '9:00' })).toMatch(/HH:MM/);
      expect(safeTimeWindowProblem({ ...weekdayMornings, until: '24:00' })).toMatch(/HH:MM/);
      expect(safeTimeWindowProblem({ ...weekdayMornings, until: '10:00' })).toMatch(/same time/);
    });
  });

  describe('describeSafeTimes', () => {
    it('should put her safe times in words', () => {
      expect(describeSafeTimes([weekdayMornings])).toBe('Monday to Friday, 10:00 to 12:00');
      expect(describeSafeTimes([{ days: ['saturday', 'monday'], from: '18:00', until: '20:00' }])).toBe('Monday and Saturday, 18:00 to 20:00');
      expect(describeSafeTimes([])).toBe('No safe times given');
    });
  });
});
