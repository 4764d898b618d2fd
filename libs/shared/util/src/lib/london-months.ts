import { SERVICE_TIME_ZONE } from './london-time';

// Months as "YYYY-MM", on the London calendar (monthly reports, the network figures).

/** This month in London ("2026-03" during March 2026). */
export function thisMonth(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: SERVICE_TIME_ZONE, year: 'numeric', month: '2-digit' }).format(now);
}

export function isMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** "2026-03" plus -2 → "2026-01". */
export function addMonths(month: string, count: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** How many months from `from` to `to`, both included (0 or less when `to` comes first). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return ty * 12 + tm - (fy * 12 + fm) + 1;
}

const NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-02" → "February 2026". */
export function monthName(month: string): string {
  const [year, m] = month.split('-');
  return `${NAMES[Number(m) - 1] ?? m} ${year}`;
}
