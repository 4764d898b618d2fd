import { WEEKDAYS, type SafeTimeWindow, type Weekday } from '@beside/shared/contracts';
import { londonWallClock } from './london-time';

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** What is wrong with a window, in words for the person entering it, or null. */
export function safeTimeWindowProblem(window: SafeTimeWindow): string | null {
  if (!Array.isArray(window.days) || window.days.length === 0) return 'choose at least one day';
  if (window.days.some((day) => !WEEKDAYS.includes(day))) return `days must be among ${WEEKDAYS.join(', ')}`;
  if (!CLOCK.test(window.from) || !CLOCK.test(window.until)) return 'times must be written as HH:MM, 24-hour';
  if (window.from === window.until) return 'the window must not start and end at the same time';
  return null;
}

const MINUTE = 60_000;
const DAY_MS = 24 * 60 * MINUTE;

interface LondonClock {
  year: number;
  month: number;
  day: number;
  weekday: Weekday;
  minuteOfDay: number;
  offsetMs: number;
}

function londonClock(instant: Date): LondonClock {
  const clock = londonWallClock(instant);
  const [year, month, day, hour, minute, second] = (['year', 'month', 'day', 'hour', 'minute', 'second'] as const).map((t) => Number(clock[t] ?? ''));
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  return {
    year,
    month,
    day,
    weekday: (clock.weekday ?? '').toLowerCase() as Weekday,
    minuteOfDay: hour * 60 + minute,
    offsetMs: asUtc - Math.floor(instant.getTime() / 1000) * 1000,
  };
}

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/**
 * The instant a London wall-clock time happens on a calendar day. A time the spring change skips
 * (01:30 on the last Sunday of March) is taken as the moment the clocks jump to; a time the autumn
 * change repeats (01:30 on the last Sunday of October) as its first occurrence.
 */
export function londonInstant(year: number, month: number, day: number, minuteOfDay: number): Date {
  const wall = Date.UTC(year, month - 1, day) + minuteOfDay * MINUTE;
  const offsets = [londonClock(new Date(wall - DAY_MS / 2)).offsetMs, londonClock(new Date(wall + DAY_MS / 2)).offsetMs];
  const candidates = [...new Set(offsets)].map((offset) => wall - offset).filter((t) => londonClock(new Date(t)).offsetMs === wall - t);
  if (candidates.length) return new Date(Math.min(...candidates));
  // Skipped by the spring change: the moment the clocks jumped, found to the minute.
  let before = wall - Math.max(...offsets);
  let after = wall - Math.min(...offsets);
  while (after - before > MINUTE) {
    const middle = before + Math.floor((after - before) / 2 / MINUTE) * MINUTE;
    if (londonClock(new Date(middle)).offsetMs === offsets[0]) before = middle;
    else after = middle;
  }
  return new Date(after);
}

interface Interval {
  start: number;
  end: number;
}

/** The windows' occurrences that overlap [from, from + days), in time order. */
function occurrences(windows: SafeTimeWindow[], from: Date, days: number): Interval[] {
  const out: Interval[] = [];
  const first = londonClock(new Date(from.getTime() - DAY_MS));
  for (let i = 0; i <= days + 1; i++) {
    const date = new Date(Date.UTC(first.year, first.month - 1, first.day + i));
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const weekday = WEEKDAYS[(date.getUTCDay() + 6) % 7];
    for (const window of windows) {
      if (!window.days.includes(weekday)) continue;
      const startMinute = minutesOf(window.from);
      const endMinute = minutesOf(window.until);
      const start = londonInstant(y, m, d, startMinute).getTime();
      const endDay = endMinute > startMinute ? date : new Date(date.getTime() + DAY_MS);
      const end = londonInstant(endDay.getUTCFullYear(), endDay.getUTCMonth() + 1, endDay.getUTCDate(), endMinute).getTime();
      if (end > start) out.push({ start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** True when the instant falls inside one of her safe times (London clock, clock changes included). */
export function isWithinSafeTimes(windows: SafeTimeWindow[], at: Date): boolean {
  const t = at.getTime();
  return occurrences(windows, at, 1).some((w) => w.start <= t && t < w.end);
}

/**
 * The first instant at or after `from` inside one of her safe times: `from` itself when it is
 * already inside one, null when she has given none.
 */
export function nextSafeTime(windows: SafeTimeWindow[], from: Date): Date | null {
  const t = from.getTime();
  for (const w of occurrences(windows, from, 8)) {
    if (w.end <= t) continue;
    return new Date(Math.max(w.start, t));
  }
  return null;
}

/** "Monday to Friday, 10:00 to 12:00": her safe times in words, for staff and for her. */
export function describeSafeTimes(windows: SafeTimeWindow[]): string {
  if (!windows.length) return 'No safe times given';
  return windows.map((w) => `${describeDays(w.days)}, ${w.from} to ${w.until}`).join('; ');
}

function describeDays(days: Weekday[]): string {
  const sorted = WEEKDAYS.filter((day) => days.includes(day));
  const name = (day: Weekday) => day[0].toUpperCase() + day.slice(1);
  if (sorted.length === 7) return 'Every day';
  const first = WEEKDAYS.indexOf(sorted[0]);
  const contiguous = sorted.every((day, i) => WEEKDAYS.indexOf(day) === first + i);
  if (contiguous && sorted.length > 2) return `${name(sorted[0])} to ${name(sorted[sorted.length - 1])}`;
  return sorted.map(name).join(', ').replace(/, ([^,]*)$/, ' and $1');
}
