import type { BreachRisk, BreachView } from '@beside/shared/contracts';
import type { ApiProblem } from '@beside/web/core';

/** The risk in a few words, for the register's column (the full words are BREACH_RISK_WORDS). */
export const RISK_SHORT: Record<BreachRisk, string> = {
  unlikely: 'Unlikely to be a risk',
  risk: 'A risk',
  high_risk: 'A high risk',
};

/** A decision whether to tell, in words: "To tell", "Not to tell", "Not decided yet". */
export function decisionInWords(decision: BreachView['icoDecision'], toldAt: string | null): string {
  if (!decision) return 'Not decided yet';
  if (!decision.tell) return 'Not to tell';
  return toldAt ? 'Told' : 'To tell, not yet told';
}

/**
 * The API names its fields (foundAt, occurredAt, toldAt). The first word of a message names the field it is put on; a
 * field named later in the message is put in words ("must not be after foundAt" → "after when it was found").
 */
export function breachFieldsInWords(problem: ApiProblem): ApiProblem {
  const words: Record<string, string> = { foundAt: 'when it was found', occurredAt: 'when it happened', toldAt: 'when they were told' };
  const inWords = (m: string) => m.replace(/\s\((foundAt)\)/g, '').replace(/(?<=\s)(foundAt|occurredAt|toldAt)\b/g, (name) => words[name]);
  return { ...problem, messages: problem.messages.map(inWords) };
}
