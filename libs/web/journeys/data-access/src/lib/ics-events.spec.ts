import { parseIcsEvents } from './ics-events';

const ICS = [
  'BEGIN:VCALENDAR',
  'BEGIN:VEVENT',
  'UID:6e0e8e61-9a49-4f93-8c8a-cc3298be9505@beside.example',
  'DTSTART:20261201T100000Z',
  'DTEND:20261201T110000Z',
  'SUMMARY:L.N. – gp appointment',
  'LOCATION:Riverside\\, Room 2',
  'DESCRIPTION:Riverside Surgery\\nMedication',
  '  review',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:b@beside.example',
  'DTSTART;TZID=Europe/London:20260701T093000',
  'DTEND;TZID=Europe/London:20260701T103000',
  'SUMMARY:R.A. – housing appointment',
  'STATUS:CANCELLED',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

describe('parseIcsEvents', () => {
  it('should read UTC and London times, unfold lines and unescape text', () => {
    const [summer, winter] = parseIcsEvents(ICS);
    expect(summer).toMatchObject({ id: 'b', startsAt: '2026-07-01T08:30:00.000Z', cancelled: true });
    expect(winter).toMatchObject({
      id: '6e0e8e61-9a49-4f93-8c8a-cc3298be9505',
      startsAt: '2026-12-01T10:00:00.000Z',
      endsAt: '2026-12-01T11:00:00.000Z',
      location: 'Riverside, Room 2',
      description: 'Riverside Surgery\nMedication review',
    });
  });

  it('should return nothing for an empty calendar', () => {
    expect(parseIcsEvents('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')).toEqual([]);
  });
});
