const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** How long ago a deadline passed, in the largest whole unit: "3 days late", "5 hours late", "10 minutes late". */
export function howLate(dueAt: string, now: Date = new Date()): string {
  const late = now.getTime() - Date.parse(dueAt);
  if (!(late > 0)) return 'due now';
  if (late >= DAY) return `${plural(Math.floor(late / DAY), 'day')} late`;
  if (late >= HOUR) return `${plural(Math.floor(late / HOUR), 'hour')} late`;
  return `${plural(Math.max(1, Math.floor(late / MINUTE)), 'minute')} late`;
}
