import { breachFieldsInWords } from '../breaches/breach-words';
import { daysLeftInWords, daysLeftTone, hoursLeftInWords, icoStandingInWords } from './clock-words';
import { breach } from '@beside/web/data-protection/data-access/testing';

describe('clock words', () => {
  it('should say the days left or overdue of a request', () => {
    expect(daysLeftInWords(12)).toBe('12 days left');
    expect(daysLeftInWords(1)).toBe('1 day left');
    expect(daysLeftInWords(0)).toBe('Due today');
    expect(daysLeftInWords(-1)).toBe('1 day overdue');
    expect(daysLeftInWords(-3)).toBe('3 days overdue');
    expect([daysLeftTone(-1), daysLeftTone(7), daysLeftTone(14), daysLeftTone(20)]).toEqual(['alarm', 'red', 'amber', 'grey']);
  });

  it('should say the hours left of the 72-hour clock, or that it has passed', () => {
    expect(hoursLeftInWords(71)).toBe('71 hours left');
    expect(hoursLeftInWords(1)).toBe('1 hour left');
    expect(hoursLeftInWords(0)).toBe('Less than an hour left');
    expect(hoursLeftInWords(-5)).toBe('Passed 5 hours ago');
  });

  it('should say where a breach stands with the Commissioner once the clock stops', () => {
    const decided = { reason: 'x', decidedBy: 'Maya', decidedAt: '2027-02-01T10:00:00Z' };
    expect(icoStandingInWords(breach())).toBe('40 hours left');
    expect(icoStandingInWords(breach({ icoClock: null, icoDecision: { ...decided, tell: false } }))).toBe('Decided not to tell the Commissioner');
    expect(icoStandingInWords(breach({ icoClock: null, icoDecision: { ...decided, tell: true }, icoToldAt: '2027-02-02T10:00:00Z' }))).toBe('The Commissioner was told');
  });
});

describe('breachFieldsInWords', () => {
  it('should keep the field a message is about and put a field named later in words', () => {
    const problem = { status: 400, requestId: null, retryAfterSeconds: null, messages: ['occurredAt must not be after foundAt', 'toldAt must not be before the breach was found (foundAt)'] };
    expect(breachFieldsInWords(problem).messages).toEqual(['occurredAt must not be after when it was found', 'toldAt must not be before the breach was found']);
  });
});
