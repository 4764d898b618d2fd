import type { RiskChecklistBody, RiskQuestion } from '@beside/shared/contracts';
import { checklistProblems } from './checklist-rules';
import { SHIPPED_CHECKLIST } from './shipped-checklist';

const question = (key: string, over: Partial<RiskQuestion> = {}): RiskQuestion => ({
  key,
  text: `Question ${key}?`,
  guidance: null,
  required: false,
  options: [{ key: 'no', label: 'No', weight: 0 }, { key: 'yes', label: 'Yes', weight: 2 }],
  ...over,
});
const body = (over: Partial<RiskChecklistBody> = {}): RiskChecklistBody => ({
  name: 'Licensed checklist',
  guidance: '',
  source: 'Our licence',
  thresholds: { medium: 2, high: 4, marac: 4 },
  questions: [question('a'), question('b')],
  ...over,
});

describe('checklistProblems', () => {
  it('should find nothing wrong with a well-formed checklist, or with the one shipped with Beside', () => {
    expect(checklistProblems(body())).toEqual([]);
    expect(checklistProblems(SHIPPED_CHECKLIST)).toEqual([]);
  });

  it('should refuse a checklist without questions', () => {
    expect(checklistProblems(body({ questions: [] }))).toEqual(['questions: a checklist needs at least one question']);
  });

  it('should name a question key used twice, and an answer key used twice in a question', () => {
    expect(checklistProblems(body({ questions: [question('a'), question('a')] }))).toEqual(["questions: the key 'a' is used twice"]);
    const twice = question('a', { options: [{ key: 'yes', label: 'Yes', weight: 1 }, { key: 'yes', label: 'Yes!', weight: 2 }] });
    expect(checklistProblems(body({ questions: [twice] }))).toEqual(["questions.0 (a): the answer key 'yes' is used twice"]);
  });

  it('should refuse a question with fewer than two answers', () => {
    expect(checklistProblems(body({ questions: [question('a', { options: [{ key: 'yes', label: 'Yes', weight: 1 }] })] }))).toEqual(['questions.0 (a): a question needs at least two answers']);
  });

  it.each([[-1], [101], [1.5], [Number.NaN]])('should refuse a weight of %p', (weight) => {
    const q = question('a', { options: [{ key: 'no', label: 'No', weight: 0 }, { key: 'yes', label: 'Yes', weight }] });
    expect(checklistProblems(body({ questions: [q] }))).toEqual(["questions.0 (a): the weight of 'yes' must be a whole number from 0 to 100"]);
  });

  it('should accept weights at both ends, 0 and 100', () => {
    const q = question('a', { options: [{ key: 'no', label: 'No', weight: 0 }, { key: 'yes', label: 'Yes', weight: 100 }] });
    expect(checklistProblems(body({ questions: [q] }))).toEqual([]);
  });

  it('should refuse thresholds out of order, and accept equal ones', () => {
    expect(checklistProblems(body({ thresholds: { medium: 5, high: 4, marac: 6 } }))).toEqual(['thresholds must keep medium ≤ high ≤ marac (here 5, 4, 6)']);
    expect(checklistProblems(body({ thresholds: { medium: 2, high: 6, marac: 5 } }))).toEqual(['thresholds must keep medium ≤ high ≤ marac (here 2, 6, 5)']);
    expect(checklistProblems(body({ thresholds: { medium: 3, high: 3, marac: 3 } }))).toEqual([]);
  });

  it('should refuse a threshold that is not a positive whole number', () => {
    expect(checklistProblems(body({ thresholds: { medium: 0, high: 4, marac: 4.5 } }))).toEqual([
      'thresholds.medium must be a positive whole number',
      'thresholds.marac must be a positive whole number',
    ]);
  });
});
