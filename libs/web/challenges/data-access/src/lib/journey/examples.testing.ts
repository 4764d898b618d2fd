import type { ChallengeView, DocumentView, LetterView } from '@beside/shared/contracts';

// Example answers of the challenges API for this folder's specs and the Challenges tab's: one plausible record each.

/** Rosa's NHS complaint on journey j1, at its first stage, its deadline 12 days away. */
export function exampleChallenge(overrides: Partial<ChallengeView> = {}): ChallengeView {
  return {
    id: 'c1',
    journeyId: 'j1',
    typeKey: 'nhs_complaint',
    typeName: 'NHS complaint',
    bodyChallenged: 'North Riverside NHS Trust',
    herWords: 'An apology',
    eventOn: '2026-11-01',
    awareOn: null,
    region: 'GB-ENG',
    status: 'open',
    outcome: null,
    outcomeNote: null,
    closedOn: null,
    stages: [
      {
        id: 's1',
        key: 'complaint',
        name: 'Complaint made',
        startedOn: '2026-12-01',
        deadlineOn: '2026-12-19',
        limitSource: 'Regulations 2009, regulation 12',
        endedOn: null,
        supportLevel: null,
        note: null,
      },
    ],
    stagesAhead: [{ key: 'acknowledgement', name: 'Complaint acknowledged', limit: { amount: 3, unit: 'working_days', from: 'stage_start', source: 'regulation 13(1)' } }],
    nextDeadline: { on: '2026-12-19', stageName: 'Complaint made', daysLeft: 12 },
    version: 1,
    ...overrides,
  };
}

/** A draft letter of that challenge, written by Amara. */
export function exampleLetter(overrides: Partial<LetterView> = {}): LetterView {
  return {
    id: 'l1',
    challengeId: 'c1',
    journeyId: 'j1',
    templateKey: 'nhs_complaint',
    title: 'Complaint',
    body: 'Dear Complaints Manager,\n\n## Complaint\n\n**What I want:** An apology',
    status: 'draft',
    sentOn: null,
    sentVersion: null,
    version: 1,
    versions: [{ version: 1, title: 'Complaint', body: 'Dear Complaints Manager,', writtenBy: 'Amara Hughes', byHer: false, writtenAt: '2026-12-07T10:00:00Z' }],
    ...overrides,
  };
}

/** A photo of a letter Amara uploaded for that challenge, shared with her, not scanned (no scanner set up). */
export function exampleDocument(overrides: Partial<DocumentView> = {}): DocumentView {
  return {
    id: 'd1',
    journeyId: 'j1',
    challengeId: 'c1',
    description: 'Letter from the trust',
    sizeBytes: 2048,
    visibility: 'shared',
    scan: 'not_scanned',
    byHer: false,
    uploadedBy: 'Amara Hughes',
    createdAt: '2026-12-07T10:00:00Z',
    deletedAt: null,
    deleteReason: null,
    ...overrides,
  };
}
