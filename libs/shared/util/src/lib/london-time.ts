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
