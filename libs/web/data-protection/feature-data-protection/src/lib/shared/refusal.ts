import type { ApiProblem } from '@beside/web/core';

/**
 * A form's `problem` step for a 409: the rule that stopped it (already extended, no decision yet, a decision still to
 * record…) goes to the page, which shows the record as it is now with the rule in words; anything else stays on the form.
 */
export function refusalTo(refused: { emit(message: string): void }): (problem: ApiProblem) => ApiProblem | null {
  return (problem) => {
    if (problem.status !== 409) return problem;
    refused.emit(problem.messages.join(' '));
    return null;
  };
}
