import { CONCERN_STATUSES, CONCERN_TRANSITIONS } from '@beside/shared/contracts';
import { fieldsForMove, transitionChoices } from './transition-choices';

describe('transitionChoices', () => {
  it('should offer only triage for a concern just raised', () => {
    expect(transitionChoices('raised').map((c) => c.to)).toEqual(['triaged']);
  });

  it('should offer action, referral or closing once triaged', () => {
    expect(transitionChoices('triaged').map((c) => c.to)).toEqual(['action', 'referred', 'closed']);
  });

  it('should offer nothing once closed', () => {
    expect(transitionChoices('closed')).toEqual([]);
  });

  it('should follow the shared workflow for every status, with words for each move', () => {
    for (const status of CONCERN_STATUSES) {
      const choices = transitionChoices(status);
      expect(choices.map((c) => c.to)).toEqual(CONCERN_TRANSITIONS[status]);
      for (const c of choices) expect(c.label.length).toBeGreaterThan(0);
    }
  });
});

describe('fieldsForMove', () => {
  it('should ask for severity at triage, the agency when referring, and the outcomes when closing', () => {
    expect(fieldsForMove('triaged')).toEqual({ severity: true, referredTo: false, outcome: false });
    expect(fieldsForMove('referred')).toEqual({ severity: false, referredTo: true, outcome: false });
    expect(fieldsForMove('closed')).toEqual({ severity: false, referredTo: false, outcome: true });
    expect(fieldsForMove('action')).toEqual({ severity: false, referredTo: false, outcome: false });
    expect(fieldsForMove(null)).toEqual({ severity: false, referredTo: false, outcome: false });
  });
});
