import { BadRequestException } from '@nestjs/common';
import { checkAnswers } from './consultation-answers';
import { consultationResults } from './consultation-results';
import type { QuestionRow } from './consultation.repository';
import { challengeHash, checkProof, issueChallenge, leadingZeroBits, solveChallenge } from './proof-of-work';

const key = Buffer.alloc(32, 7);
const now = new Date('2026-12-07T12:00:00Z');
const single: QuestionRow = { id: 'q1', position: 1, kind: 'single', words: 'Heard?', easyRead: null, secondLanguageWords: null, choices: [{ key: 'yes', words: 'Yes' }, { key: 'no', words: 'No' }], required: true, textLimit: null };
const text: QuestionRow = { ...single, id: 'q2', position: 2, kind: 'text', choices: [], required: false, textLimit: 10 };

describe('proof of work', () => {
  it('accepts a solved, signed, unexpired challenge for its consultation only', () => {
    const { challenge, expiresAt } = issueChallenge(key, 'c1', now);
    const nonce = solveChallenge(challenge);
    expect(checkProof(key, 'c1', challenge, nonce, now)).toEqual({ expiresAt });
    expect(checkProof(key, 'c2', challenge, nonce, now)).toEqual({ problem: 'wrong_consultation' });
    expect(checkProof(key, 'c1', challenge, nonce, new Date(expiresAt.getTime() + 1))).toEqual({ problem: 'expired' });
    expect(checkProof(Buffer.alloc(32, 8), 'c1', challenge, nonce, now)).toEqual({ problem: 'malformed' });
    expect(challengeHash(challenge)).toHaveLength(32);
  });

  it('counts leading zero bits', () => {
    expect(leadingZeroBits(Buffer.from([0, 0, 0x10]))).toBe(19);
    expect(leadingZeroBits(Buffer.from([0x80]))).toBe(0);
  });
});

describe('checking answers', () => {
  it('names every problem and keeps only the field of each kind', () => {
    expect(checkAnswers([single, text], [{ questionId: 'q1', chosen: ['yes'] }])).toEqual([{ questionId: 'q1', chosen: ['yes'] }]);
    const refused = (() => {
      try {
        checkAnswers([single, text], [{ questionId: 'q2', text: 'far too long here' }, { questionId: 'zz', scale: 1 }]);
      } catch (e) {
        return (e as BadRequestException).getResponse();
      }
      return null;
    })();
    expect(JSON.stringify(refused)).toContain('at most 10 characters');
    expect(JSON.stringify(refused)).toContain('zz is not a question');
    expect(JSON.stringify(refused)).toContain('question 1 needs an answer');
  });
});

describe('consultation results', () => {
  it('shows 1–4 as "<5" and hides a count that would pin the hidden ones', () => {
    const scale: QuestionRow = { ...single, id: 's', kind: 'scale', choices: [] };
    const counts = [
      { questionId: 's', key: null, n: 7 },
      { questionId: 's', key: '8', n: 5 },
      { questionId: 's', key: '7', n: 1 },
      { questionId: 's', key: '2', n: 1 },
    ];
    const out = consultationResults(7, [scale], counts);
    expect(out.responses).toBe(7);
    const byKey = Object.fromEntries(out.questions[0].counts.map((c) => [c.key, c.count]));
    expect([byKey['8'], byKey['7'], byKey['2'], byKey['0']]).toEqual(['suppressed', '<5', '<5', 0]);
  });
});
