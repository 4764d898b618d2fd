import { CONCERN_TRANSITIONS, type ConcernStatus } from '@beside/shared/contracts';

export type ConcernMove = Exclude<ConcernStatus, 'raised'>;

export interface TransitionChoice {
  to: ConcernMove;
  label: string;
  hint: string;
}

const WORDS: Record<ConcernMove, { label: string; hint: string }> = {
  triaged: { label: 'Triage it', hint: 'You have read it and judged how serious it is.' },
  action: { label: 'Start action', hint: 'Work is under way; record the actions below.' },
  referred: { label: 'Refer it on', hint: 'Passed to another agency, such as the local adult safeguarding team.' },
  closed: { label: 'Close it', hint: 'Followed through. Record the outcome and what the person who raised it is told.' },
};

/** The moves the workflow allows from a status, in the order the workflow lists them: nothing else is offered. */
export function transitionChoices(status: ConcernStatus): TransitionChoice[] {
  return CONCERN_TRANSITIONS[status]
    .filter((to): to is ConcernMove => to !== 'raised')
    .map((to) => ({ to, ...WORDS[to] }));
}

/** Which extra fields a move needs, beyond the note. */
export function fieldsForMove(to: ConcernMove | null): { severity: boolean; referredTo: boolean; outcome: boolean } {
  return { severity: to === 'triaged', referredTo: to === 'referred', outcome: to === 'closed' };
}
