import { londonToUtc } from './london-wall-time';

/** One event of an iCalendar feed, as the week calendar shows it. */
export interface CalendarEvent {
  /** The appointment id (the UID before the "@"). */
  id: string;
  startsAt: string;
  endsAt: string;
  summary: string;
  location: string | null;
  description: string | null;
  cancelled: boolean;
}

function unescapeText(value: string): string {
  return value.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');
}

function toInstant(params: string, value: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', z] = m;
  if (z) return new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s)).toISOString();
  // Floating or TZID times: Beside writes only UTC or Europe/London.
  if (/TZID=/i.test(params) && !/Europe\/London/i.test(params)) return null;
  return londonToUtc(`${y}-${mo}-${d}`, `${h}:${mi}`);
}

/** A small reader for the events of Beside's own .ics feed (unfolds lines, reads UTC and London times). */
export function parseIcsEvents(ics: string): CalendarEvent[] {
  const lines = ics.replace(/\r\n[ \t]/g, '').replace(/\n[ \t]/g, '').split(/\r?\n/);
  const events: CalendarEvent[] = [];
  let current: Record<string, { params: string; value: string }> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      const start = current['DTSTART'] && toInstant(current['DTSTART'].params, current['DTSTART'].value);
      const end = current['DTEND'] && toInstant(current['DTEND'].params, current['DTEND'].value);
      if (start && end) {
        events.push({
          id: (current['UID']?.value ?? '').split('@')[0],
          startsAt: start,
          endsAt: end,
          summary: unescapeText(current['SUMMARY']?.value ?? 'Appointment'),
          location: current['LOCATION'] ? unescapeText(current['LOCATION'].value) : null,
          description: current['DESCRIPTION'] ? unescapeText(current['DESCRIPTION'].value) : null,
          cancelled: current['STATUS']?.value === 'CANCELLED',
        });
      }
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      const [name, ...params] = line.slice(0, colon).split(';');
      current[name.toUpperCase()] = { params: params.join(';'), value: line.slice(colon + 1) };
    }
  }
  return events.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}
