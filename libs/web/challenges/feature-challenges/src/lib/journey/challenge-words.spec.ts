import { readableDates } from './challenge-change';
import { daysLeftWords, deadlineState, fileSize, limitWords } from './challenge-words';

describe('challenge words', () => {
  it('should say how many days are left, due today, or how late', () => {
    expect(daysLeftWords(12)).toBe('12 days left');
    expect(daysLeftWords(1)).toBe('1 day left');
    expect(daysLeftWords(0)).toBe('due today');
    expect(daysLeftWords(-1)).toBe('1 day overdue');
    expect(daysLeftWords(-3)).toBe('3 days overdue');
  });

  it('should call a deadline near within 14 days and missed once past', () => {
    expect(deadlineState(15)).toBe('later');
    expect(deadlineState(14)).toBe('near');
    expect(deadlineState(0)).toBe('near');
    expect(deadlineState(-1)).toBe('missed');
  });

  it('should put a time limit in words, with what it counts from', () => {
    expect(limitWords(null)).toBe('No time limit');
    expect(limitWords({ amount: 12, unit: 'months', from: 'awareness', source: 'reg 12' })).toBe('12 months from when she became aware of it');
    expect(limitWords({ amount: 1, unit: 'months', from: 'stage_start', nextWorkingDay: true, source: 'r 22' })).toBe(
      '1 month from the day the stage begins, moved to the next working day if it ends on a weekend or bank holiday',
    );
    expect(limitWords({ amount: 3, unit: 'working_days', from: 'stage_start', source: 'reg 13' })).toBe('3 working days from the day the stage begins');
  });

  it('should give file sizes people read', () => {
    expect(fileSize(820)).toBe('820 bytes');
    expect(fileSize(12 * 1024)).toBe('12 KB');
    expect(fileSize(3.4 * 1024 * 1024)).toBe('3.4 MB');
  });
});

describe('readableDates', () => {
  it('should put the API’s dates in words people read', () => {
    const problem = { status: 400, messages: ['startedOn must not be before the event (2026-10-28)'], requestId: null, retryAfterSeconds: null };
    expect(readableDates(problem).messages).toEqual(['startedOn must not be before the event (28 October 2026)']);
  });
});
