import type { MultiAgencyReferralView, ReferralAgencyView, RiskAssessmentView, SharingDecisionView } from '@beside/shared/contracts';

export const AGENCIES: ReferralAgencyView[] = [
  { key: 'marac', name: 'MARAC', description: 'The local meeting on the highest-risk cases.', outcomeStatus: 'discussed', shipped: true, archived: false },
  { key: 'police', name: 'Police', description: 'The police.', outcomeStatus: 'outcome_received', shipped: true, archived: false },
];

export function referralExample(overrides: Partial<MultiAgencyReferralView> = {}): MultiAgencyReferralView {
  return {
    id: 'r1',
    journeyId: 'j1',
    agencyKey: 'marac',
    agencyName: 'MARAC',
    outcomeStatus: 'discussed',
    status: 'draft',
    sentTo: 'Riverside MARAC coordinator',
    reference: null,
    sentOn: null,
    nextMeetingOn: null,
    form: {
      riskAssessmentId: 'a1',
      assessedOn: '2026-12-01',
      checklistName: 'Domestic abuse risk checklist',
      score: 16,
      level: 'high',
      riskFactors: [{ question: 'Has he threatened to kill you?', answer: 'Yes' }],
      reason: 'High risk after the last incident.',
      herViews: 'She agrees.',
      othersAtRisk: null,
    },
    sharingDecisionId: null,
    concernIds: [],
    actions: [],
    history: [],
    createdBy: 'Amara Hughes',
    createdAt: '2026-12-02T10:00:00Z',
    closedOn: null,
    version: 1,
    ...overrides,
  };
}

export function assessmentExample(overrides: Partial<RiskAssessmentView> = {}): RiskAssessmentView {
  return {
    id: 'a1',
    journeyId: 'j1',
    checklistKey: 'beside_domestic_abuse',
    checklistVersion: 1,
    checklistName: 'Domestic abuse risk checklist',
    assessedOn: '2026-12-01',
    answers: [
      { questionKey: 'q1', question: 'Has he threatened to kill you?', answerKey: 'yes', answer: 'Yes', weight: 5 },
      { questionKey: 'q2', question: 'Are you pregnant?', answerKey: 'no', answer: 'No', weight: 0 },
    ],
    score: 16,
    level: 'high',
    maracRecommended: true,
    thresholds: { medium: 5, high: 10, marac: 14 },
    notes: null,
    assessedBy: 'Amara Hughes',
    createdAt: '2026-12-01T10:00:00Z',
    hiddenFromHer: null,
    ...overrides,
  };
}

export function sharingExample(overrides: Partial<SharingDecisionView> = {}): SharingDecisionView {
  return {
    id: 's1',
    journeyId: 'j1',
    what: 'The risk assessment and the referral form',
    sharedWith: 'Riverside MARAC',
    sharedOn: '2026-12-02',
    lawfulBasis: 'safeguarding',
    withConsent: false,
    considerations: ['risk_of_serious_harm', 'caldicott_seventh'],
    reasoning: 'A high risk of serious harm.',
    decidedBy: 'Amara Hughes',
    review: null,
    shownToHer: false,
    heldBackReason: 'He reads her phone.',
    referralId: null,
    createdAt: '2026-12-02T10:00:00Z',
    version: 1,
    ...overrides,
  };
}
