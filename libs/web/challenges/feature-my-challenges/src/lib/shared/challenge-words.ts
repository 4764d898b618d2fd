import type { ChallengeOutcome, MyChallenge, SupportLevel } from '@beside/shared/contracts';
import { londonDay } from '@beside/shared/util';

/** Who spoke at a stage that is done, spoken to her: the support-level ladder from advocate-led to independent. */
export const WHO_SPOKE_WORDS: Record<SupportLevel, string> = {
  advocate_led: 'Your advocate spoke for you',
  accompanied: 'You spoke, with your advocate beside you',
  prepared: 'You spoke for yourself; your advocate helped you get ready',
  independent: 'You did this on your own',
};

export const OUTCOME_WORDS: Record<ChallengeOutcome, string> = {
  upheld: 'Upheld: they agreed with you',
  partly_upheld: 'Partly upheld: they agreed with some of what you said',
  not_upheld: 'Not upheld: they did not agree',
  resolved: 'Sorted out',
  withdrawn: 'Stopped (withdrawn)',
};

/** The next date of a challenge in plain words: when, and how long is left; a missed one said kindly. */
export interface DeadlineWords {
  when: string;
  left: string;
  missed: boolean;
}

export function deadlineWords(deadline: NonNullable<MyChallenge['nextDeadline']>): DeadlineWords {
  const when = londonDay(deadline.on);
  const n = deadline.daysLeft;
  if (n < 0) return { when, left: n === -1 ? 'This date was yesterday.' : `This date was ${-n} days ago.`, missed: true };
  if (n === 0) return { when, left: 'That is today.', missed: false };
  if (n === 1) return { when, left: 'That is tomorrow.', missed: false };
  return { when, left: `${n} days from today.`, missed: false };
}

/** "NHS complaint: North Riverside NHS Trust": what it is and who it is with. */
export function challengeHeading(challenge: Pick<MyChallenge, 'typeName' | 'bodyChallenged'>): string {
  return `${challenge.typeName}: ${challenge.bodyChallenged}`;
}
