import type { RiskChecklistBody } from '@beside/shared/contracts';
import { SHIPPED_CHECKLIST } from './checklists/shipped-checklist';
import { answerProblems, riskLevel, scoreRiskAssessment } from './risk-scoring';

const checklist: RiskChecklistBody = {
  name: 'Test checklist',
  guidance: '',
  source: 'Written for the test',
  thresholds: { medium: 4, high: 8, marac: 10 },
  questions: [
    { key: 'fear', text: 'Are you frightened?', guidance: null, required: true, options: [{ key: 'no', label: 'No', weight: 0 }, { key: 'yes', label: 'Yes', weight: 4 }] },
    { key: 'threats', text: 'Have they threatened you?', guidance: null, required: true, options: [{ key: 'no', label: 'No', weight: 0 }, { key: 'yes', label: 'Yes', weight: 4 }] },
    { key: 'stalking', text: 'Do they follow you?', guidance: null, required: false, options: [{ key: 'no', label: 'No', weight: 0 }, { key: 'not_sure', label: 'Not sure', weight: 1 }, { key: 'yes', label: 'Yes', weight: 2 }] },
  ],
};

describe('riskLevel', () => {
  const t = { medium: 4, high: 8, marac: 10 };
  it.each([
    [0, 'standard'],
    [3, 'standard'],
    [4, 'medium'],
    [7, 'medium'],
    [8, 'high'],
    [100, 'high'],
  ])('should put a score of %i at %s when the bands start at 4 and 8', (score, level) => {
    expect(riskLevel(score, t)).toBe(level);
  });

  it('should go straight to high when medium and high are the same threshold', () => {
    expect(riskLevel(5, { medium: 5, high: 5, marac: 5 })).toBe('high');
  });
});

describe('scoreRiskAssessment', () => {
  it('should sum the weights of the answers given and list every question as asked, unanswered ones weighing nothing', () => {
    const sut = scoreRiskAssessment(checklist, { fear: 'yes', threats: 'no' });
    expect(sut.score).toBe(4);
    expect(sut.answers).toEqual([
      { questionKey: 'fear', question: 'Are you frightened?', answerKey: 'yes', answer: 'Yes', weight: 4 },
      { questionKey: 'threats', question: 'Have they threatened you?', answerKey: 'no', answer: 'No', weight: 0 },
      { questionKey: 'stalking', question: 'Do they follow you?', answerKey: null, answer: null, weight: 0 },
    ]);
    expect(sut.level).toBe('medium');
  });

  it('should not recommend a MARAC referral one below its threshold, and should at it', () => {
    expect(scoreRiskAssessment(checklist, { fear: 'yes', threats: 'yes', stalking: 'not_sure' })).toMatchObject({ score: 9, level: 'high', maracRecommended: false });
    expect(scoreRiskAssessment(checklist, { fear: 'yes', threats: 'yes', stalking: 'yes' })).toMatchObject({ score: 10, level: 'high', maracRecommended: true });
  });

  it('should recommend a MARAC referral on the shipped checklist when its high threshold is reached', () => {
    const answers = { fear: 'yes', escalation: 'yes', threats_to_kill: 'yes', strangulation: 'yes', separation: 'yes', access_to_her: 'yes', controlling: 'yes' };
    const required = Object.fromEntries(SHIPPED_CHECKLIST.questions.filter((q) => q.required).map((q) => [q.key, 'no']));
    const sut = scoreRiskAssessment(SHIPPED_CHECKLIST, { ...required, ...answers });
    expect(sut).toMatchObject({ score: 20, level: 'high', maracRecommended: true });
    expect(scoreRiskAssessment(SHIPPED_CHECKLIST, { ...required, ...answers, controlling: 'not_sure' })).toMatchObject({ score: 19, level: 'medium', maracRecommended: false });
  });

  it('should reach 45 on the shipped checklist when every answer is yes, and 18 when every one is not sure (docs/SAFETY.md)', () => {
    const all = (answer: string) => Object.fromEntries(SHIPPED_CHECKLIST.questions.map((q) => [q.key, answer]));
    expect(scoreRiskAssessment(SHIPPED_CHECKLIST, all('yes')).score).toBe(45);
    expect(scoreRiskAssessment(SHIPPED_CHECKLIST, all('not_sure'))).toMatchObject({ score: 18, level: 'medium', maracRecommended: false });
  });
});

describe('answerProblems', () => {
  it('should find nothing wrong when every required question has one of its answers and optional ones are left', () => {
    expect(answerProblems(checklist, { fear: 'no', threats: 'yes' })).toEqual([]);
    expect(answerProblems(checklist, { fear: 'no', threats: 'yes', stalking: null })).toEqual([]);
  });

  it('should name every required question left unanswered in one problem, with its words and key', () => {
    expect(answerProblems(checklist, { stalking: 'yes' })).toEqual([
      "answers: these required questions are not answered: 'Are you frightened?' (fear), 'Have they threatened you?' (threats)",
    ]);
  });

  it('should name questions the checklist does not ask and answers a question does not have', () => {
    const problems = answerProblems(checklist, { fear: 'sometimes', threats: 'no', horoscope: 'yes', stalking: 2 });
    expect(problems).toEqual([
      "answers: these are not questions of this checklist: 'horoscope'",
      'answers.fear: "sometimes" is not one of its answers (no, yes)',
      'answers.stalking: 2 is not one of its answers (no, not_sure, yes)',
    ]);
  });
});
