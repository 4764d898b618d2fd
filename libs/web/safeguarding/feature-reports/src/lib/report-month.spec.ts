import { isMonth as isReportMonth, monthName, thisMonth } from '@beside/shared/util';
import { lastCompleteMonth } from './report-month';

describe('lastCompleteMonth', () => {
  it('should be the month before this one in London', () => {
    expect(lastCompleteMonth(new Date('2026-03-15T12:00:00Z'))).toBe('2026-02');
  });

  it('should go back a year in January', () => {
    expect(lastCompleteMonth(new Date('2026-01-10T12:00:00Z'))).toBe('2025-12');
  });

  it('should use London time at a month boundary', () => {
    // 23:30 UTC on 31 March is already 1 April in London (summer time).
    expect(lastCompleteMonth(new Date('2026-03-31T23:30:00Z'))).toBe('2026-03');
  });
});

describe('isReportMonth', () => {
  it('should accept YYYY-MM only', () => {
    expect(isReportMonth('2026-02')).toBe(true);
    expect(isReportMonth('2026-13')).toBe(false);
    expect(isReportMonth('2026-2')).toBe(false);
    expect(isReportMonth('')).toBe(false);
  });
});

describe('monthName', () => {
  it('should name the month in full', () => {
    expect(monthName('2026-02')).toBe('February 2026');
  });
});

describe('thisMonth', () => {
  it('should be the month it is in London', () => {
    expect(thisMonth(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04');
    expect(thisMonth(new Date('2026-01-10T12:00:00Z'))).toBe('2026-01');
  });
});
