import { SERVICE_TIME_ZONE } from '@beside/shared/util';

const FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: SERVICE_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "3 March 2026". A bare date ("2026-03-03") is a calendar day, not an instant, so it is not shifted. */
export function formatLondonDate(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
      new Date(`${value}T00:00:00Z`),
    );
  }
  return FORMAT.format(new Date(value));
}

const TIME = new Intl.DateTimeFormat('en-GB', { timeZone: SERVICE_TIME_ZONE, hour: '2-digit', minute: '2-digit' });

/** "14:30", London time. */
export function formatLondonTime(value: string): string {
  return TIME.format(new Date(value));
}
