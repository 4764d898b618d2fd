import type { SharingDecisionView } from '@beside/shared/contracts';
import type { SharingDecisionRow } from './sharing-decision.repository';

export function sharingDecisionView(row: SharingDecisionRow): SharingDecisionView {
  return {
    id: row.id,
    journeyId: row.journeyId,
    what: row.what,
    sharedWith: row.sharedWith,
    sharedOn: row.sharedOn,
    lawfulBasis: row.lawfulBasis,
    withConsent: row.withConsent,
    considerations: row.considerations,
    reasoning: row.reasoning,
    decidedBy: row.decidedBy,
    review: row.reviewedAt && row.reviewedBy ? { by: row.reviewedBy, at: new Date(row.reviewedAt).toISOString(), note: row.reviewNote ?? '' } : null,
    shownToHer: row.shownToHer,
    heldBackReason: row.heldBackReason,
    referralId: row.referralId,
    createdAt: new Date(row.createdAt).toISOString(),
    version: row.version,
  };
}
