import type { RiskLevel } from '@beside/shared/contracts';

/** A risk level always in words, never by colour alone. */
export const RISK_LEVEL_WORDS: Record<RiskLevel, string> = {
  standard: 'Standard',
  medium: 'Medium',
  high: 'High',
};

/** What the API said about her answers, by question key (unanswered required ones, answers it does not know), and the rest. */
export interface AnswerProblems {
  unanswered: string[];
  byQuestion: Record<string, string>;
  general: string[];
}

const UNANSWERED = /^answers: these required questions are not answered: /;

/**
 * Reads a 400's messages: "answers: these required questions are not answered: 'Are you…?' (fear), 'Has it…?' (escalation)"
 * names each question by its key in brackets; "answers.fear: "maybe" is not one of its answers (…)" is about one question.
 */
export function answerProblems(messages: string[]): AnswerProblems {
  const found: AnswerProblems = { unanswered: [], byQuestion: {}, general: [] };
  for (const message of messages) {
    const one = /^answers\.([A-Za-z0-9_]+): (.+)$/s.exec(message);
    if (UNANSWERED.test(message)) {
      const keys = [...message.matchAll(/\(([A-Za-z0-9_]+)\)(?=,\s|$)/g)].map((m) => m[1]);
      found.unanswered.push(...keys);
    } else if (one) {
      found.byQuestion[one[1]] ??= one[2];
    } else {
      found.general.push(message);
    }
  }
  return found;
}
