import type { ChallengeTypeView, LetterTemplateView } from '@beside/shared/contracts';

// Example answers of the catalogue's API for the specs of its pages.

/** The default NHS complaint as shipped: two stages, the first with a 12-month limit. */
export function nhsComplaint(overrides: Partial<ChallengeTypeView> = {}): ChallengeTypeView {
  return {
    key: 'nhs_complaint',
    name: 'NHS complaint',
    bodyHint: 'An NHS trust, GP practice or other NHS body',
    stages: [
      {
        key: 'complaint',
        name: 'Complaint made',
        description: 'She complains to the NHS body.',
        limit: { amount: 12, unit: 'months', from: 'awareness', source: 'Complaints Regulations 2009, regulation 12' },
      },
      { key: 'response', name: 'Response', description: 'The written response.', limit: null },
    ],
    shipped: true,
    changed: false,
    archived: false,
    ...overrides,
  };
}

/** The default NHS complaint letter, for its first stage. */
export function complaintLetter(overrides: Partial<LetterTemplateView> = {}): LetterTemplateView {
  return {
    key: 'nhs_complaint',
    name: 'NHS complaint',
    challengeTypeKey: 'nhs_complaint',
    stageKey: 'complaint',
    title: 'Complaint',
    body: 'Dear {{body.name}},\n\nMy name is .',
    shipped: true,
    changed: false,
    archived: false,
    ...overrides,
  };
}
