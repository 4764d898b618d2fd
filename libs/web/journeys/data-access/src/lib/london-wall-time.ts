import { SERVICE_TIME_ZONE } from '@beside/shared/util';

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: SERVICE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** London's wall-clock date ("2026-03-29") and time ("14:30") of an instant. */
export function londonParts(instant: string | number | Date): { date: string; time: string } {
  const parts = Object.fromEntries(PARTS.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return { date: `${parts['year']}-${parts['month']}-${parts['day']}`, time: `${parts['hour']}:${parts['minute']}` };
}

function offsetMinutes(utcMillis: number): number {
  const { date, time } = londonParts(utcMillis);
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  return Math.round((asUtc - Math.floor(utcMillis / 60000) * 60000) / 60000);
}

/** The instant (ISO, UTC) of a London wall-clock date and time, across daylight-saving changes. */
export function londonToUtc(date: string, time: string): string {
  const naive = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(naive)) throw new Error(`Not a date and time: ${date} ${time}`);
  let guess = naive - offsetMinutes(naive) * 60000;
  guess = naive - offsetMinutes(guess) * 60000;
  return new Date(guess).toISOString();
}

/** Today in London, as "YYYY-MM-DD". */
export function londonToday(now = Date.now()): string {
  return londonParts(now).date;
}
