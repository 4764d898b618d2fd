import type { BankHolidayRegion, TimeLimit } from '@beside/shared/contracts';
import { londonToday } from '@beside/shared/util';
import { bankHolidays } from './bank-holidays';

/**
 * Deadlines as London calendar dates ('YYYY-MM-DD'). Arithmetic runs on UTC midnights, so a clock change in
 * between moves nothing; "today" is the London date of now.
 */
const DAY_MS = 86_400_000;

function toUtc(date: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`Not a date: ${date}`);
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) throw new RangeError(`Not a date: ${date}`);
  return d;
}

const fromUtc = (d: Date) => d.toISOString().slice(0, 10);

export function addCalendarDays(date: string, days: number): string {
  return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

/**
 * The corresponding date `months` later; where that month is shorter, its last day (31 January + 1 month is
 * 28 or 29 February) — the corresponding date rule the courts apply to "one month".
 */
export function addCalendarMonths(date: string, months: number): string {
  const d = toUtc(date);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return fromUtc(target);
}

export function isWorkingDay(date: string, region: BankHolidayRegion): boolean {
  const d = toUtc(date);
  const weekday = d.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !bankHolidays(region, d.getUTCFullYear()).has(date);
}

/** `days` working days after `date` (the day itself not counted): weekends and bank holidays are skipped. */
export function addWorkingDays(date: string, days: number, region: BankHolidayRegion): string {
  let current = date;
  for (let counted = 0; counted < days; ) {
    current = addCalendarDays(current, 1);
    if (isWorkingDay(current, region)) counted++;
  }
  return current;
}

export function nextWorkingDayFrom(date: string, region: BankHolidayRegion): string {
  let current = date;
  while (!isWorkingDay(current, region)) current = addCalendarDays(current, 1);
  return current;
}

/** The last day to act under a time limit counted from `start`. */
export function deadlineFor(start: string, limit: Pick<TimeLimit, 'amount' | 'unit' | 'nextWorkingDay'>, region: BankHolidayRegion): string {
  if (!Number.isInteger(limit.amount) || limit.amount < 0) throw new RangeError(`Not a time limit: ${limit.amount}`);
  const end =
    limit.unit === 'working_days'
      ? addWorkingDays(start, limit.amount, region)
      : limit.unit === 'months'
        ? addCalendarMonths(start, limit.amount)
        : addCalendarDays(start, limit.amount * (limit.unit === 'weeks' ? 7 : 1));
  return limit.nextWorkingDay ? nextWorkingDayFrom(end, region) : end;
}

/** Whole days from London's today to the deadline: 0 on the day, negative once missed. */
export function daysLeft(deadline: string, now: Date): number {
  return Math.round((toUtc(deadline).getTime() - toUtc(londonToday(now)).getTime()) / DAY_MS);
}
