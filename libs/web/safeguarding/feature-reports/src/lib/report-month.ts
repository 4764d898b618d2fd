import { SERVICE_TIME_ZONE } from '@beside/shared/util';

/** The last complete month in London ("2026-02" during March 2026), the report's default. */
export function lastCompleteMonth(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: SERVICE_TIME_ZONE, year: 'numeric', month: '2-digit' }).formatToParts(now);
  const year = Number(parts.find((p) => p.type === 'year')?.value);
  const month = Number(parts.find((p) => p.type === 'month')?.value);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** This month in London ("2026-03" during March 2026): the latest a report can cover. */
export function thisMonth(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: SERVICE_TIME_ZONE, year: 'numeric', month: '2-digit' }).format(now);
}

export function isReportMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

const NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-02" → "February 2026". */
export function monthName(month: string): string {
  const [year, m] = month.split('-');
  return `${NAMES[Number(m) - 1] ?? m} ${year}`;
}
