import { SHARING_CONSIDERATION_WORDS, SHARING_LAWFUL_BASIS_WORDS, type SharingDecisionView } from '@beside/shared/contracts';
import { formatLondonDate } from '@beside/shared/util';

/** "With her consent" or "Without her consent". */
export function consentWords(decision: Pick<SharingDecisionView, 'withConsent'>): string {
  return decision.withConsent ? 'With her consent' : 'Without her consent';
}

/** What she sees of it in her portal, in words. */
export function shownWords(decision: Pick<SharingDecisionView, 'shownToHer' | 'heldBackReason'>): string {
  return decision.shownToHer ? 'Shown to her' : `Held back from her: ${decision.heldBackReason ?? 'no reason recorded'}`;
}

/** Where a manager's review stands: only a sharing without her consent is reviewed. */
export function reviewWords(decision: Pick<SharingDecisionView, 'withConsent' | 'review'>): string {
  if (decision.review) return `Reviewed by ${decision.review.by} on ${formatLondonDate(decision.review.at)}`;
  return decision.withConsent ? 'No review needed: she consented' : 'Awaiting a manager’s review';
}

export function basisWords(decision: Pick<SharingDecisionView, 'lawfulBasis'>): string {
  return SHARING_LAWFUL_BASIS_WORDS[decision.lawfulBasis] ?? decision.lawfulBasis;
}

export function considerationWords(decision: Pick<SharingDecisionView, 'considerations'>): string[] {
  return decision.considerations.map((c) => SHARING_CONSIDERATION_WORDS[c] ?? c);
}

/** A decision as one line in a list to choose from: with whom, when, and whether she consented. */
export function decisionLabel(decision: Pick<SharingDecisionView, 'sharedWith' | 'sharedOn' | 'withConsent'>): string {
  return `With ${decision.sharedWith}, ${formatLondonDate(decision.sharedOn)} — ${consentWords(decision).toLowerCase()}`;
}
