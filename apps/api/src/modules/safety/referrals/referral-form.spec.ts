import { prefilledForm } from './referral-form';

const words = { reason: 'High risk', herViews: 'She agrees', othersAtRisk: null };
const answer = (questionKey: string, question: string, answerKey: string | null, answer: string | null, weight: number) => ({ questionKey, question, answerKey, answer, weight });

describe('prefilledForm', () => {
  it('should carry the score, the level and each answer that carried weight, as asked and answered', () => {
    const assessment = {
      id: 'a1',
      assessedOn: '2026-12-01',
      checklistName: 'Domestic abuse risk checklist',
      score: 3,
      level: 'standard' as const,
      answers: [
        answer('afraid', 'Are you very frightened?', 'yes', 'Yes', 3),
        answer('injured', 'Has he hurt you?', 'no', 'No', 0),
        answer('children', 'Are there children at home?', null, null, 0),
      ],
    };
    expect(prefilledForm(assessment, words)).toEqual({
      riskAssessmentId: 'a1',
      assessedOn: '2026-12-01',
      checklistName: 'Domestic abuse risk checklist',
      score: 3,
      level: 'standard',
      riskFactors: [{ question: 'Are you very frightened?', answer: 'Yes' }],
      ...words,
    });
  });

  it('should hold only the advocate’s words when there is no assessment', () => {
    expect(prefilledForm(null, words)).toMatchObject({ riskAssessmentId: null, score: null, level: null, riskFactors: [], reason: 'High risk' });
  });
});
