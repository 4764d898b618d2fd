import type { ChallengeView } from '@beside/shared/contracts';
import { formatLondonDate } from '@beside/shared/util';
import type { ApiProblem, FormSend } from '@beside/web/core';

/** The words shown when a change met a newer version: the challenge on screen is already the one now saved. */
export const RELOADED = 'Someone else changed this challenge, so it has been reloaded. Check it, then make your change again.';

/**
 * The steps of a challenge form's submit: a stale version (or one that has ended meanwhile) is not shown on the form but
 * handed to `reloaded`, as the store has already put the challenge as it is now on screen.
 */
export function challengeSend<B>(
  body: B,
  write: FormSend<B, ChallengeView>['write'],
  saved: (c: ChallengeView) => void,
  reloaded: (message: string) => void,
): FormSend<B, ChallengeView> {
  return { body, write, saved, problem: readableDates, conflict: (c) => reloaded(c.message === STALE ? RELOADED : `${c.message} It has been reloaded.`) };
}

const STALE = 'Someone else changed this since you opened it. Here is the current version: check it and try again.';

/** The API names dates as 2026-10-28 in its words ("must not be before the event (2026-10-28)"): people read 28 October 2026. */
export function readableDates(problem: ApiProblem): ApiProblem {
  return { ...problem, messages: problem.messages.map((m) => m.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (day) => formatLondonDate(day))) };
}
