import type { ConsultationQuestionView } from '@beside/shared/contracts';
import { answerWords, problemWith, toAnswers, wordsOf } from './draft-answers';

function question(overrides: Partial<ConsultationQuestionView>): ConsultationQuestionView {
  return { id: 'q', position: 1, kind: 'single', words: 'Words', easyRead: null, secondLanguageWords: null, choices: [], required: true, textLimit: null, ...overrides };
}

const choices = [
  { key: 'a', words: 'Housing', easyRead: 'A home', secondLanguageWords: 'Tai' },
  { key: 'b', words: 'Health' },
];

describe('draft answers', () => {
  it('should word a question in the second language or easy read when asked and when there are such words', () => {
    const q = question({ words: 'Housing', easyRead: 'A home', secondLanguageWords: 'Tai' });
    expect(wordsOf(q, { easyRead: false, secondLanguage: null })).toEqual({ text: 'Housing', lang: null });
    expect(wordsOf(q, { easyRead: true, secondLanguage: null })).toEqual({ text: 'A home', lang: null });
    expect(wordsOf(q, { easyRead: true, secondLanguage: 'cy' })).toEqual({ text: 'Tai', lang: 'cy' });
    expect(wordsOf(question({ words: 'Only English' }), { easyRead: true, secondLanguage: 'cy' })).toEqual({ text: 'Only English', lang: null });
  });

  it('should name what is missing from a required question, and let an optional one be left out', () => {
    expect(problemWith(question({ kind: 'single' }), undefined)).toBe('Choose an answer');
    expect(problemWith(question({ kind: 'several' }), { chosen: [] })).toBe('Choose at least one answer');
    expect(problemWith(question({ kind: 'scale' }), {})).toBe('Choose a number from 0 to 10');
    expect(problemWith(question({ kind: 'scale' }), { scale: 0 })).toBeNull();
    expect(problemWith(question({ kind: 'text' }), { text: '   ' })).toBe('Write your answer');
    expect(problemWith(question({ kind: 'text', required: false }), undefined)).toBeNull();
  });

  it('should refuse text over the question’s limit, even when the question may be left out', () => {
    expect(problemWith(question({ kind: 'text', required: false, textLimit: 5 }), { text: '123456' })).toBe('Make your answer shorter: up to 5 characters');
  });

  it('should send only what she answered, trimmed, with choices in the question’s keys', () => {
    const questions = [
      question({ id: 'q1', kind: 'several', choices }),
      question({ id: 'q2', kind: 'scale' }),
      question({ id: 'q3', kind: 'text', required: false }),
      question({ id: 'q4', kind: 'text', required: false }),
    ];
    expect(toAnswers(questions, { q1: { chosen: ['b', 'gone'] }, q2: { scale: 0 }, q3: { text: '  Kind staff \n' }, q4: { text: ' ' } })).toEqual([
      { questionId: 'q1', chosen: ['b'] },
      { questionId: 'q2', scale: 0 },
      { questionId: 'q3', text: 'Kind staff' },
    ]);
  });

  it('should say her answer back in the words she read', () => {
    const q = question({ kind: 'several', choices });
    expect(answerWords(q, { chosen: ['a', 'b'] }, { easyRead: true, secondLanguage: null })).toBe('A home, Health');
    expect(answerWords(question({ kind: 'scale' }), { scale: 7 }, { easyRead: false, secondLanguage: null })).toBe('7 out of 10');
    expect(answerWords(q, undefined, { easyRead: false, secondLanguage: null })).toBe('Not answered');
  });
});
