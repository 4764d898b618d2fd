import { londonParts } from '@beside/web/journeys/data-access';

/** The Monday ("YYYY-MM-DD") of the London week holding `date`. */
export function mondayOf(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The London date of an instant. */
export function londonDate(instant: string): string {
  return londonParts(instant).date;
}

const DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });
export function dayLabel(date: string): string {
  return DAY.format(new Date(`${date}T12:00:00Z`));
}
