import type { ConsultationQuoteView, ConsultationResultsView, ConsultationView } from '@beside/shared/contracts';

// Example answers of the consultations API for this library's specs.

export function consultation(overrides: Partial<ConsultationView> = {}): ConsultationView {
  return {
    id: 'c1',
    title: 'Your say on our groups',
    privacyNotice: 'We keep your answers without your name.',
    anonymous: true,
    networkWide: false,
    opensOn: '2026-12-01',
    closesOn: '2026-12-31',
    status: 'draft',
    secondLanguage: null,
    publicLink: false,
    publicSlug: null,
    version: 2,
    locked: false,
    questions: [
      { id: 'qa', position: 1, kind: 'single', words: 'How did you hear of us?', easyRead: null, secondLanguageWords: null, required: true, textLimit: null, choices: [
        { key: 'gp', words: 'My GP', easyRead: null, secondLanguageWords: null },
        { key: 'friend', words: 'A friend', easyRead: null, secondLanguageWords: null },
      ] },
      { id: 'qb', position: 2, kind: 'text', words: 'What would you change?', easyRead: null, secondLanguageWords: null, required: false, textLimit: 500, choices: [] },
    ],
    ...overrides,
  };
}

export function results(overrides: Partial<ConsultationResultsView> = {}): ConsultationResultsView {
  return {
    consultationId: 'c1',
    title: 'Your say on our groups',
    responses: 12,
    note: 'Anonymous answers still waiting to be moved in are not counted yet.',
    questions: [
      { questionId: 'qa', kind: 'single', words: 'How did you hear of us?', answered: 12, counts: [
        { key: 'gp', words: 'My GP', count: 'suppressed' },
        { key: 'friend', words: 'A friend', count: 8 },
        { key: 'other', words: 'Other', count: '<5' },
      ] },
      { questionId: 'qs', kind: 'scale', words: 'How safe do you feel?', answered: 12, counts: [{ key: '7', words: '7', count: 12 }] },
      { questionId: 'qb', kind: 'text', words: 'What would you change?', answered: 9, counts: [] },
    ],
    themes: [{ id: 't1', name: 'Evening groups', description: null, answers: 6 }],
    quotes: [{ id: 'q9', words: 'The evening group in [a place] kept me going.', questionId: 'qb', themeId: 't1' }],
    ...overrides,
  };
}

export function quote(overrides: Partial<ConsultationQuoteView> = {}): ConsultationQuoteView {
  return {
    id: 'q1',
    words: 'I could finally say it.',
    questionId: 'qb',
    themeId: null,
    status: 'proposed',
    proposedBy: 'Amara Hughes',
    proposedAt: '2026-12-07T10:00:00Z',
    reviewedBy: null,
    reviewedAt: null,
    reviewNote: null,
    ...overrides,
  };
}
