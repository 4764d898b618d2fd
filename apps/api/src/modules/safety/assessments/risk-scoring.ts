import type { RiskAssessmentView, RiskChecklistBody, RiskLevel, RiskThresholds } from '@beside/shared/contracts';

export type ScoredAnswer = RiskAssessmentView['answers'][number];

export interface RiskScore {
  answers: ScoredAnswer[];
  score: number;
  level: RiskLevel;
  maracRecommended: boolean;
}

/** The band a score falls in: at or above `high` is high, at or above `medium` is medium. */
export function riskLevel(score: number, thresholds: RiskThresholds): RiskLevel {
  if (score >= thresholds.high) return 'high';
  if (score >= thresholds.medium) return 'medium';
  return 'standard';
}

/**
 * What is wrong with her answers to a checklist, every problem at once: answers to questions it does not ask,
 * answers that are not among a question's options, and each required question left unanswered, named.
 */
export function answerProblems(checklist: RiskChecklistBody, answers: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const questions = new Map(checklist.questions.map((q) => [q.key, q]));
  const unknown = Object.keys(answers).filter((key) => !questions.has(key));
  if (unknown.length) problems.push(`answers: these are not questions of this checklist: ${unknown.map((k) => `'${k}'`).join(', ')}`);
  for (const [key, answer] of Object.entries(answers)) {
    const question = questions.get(key);
    if (!question || answer === null || answer === undefined) continue;
    if (typeof answer !== 'string' || !question.options.some((o) => o.key === answer)) {
      const shown = typeof answer === 'string' ? JSON.stringify(answer.slice(0, 40)) : typeof answer === 'number' || typeof answer === 'boolean' ? String(answer) : 'that value';
      problems.push(`answers.${key}: ${shown} is not one of its answers (${question.options.map((o) => o.key).join(', ')})`);
    }
  }
  const missing = checklist.questions.filter((q) => q.required && (answers[q.key] === undefined || answers[q.key] === null));
  if (missing.length) problems.push(`answers: these required questions are not answered: ${missing.map((q) => `'${q.text}' (${q.key})`).join(', ')}`);
  return problems;
}

/** Her answers scored: each question as asked with its answer and weight, the sum of the weights, its level, and whether it reaches the MARAC threshold. */
export function scoreRiskAssessment(checklist: RiskChecklistBody, answers: Record<string, string | null>): RiskScore {
  const scored = checklist.questions.map((q): ScoredAnswer => {
    const option = q.options.find((o) => o.key === answers[q.key]) ?? null;
    return { questionKey: q.key, question: q.text, answerKey: option?.key ?? null, answer: option?.label ?? null, weight: option?.weight ?? 0 };
  });
  const score = scored.reduce((sum, a) => sum + a.weight, 0);
  return { answers: scored, score, level: riskLevel(score, checklist.thresholds), maracRecommended: score >= checklist.thresholds.marac };
}
