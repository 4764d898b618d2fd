import type { ConsultationResultsView } from '@beside/shared/contracts';
import { evidenceFigures } from './finding-evidence';

const results: ConsultationResultsView = {
  consultationId: 'c',
  title: 'Being heard',
  responses: 31,
  note: '',
  questions: [
    {
      questionId: 'q1',
      kind: 'single',
      words: 'What matters most?',
      answered: 31,
      counts: [
        { key: 'housing', words: 'Housing', count: 14 },
        { key: 'therapy', words: 'Therapy', count: '<5' },
        { key: 'police', words: 'Police', count: 'suppressed' },
      ],
    },
    { questionId: 'q2', kind: 'text', words: 'Anything else?', answered: '<5', counts: [] },
    { questionId: 'q3', kind: 'several', words: 'Which?', answered: 'suppressed', counts: [{ key: 'a', words: 'A', count: 9 }] },
  ],
  themes: [{ id: 't1', name: 'Waiting', description: null, answers: 6 }],
  quotes: [],
};

describe('evidence figures: worded as the suppressed results show them', () => {
  it('gives a question its counts "of" how many answered, keeping "<5" and hiding a hidden count', () => {
    expect(evidenceFigures(results, { questionId: 'q1', themeId: null })).toEqual(['Housing: 14 of 31', 'Therapy: <5', 'Police: not shown']);
  });

  it('never works out a total the results hid', () => {
    expect(evidenceFigures(results, { questionId: 'q3', themeId: null })).toEqual(['A: 9']);
  });

  it('gives a free-text question how many answered, a theme its answers, a consultation alone its responses', () => {
    expect(evidenceFigures(results, { questionId: 'q2', themeId: null })).toEqual(['Anything else?: <5 answered']);
    expect(evidenceFigures(results, { questionId: null, themeId: 't1' })).toEqual(['Waiting: 6 answers']);
    expect(evidenceFigures(results, { questionId: null, themeId: null })).toEqual(['Responses: 31']);
  });
});
