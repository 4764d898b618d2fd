import { londonInstant, londonWallClock } from '@beside/shared/util';

/** A London date (YYYY-MM-DD) and time (HH:MM) from a form, as an instant for the API; null when the date is empty. */
export function londonDateTimeToIso(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes] = /^\d{2}:\d{2}$/.test(time) ? time.split(':').map(Number) : [0, 0];
  return londonInstant(year, month, day, hours * 60 + minutes).toISOString();
}

/** An instant as a London date and time for a form's date and time fields. */
export function isoToLondonInputs(iso: string): { date: string; time: string } {
  const p = londonWallClock(new Date(iso));
  const hour = p.hour === '24' ? '00' : p.hour;
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${hour}:${p.minute}` };
}
