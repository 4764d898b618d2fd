import { requestClock, requestDueOn } from './request-clock';

describe('the one-month clock of a request from her', () => {
  it.each([
    ['2027-01-15', '2027-02-15', 'the corresponding date next month (a Monday)'],
    ['2027-01-31', '2027-03-01', 'no 31 February: the last day, 28 February, is a Sunday, so Monday'],
    ['2028-01-31', '2028-02-29', 'in a leap year the last day is 29 February (a Tuesday)'],
    ['2028-02-29', '2028-03-29', '29 February: 29 March'],
    ['2027-04-30', '2027-06-01', '30 May is a Sunday and 31 May the spring bank holiday'],
    ['2027-12-31', '2028-01-31', '31 December: 31 January (a Monday)'],
    ['2026-12-31', '2027-02-01', '31 December: 31 January is a Sunday, so Monday'],
    ['2027-08-11', '2027-09-13', '11 September is a Saturday'],
    ['2027-11-25', '2027-12-29', '25 December is a Saturday; Christmas and Boxing Day are observed on 27 and 28 December'],
  ])('received %s is due %s (%s)', (receivedOn, expected) => {
    expect(requestDueOn(receivedOn)).toBe(expected);
  });

  it('extends by one or two further months counted from receipt by the same rule, never from a moved due date', () => {
    expect(requestDueOn('2027-01-31', 1)).toBe('2027-03-31');
    expect(requestDueOn('2027-01-31', 2)).toBe('2027-04-30');
    expect(requestDueOn('2027-11-25', 1)).toBe('2028-01-25');
    expect(requestDueOn('2027-11-25', 2)).toBe('2028-02-25');
    expect(requestDueOn('2028-10-31', 2)).toBe('2029-01-31');
  });

  it('shows the date that counts and the days left, and nothing once answered', () => {
    const now = new Date('2027-02-10T12:00:00Z');
    expect(requestClock({ dueOn: '2027-02-15', extendedTo: null, answeredOn: null }, now)).toEqual({ dueOn: '2027-02-15', daysLeft: 5 });
    expect(requestClock({ dueOn: '2027-02-15', extendedTo: '2027-04-15', answeredOn: null }, now)).toEqual({ dueOn: '2027-04-15', daysLeft: 64 });
    expect(requestClock({ dueOn: '2027-02-01', extendedTo: null, answeredOn: null }, now)).toEqual({ dueOn: '2027-02-01', daysLeft: -9 });
    expect(requestClock({ dueOn: '2027-02-15', extendedTo: null, answeredOn: '2027-02-09' }, now)).toBeNull();
  });
});
