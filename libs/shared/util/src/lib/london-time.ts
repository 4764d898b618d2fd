/** Beside stores UTC and shows Europe/London, whatever the browser's or server's zone. */
export const SERVICE_TIME_ZONE = 'Europe/London';

export function formatLondonDateTime(iso: string | Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: SERVICE_TIME_ZONE,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(typeof iso === 'string' ? new Date(iso) : iso);
}

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DATE = new Intl.DateTimeFormat('en-GB', { timeZone: SERVICE_TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });
const BARE_DATE = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
const SHORT_DATE = new Intl.DateTimeFormat('en-GB', { timeZone: SERVICE_TIME_ZONE, day: 'numeric', month: 'short', year: 'numeric' });
const TIME_24 = new Intl.DateTimeFormat('en-GB', { timeZone: SERVICE_TIME_ZONE, hour: '2-digit', minute: '2-digit' });
const DAY = new Intl.DateTimeFormat('en-GB', { timeZone: SERVICE_TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const BARE_DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const SHORT_DAY = new Intl.DateTimeFormat('en-GB', { timeZone: SERVICE_TIME_ZONE, day: 'numeric', month: 'short' });
const TIME_12 = new Intl.DateTimeFormat('en-GB', { timeZone: SERVICE_TIME_ZONE, hour: 'numeric', minute: '2-digit', hour12: true });

/** "3 March 2026". A bare date ("2026-03-03") is a calendar day, not an instant, so it is not shifted. */
export function formatLondonDate(value: string): string {
  return CALENDAR_DAY.test(value) ? BARE_DATE.format(new Date(`${value}T00:00:00Z`)) : DATE.format(new Date(value));
}

/** "3 Mar 2026", London time: narrow enough for a table column on a phone. */
export function formatLondonShortDate(value: string): string {
  return SHORT_DATE.format(new Date(value));
}

/** "14:30", London time. */
export function formatLondonTime(value: string): string {
  return TIME_24.format(new Date(value));
}

/** "Tuesday 3 March 2026", London time. A bare date ("2026-03-03") is a calendar day and is not shifted. */
export function londonDay(value: string): string {
  return CALENDAR_DAY.test(value) ? BARE_DAY.format(new Date(`${value}T00:00:00Z`)) : DAY.format(new Date(value));
}

/** "3 Mar", London time. */
export function londonShortDay(value: string): string {
  return SHORT_DAY.format(new Date(value));
}

/** "2:30 pm", London time, with a space that never breaks before "pm". */
export function londonTime(value: string): string {
  return TIME_12.format(new Date(value)).replace(/\s(?=[ap]m$)/i, '\u00a0');
}

/** "3 Mar 2026, 2:30 pm", London time: short enough for a table cell on a phone. */
export function londonShortDateTime(value: string): string {
  return `${formatLondonShortDate(value)}, ${londonTime(value)}`;
}

/** True when both times fall on the same London calendar day. */
export function sameLondonDay(a: string, b: string): boolean {
  return DAY.format(new Date(a)) === DAY.format(new Date(b));
}

const WALL_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: SERVICE_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  weekday: 'long',
});

/** What London's wall clock reads at an instant: year, two-digit month, day, hour (24-hour), minute and second, and the weekday. */
export function londonWallClock(instant: Date): Partial<Record<Intl.DateTimeFormatPartTypes, string>> {
  return Object.fromEntries(WALL_CLOCK.formatToParts(instant).map((p) => [p.type, p.value]));
}

const LONDON_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: SERVICE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The London calendar date of an instant, YYYY-MM-DD. */
export function londonToday(now: Date = new Date()): string {
  return LONDON_DATE.format(now);
}
