import { BadRequestException } from '@nestjs/common';
import { advocateFeedbackTrend, feedbackMonths, monthsBetween } from './appointment-feedback-report';
import type { FeedbackCount } from './appointment-feedback.repository';
import { checkFeedback } from './appointment-feedback.service';

const answers = (month: string, statement: string, counts: Record<string, number>): FeedbackCount[] =>
  Object.entries(counts).map(([answer, n]) => ({ month, statement, answer, n }));
const responses = (month: string, n: number): FeedbackCount => ({ month, statement: null, answer: null, n });

describe('appointment feedback report', () => {
  it('should list the months from and to, both included, across a year end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03', '2026-03')).toEqual(['2026-03']);
  });

  it('should show 1–4 as "<5" and no share when fewer than five answered', () => {
    const [month] = feedbackMonths(['2026-01'], [responses('2026-01', 3), ...answers('2026-01', 'raiseConcerns', { agree: 3 })]);
    expect(month.responses).toBe('<5');
    const raise = month.statements.find((s) => s.statement === 'raiseConcerns');
    expect(raise?.counts.find((c) => c.answer === 'agree')?.count).toBe('<5');
    expect(raise?.agreePercent).toBeNull();
  });

  it('should show the share who agree when five or more answered and neither side is a small number', () => {
    const [month] = feedbackMonths(['2026-01'], [responses('2026-01', 12), ...answers('2026-01', 'raiseConcerns', { strongly_agree: 5, agree: 4, disagree: 3 })]);
    expect(month.statements.find((s) => s.statement === 'raiseConcerns')?.agreePercent).toBeNull();
    const [even] = feedbackMonths(['2026-01'], [responses('2026-01', 15), ...answers('2026-01', 'raiseConcerns', { strongly_agree: 5, agree: 5, disagree: 5 })]);
    expect(even.statements.find((s) => s.statement === 'raiseConcerns')?.agreePercent).toBe(67);
  });

  it('should hide the share when it would give away a small number who do not agree', () => {
    // 6 answered, 5 agree: 83% would tell that exactly one woman did not agree.
    const [month] = feedbackMonths(['2026-01'], [responses('2026-01', 6), ...answers('2026-01', 'raiseConcerns', { agree: 5, disagree: 1 })]);
    const raise = month.statements.find((s) => s.statement === 'raiseConcerns');
    expect(raise?.agreePercent).toBeNull();
    expect(raise?.counts.find((c) => c.answer === 'disagree')?.count).toBe('<5');
    expect(raise?.counts.find((c) => c.answer === 'agree')?.count).toBe('suppressed');
  });

  it('should give the dashboard each month with its responses and the raise-concerns share', () => {
    const months = feedbackMonths(['2026-01', '2026-02'], [responses('2026-02', 5), ...answers('2026-02', 'raiseConcerns', { agree: 5 })]);
    expect(advocateFeedbackTrend(months)).toEqual([
      { month: '2026-01', responses: 0, agreePercent: null },
      { month: '2026-02', responses: 5, agreePercent: 100 },
    ]);
  });

  it('should refuse feedback that names an unknown statement, an answer off the scale, or nothing', () => {
    expect(checkFeedback({ raiseConcerns: 'agree' })).toEqual({ raiseConcerns: 'agree' });
    for (const bad of [{ mood: 'agree' }, { listenedTo: 'yes' }, {}]) expect(() => checkFeedback(bad)).toThrow(BadRequestException);
  });
});
