import { addMonths, thisMonth } from '@beside/shared/util';

/** The most months one view of the network figures covers (the API refuses more). */
export const MAX_MONTHS = 24;

/** The twelve complete months before this one: the view a manager sees first. */
export function defaultRange(now: Date = new Date()): { from: string; to: string } {
  const to = addMonths(thisMonth(now), -1);
  return { from: addMonths(to, -11), to };
}
