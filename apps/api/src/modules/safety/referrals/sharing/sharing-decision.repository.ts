import type { EntityManager } from 'typeorm';
import type { SharingConsideration, SharingLawfulBasis } from '@beside/shared/contracts';
import { changedRows } from '../../../../database/changed-rows';
import { insertId, selectRow, selectRows } from '../../../../database/sql';

export interface SharingDecisionRow {
  id: string;
  journeyId: string;
  what: string;
  sharedWith: string;
  sharedOn: string;
  lawfulBasis: SharingLawfulBasis;
  withConsent: boolean;
  considerations: SharingConsideration[];
  reasoning: string | null;
  decidedBy: string;
  decidedById: string;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  reviewNote: string | null;
  shownToHer: boolean;
  heldBackReason: string | null;
  referralId: string | null;
  createdAt: Date;
  version: number;
}

export interface NewSharingDecision {
  organisationId: string;
  journeyId: string;
  what: string;
  sharedWith: string;
  sharedOn: string;
  lawfulBasis: SharingLawfulBasis;
  withConsent: boolean;
  considerations: SharingConsideration[];
  reasoning: string | null;
  shownToHer: boolean;
  heldBackReason: string | null;
  referralId: string | null;
  userId: string;
}

const SELECT_DECISION = `
  SELECT d.id, d.journey_id AS "journeyId", d.what, d.shared_with AS "sharedWith", to_char(d.shared_on, 'YYYY-MM-DD') AS "sharedOn",
         d.lawful_basis AS "lawfulBasis", d.with_consent AS "withConsent", d.considerations, d.reasoning,
         coalesce(u.display_name, 'A member of staff') AS "decidedBy", d.decided_by AS "decidedById",
         coalesce(rv.display_name, 'A manager') AS "reviewedBy", d.reviewed_at AS "reviewedAt",
         d.review_note AS "reviewNote", d.shown_to_her AS "shownToHer", d.held_back_reason AS "heldBackReason", d.referral_id AS "referralId",
         d.created_at AS "createdAt", d.version
  FROM sharing_decision d LEFT JOIN user_account u ON u.id = d.decided_by LEFT JOIN user_account rv ON rv.id = d.reviewed_by`;

export function findSharingDecision(em: EntityManager, id: string): Promise<SharingDecisionRow | null> {
  return selectRow<SharingDecisionRow>(em, `${SELECT_DECISION} WHERE d.id = $1`, [id]);
}

export function findJourneySharingDecisions(em: EntityManager, journeyId: string): Promise<SharingDecisionRow[]> {
  return selectRows<SharingDecisionRow>(em, `${SELECT_DECISION} WHERE d.journey_id = $1 ORDER BY d.shared_on DESC, d.created_at DESC, d.id`, [journeyId]);
}

export async function findSharingDecisionJourneyId(em: EntityManager, id: string): Promise<string | null> {
  return (await selectRow<{ journey_id: string }>(em, `SELECT journey_id FROM sharing_decision WHERE id = $1`, [id]))?.journey_id ?? null;
}

/** What she is shown of what was shared about her: row-level security keeps her to her own journeys and to those shown to her. */
export function findSharingShownToHer(em: EntityManager, serviceUserId: string): Promise<SharingDecisionRow[]> {
  return selectRows<SharingDecisionRow>(
    em,
    `${SELECT_DECISION} JOIN journey j ON j.organisation_id = d.organisation_id AND j.id = d.journey_id
     WHERE j.service_user_id = $1 AND d.shown_to_her ORDER BY d.shared_on DESC, d.created_at DESC, d.id`,
    [serviceUserId],
  );
}

export function insertSharingDecision(em: EntityManager, d: NewSharingDecision): Promise<string> {
  return insertId(
    em,
    `INSERT INTO sharing_decision (organisation_id, journey_id, what, shared_with, shared_on, lawful_basis, with_consent, considerations, reasoning,
                                   decided_by, shown_to_her, held_back_reason, referral_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
    [
      d.organisationId,
      d.journeyId,
      d.what,
      d.sharedWith,
      d.sharedOn,
      d.lawfulBasis,
      d.withConsent,
      JSON.stringify(d.considerations),
      d.reasoning,
      d.userId,
      d.shownToHer,
      d.heldBackReason,
      d.referralId,
    ],
  );
}

/** The manager's review, once, at the version she saw: false when it has moved on or was reviewed already. */
export async function recordReview(
  em: EntityManager,
  id: string,
  version: number,
  r: { note: string; shownToHer: boolean; heldBackReason: string | null; userId: string },
): Promise<boolean> {
  const rows = await changedRows<{ id: string }>(
    em,
    `UPDATE sharing_decision SET reviewed_by = $3, reviewed_at = now(), review_note = $4, shown_to_her = $5, held_back_reason = $6, version = version + 1
     WHERE id = $1 AND version = $2 AND reviewed_at IS NULL RETURNING id`,
    [id, version, r.userId, r.note, r.shownToHer, r.heldBackReason],
  );
  return rows.length === 1;
}

/** Links the decision to the referral it let go, unless it is linked already. */
export async function linkDecisionToReferral(em: EntityManager, decisionId: string, referralId: string): Promise<void> {
  await changedRows(em, `UPDATE sharing_decision SET referral_id = $2 WHERE id = $1 AND referral_id IS NULL RETURNING id`, [decisionId, referralId]);
}
