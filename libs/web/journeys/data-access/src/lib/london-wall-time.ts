import { londonWallClock } from '@beside/shared/util';

/** London's wall-clock date ("2026-03-29") and time ("14:30") of an instant. */
export function londonParts(instant: string | number | Date): { date: string; time: string } {
  const clock = londonWallClock(new Date(instant));
  return { date: `${clock.year}-${clock.month}-${clock.day}`, time: `${clock.hour}:${clock.minute}` };
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
