import { challengeHeading, deadlineWords } from './challenge-words';

describe('deadlineWords', () => {
  it('should say the day and how many days are left', () => {
    expect(deadlineWords({ on: '2027-03-02', daysLeft: 12 })).toEqual({ when: expect.stringMatching(/^Tuesday,? 2 March 2027$/), left: '12 days from today.', missed: false });
  });

  it('should say today and tomorrow in words', () => {
    expect(deadlineWords({ on: '2027-03-02', daysLeft: 0 }).left).toBe('That is today.');
    expect(deadlineWords({ on: '2027-03-02', daysLeft: 1 }).left).toBe('That is tomorrow.');
  });

  it('should say a missed date plainly, without blame', () => {
    expect(deadlineWords({ on: '2027-03-02', daysLeft: -1 })).toEqual({ when: expect.stringMatching(/^Tuesday,? 2 March 2027$/), left: 'This date was yesterday.', missed: true });
    expect(deadlineWords({ on: '2027-03-02', daysLeft: -4 }).left).toBe('This date was 4 days ago.');
  });
});

describe('challengeHeading', () => {
  it('should say what it is and who it is with', () => {
    expect(challengeHeading({ typeName: 'NHS complaint', bodyChallenged: 'North Riverside NHS Trust' })).toBe('NHS complaint: North Riverside NHS Trust');
  });
});
