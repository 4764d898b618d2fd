import type { MultiAgencyReferralView, RiskAssessmentView, SharingDecisionView } from '@beside/shared/contracts';

/** A MARAC referral on journey j1, still a draft, its form filled from her assessment of 1 December. */
export function exampleReferral(overrides: Partial<MultiAgencyReferralView> = {}): MultiAgencyReferralView {
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

export function exampleAssessment(overrides: Partial<RiskAssessmentView> = {}): RiskAssessmentView {
  return {
    id: 'a1',
    journeyId: 'j1',
    checklistKey: 'beside_domestic_abuse',
    checklistVersion: 1,
    checklistName: 'Domestic abuse risk checklist',
    assessedOn: '2026-12-01',
    answers: [],
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

/** Sharing with the MARAC without her consent, shown to her, not yet reviewed. */
export function exampleSharing(overrides: Partial<SharingDecisionView> = {}): SharingDecisionView {
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
    shownToHer: true,
    heldBackReason: null,
    referralId: null,
    createdAt: '2026-12-02T10:00:00Z',
    version: 1,
    ...overrides,
  };
}
