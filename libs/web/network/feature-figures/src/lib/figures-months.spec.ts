import { addMonths, isMonth, monthName, monthsBetween, thisMonth } from '@beside/shared/util';
import { defaultRange } from './figures-months';

describe('months of the network figures', () => {
  it('should count both ends of a range', () => {
    expect(monthsBetween('2026-01', '2026-01')).toBe(1);
    expect(monthsBetween('2025-01', '2026-12')).toBe(24);
    expect(monthsBetween('2025-01', '2027-01')).toBe(25);
    expect(monthsBetween('2026-03', '2026-01')).toBe(-1);
  });

  it('should step across years both ways', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-03', -14)).toBe('2025-01');
  });

  it('should start with the twelve complete months before this one, in London', () => {
    // 23:30 UTC on 31 March is already April in London (summer time): March is then complete.
    expect(defaultRange(new Date('2026-03-31T23:30:00Z'))).toEqual({ from: '2025-04', to: '2026-03' });
    expect(thisMonth(new Date('2026-01-10T12:00:00Z'))).toBe('2026-01');
  });

  it('should accept YYYY-MM only and name it in full', () => {
    expect(isMonth('2026-02')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-2')).toBe(false);
    expect(monthName('2026-02')).toBe('February 2026');
  });
});
