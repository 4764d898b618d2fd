import type { MultiAgencyReferralView, ReferralAgencyView } from '@beside/shared/contracts';
import { actionCountWords, nextStatuses } from './referral-words';

const AGENCIES: ReferralAgencyView[] = [
  { key: 'marac', name: 'MARAC', description: '', outcomeStatus: 'discussed', shipped: true, archived: false },
  { key: 'adult_safeguarding', name: 'Adult safeguarding', description: '', outcomeStatus: 'enquiry_opened', shipped: true, archived: false },
];

function referral(overrides: Partial<MultiAgencyReferralView>): MultiAgencyReferralView {
  return { agencyKey: 'marac', status: 'sent', history: [], actions: [], ...overrides } as MultiAgencyReferralView;
}

describe('referral words', () => {
  it('should move forward only, along the agency’s own road', () => {
    expect(nextStatuses(referral({ status: 'sent' }), AGENCIES)).toEqual(['acknowledged', 'discussed', 'actions', 'closed']);
    expect(nextStatuses(referral({ agencyKey: 'adult_safeguarding', status: 'acknowledged' }), AGENCIES)).toEqual(['enquiry_opened', 'actions', 'closed']);
    expect(nextStatuses(referral({ status: 'actions' }), AGENCIES)).toEqual(['closed']);
  });

  it('should offer nothing from a draft (it is marked sent) nor once closed', () => {
    expect(nextStatuses(referral({ status: 'draft' }), AGENCIES)).toEqual([]);
    expect(nextStatuses(referral({ status: 'closed' }), AGENCIES)).toEqual([]);
  });

  it('should count open and overdue actions in words', () => {
    const action = { id: 'x', description: '', ownerId: 'u', ownerName: 'A', dueOn: '2026-12-01', doneOn: null, overdue: true };
    expect(actionCountWords(referral({}))).toBe('No open actions');
    expect(actionCountWords(referral({ actions: [action, { ...action, id: 'y', overdue: false }, { ...action, id: 'z', doneOn: '2026-12-02' }] }))).toBe('2 open actions, 1 overdue');
  });
});
