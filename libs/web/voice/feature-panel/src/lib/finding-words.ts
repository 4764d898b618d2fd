import type { FindingStatus, FindingView, PanelVote } from '@beside/shared/contracts';
import { statusScheme } from '@beside/web/ui';

export const FINDING_STATUS = statusScheme<FindingStatus>(
  { proposed: 'Proposed', approved: 'A priority', set_aside: 'Set aside' },
  { proposed: 'amber', approved: 'green', set_aside: 'grey' },
);

export const VOTE_WORDS: Readonly<Record<PanelVote, string>> = { for: 'For', against: 'Against', abstain: 'Abstain' };

/** "3 for, 1 against, 0 abstained". */
export function voteCounts(votes: FindingView['votes']): string {
  return `${votes.for} for, ${votes.against} against, ${votes.abstain} abstained`;
}

/** What the panel's way of voting records, in the words the settings and each finding use. */
export const VOTING_WORDS = {
  countsOnly:
    'Counts only: Beside records that you voted, so you cannot vote twice, and how many voted for, against or abstained. No one, not even the panel, can see how you voted.',
  named: 'Named voting: Beside records who voted how, and everyone on the panel, and managers, can see each name beside her vote.',
} as const;
