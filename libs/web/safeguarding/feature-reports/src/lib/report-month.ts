import { addMonths, thisMonth } from '@beside/shared/util';

/** The last complete month in London ("2026-02" during March 2026), the report's default. */
export function lastCompleteMonth(now: Date = new Date()): string {
  return addMonths(thisMonth(now), -1);
}
