import { renderCalendar, text } from './ics';

describe('iCalendar text (RFC 5545 §3.3.11)', () => {
  it('should turn every kind of line break into \\n: CRLF, LF and a bare CR', () => {
    expect(text('a\r\nb\nc\rd')).toBe('a\\nb\\nc\\nd');
  });

  it('should not let text with a bare carriage return start an event of its own', () => {
    const injected = 'A.B.\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:Injected\rDTSTART:20270101T090000Z';
    const ics = renderCalendar('Test', [
      { uid: 'x@beside.test', start: new Date('2027-01-01T09:00:00Z'), end: new Date('2027-01-01T10:00:00Z'), summary: injected, updatedAt: new Date(0) },
    ]);
    // Split as a lenient client would: on any of CR, LF or CRLF.
    const lines = ics.split(/\r\n|\r|\n/);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.some((l) => l.startsWith('SUMMARY:Injected'))).toBe(false);
    expect(ics).not.toMatch(/\r(?!\n)/);
  });
});
