import type { RiskAssessmentView, RiskChecklistView, RiskQuestion } from '@beside/shared/contracts';

const yesNo = (yes: number) => [
  { key: 'no', label: 'No', weight: 0 },
  { key: 'yes', label: 'Yes', weight: yes },
];

export const FEAR: RiskQuestion = { key: 'fear', text: 'Are you frightened of them?', guidance: 'Ask this first and give her time.', required: true, options: yesNo(12) };
export const STALKING: RiskQuestion = { key: 'stalking', text: 'Do they follow you?', guidance: null, required: false, options: yesNo(10) };

/** The organisation's one checklist, at version 2, with a required and an optional question. */
export function exampleChecklists(questions: RiskQuestion[] = [FEAR, STALKING]): RiskChecklistView[] {
  return [
    {
      key: 'beside_domestic_abuse',
      name: 'Domestic abuse risk checklist',
      currentVersion: 2,
      archived: false,
      versions: [
        {
          checklistKey: 'beside_domestic_abuse',
          version: 2,
          name: 'Domestic abuse risk checklist',
          guidance: 'Do this with her, never about her.',
          questions,
          thresholds: { medium: 10, high: 20, marac: 20 },
          source: 'Written for Beside',
          shipped: false,
          inUse: false,
          createdAt: null,
        },
      ],
    },
  ];
}

export function exampleAssessment(overrides: Partial<RiskAssessmentView> = {}): RiskAssessmentView {
  return {
    id: 'a1',
    journeyId: 'j1',
    checklistKey: 'beside_domestic_abuse',
    checklistVersion: 2,
    checklistName: 'Domestic abuse risk checklist',
    assessedOn: '2026-11-01',
    answers: [
      { questionKey: 'fear', question: 'Are you frightened of them?', answerKey: 'yes', answer: 'Yes', weight: 12 },
      { questionKey: 'stalking', question: 'Do they follow you?', answerKey: null, answer: null, weight: 0 },
    ],
    score: 12,
    level: 'medium',
    maracRecommended: false,
    thresholds: { medium: 10, high: 20, marac: 20 },
    notes: null,
    assessedBy: 'Amara Hughes',
    createdAt: '2026-11-01T10:00:00Z',
    hiddenFromHer: null,
    ...overrides,
  };
}
