import type { EntityManager } from 'typeorm';
import type { ReferralConsentHow, ReferralPart, ReferralSharedRecord } from '@beside/shared/contracts';
import { changedRows } from '../../database/changed-rows';
import { selectRow, selectRows } from '../../database/sql';

/** A referral row of the current organisation (either side), with the other organisation's name and status. */
export interface ReferralRow {
  id: string;
  linkId: string;
  reference: string;
  direction: 'outgoing' | 'incoming';
  otherOrganisationId: string;
  otherName: string | null;
  otherStatus: 'active' | 'suspended' | null;
  ownName: string;
  status: 'sent' | 'accepted' | 'declined' | 'withdrawn';
  reason: string;
  consentParts: ReferralPart[];
  consentHow: ReferralConsentHow;
  consentGivenOn: string;
  sentAt: Date;
  sentByName: string;
  respondedAt: Date | null;
  declineReason: string | null;
  withdrawnAt: Date | null;
  journeyId: string | null;
  serviceUserId: string | null;
  shared: ReferralSharedRecord | null;
  version: number;
}

const SELECT = `
  SELECT r.id, r.link_id AS "linkId", r.reference, r.direction, r.other_organisation_id AS "otherOrganisationId",
         c.name AS "otherName", c.status AS "otherStatus", o.name AS "ownName", r.status, r.reason,
         r.consent_parts AS "consentParts", r.consent_how AS "consentHow", to_char(r.consent_given_on, 'YYYY-MM-DD') AS "consentGivenOn",
         r.sent_at AS "sentAt", r.sent_by_name AS "sentByName", r.responded_at AS "respondedAt", r.decline_reason AS "declineReason",
         r.withdrawn_at AS "withdrawnAt", r.journey_id AS "journeyId", r.service_user_id AS "serviceUserId", r.shared, r.version
  FROM referral r
  JOIN organisation o ON o.id = r.organisation_id
  LEFT JOIN beside_referral_counterparts() c ON c.id = r.other_organisation_id`;

/** One referral of this organisation on the given side, or null (missing, the other side's id, or out of reach). */
export function findReferral(em: EntityManager, id: string, direction: 'outgoing' | 'incoming'): Promise<ReferralRow | null> {
  return selectRow<ReferralRow>(em, `${SELECT} WHERE r.id = $1 AND r.direction = $2`, [id, direction]);
}

/**
 * This organisation's side of a referral, locked for the change: every step locks the sender's row
 * first and the receiver's second, so two steps at once queue rather than deadlock, and the second
 * sees what the first did.
 */
export function lockReferralByLink(em: EntityManager, linkId: string): Promise<{ id: string; status: ReferralRow['status']; version: number } | null> {
  return selectRow(em, `SELECT id, status, version FROM referral WHERE link_id = $1 FOR UPDATE`, [linkId]);
}

/** Who sent this organisation's side of a referral, and from which journey: to tell them when it is answered. */
export function findSender(em: EntityManager, linkId: string): Promise<{ sentBy: string | null; journeyId: string | null } | null> {
  return selectRow(em, `SELECT sent_by AS "sentBy", journey_id AS "journeyId" FROM referral WHERE link_id = $1 AND direction = 'outgoing'`, [linkId]);
}

export function findOutgoingForJourney(em: EntityManager, journeyId: string): Promise<ReferralRow[]> {
  return selectRows<ReferralRow>(em, `${SELECT} WHERE r.direction = 'outgoing' AND r.journey_id = $1 ORDER BY r.sent_at DESC, r.id LIMIT 200`, [journeyId]);
}

export function findOutgoingForServiceUser(em: EntityManager, serviceUserId: string): Promise<ReferralRow[]> {
  return selectRows<ReferralRow>(em, `${SELECT} WHERE r.direction = 'outgoing' AND r.service_user_id = $1 ORDER BY r.sent_at DESC, r.id LIMIT 200`, [serviceUserId]);
}

export function findIncoming(em: EntityManager, status: ReferralRow['status'] | null): Promise<ReferralRow[]> {
  return selectRows<ReferralRow>(
    em,
    `${SELECT} WHERE r.direction = 'incoming' AND ($1::text IS NULL OR r.status = $1)
     ORDER BY (r.status = 'sent') DESC, r.sent_at DESC, r.id LIMIT 500`,
    [status],
  );
}

export interface DestinationRow {
  id: string;
  name: string;
  servicesOffered: string | null;
  status: 'active' | 'suspended';
}

/** The other member organisations (any status), as staff of a member may see them. */
export function findDestinations(em: EntityManager): Promise<DestinationRow[]> {
  return selectRows<DestinationRow>(em, `SELECT id, name, services_offered AS "servicesOffered", status FROM beside_referral_destinations()`);
}

export function findJourneyStatus(em: EntityManager, journeyId: string): Promise<{ status: string } | null> {
  return selectRow(em, `SELECT status FROM journey WHERE id = $1`, [journeyId]);
}

export async function hasOpenReferral(em: EntityManager, journeyId: string, toOrganisationId: string): Promise<boolean> {
  const rows = await selectRows(
    em,
    `SELECT 1 FROM referral WHERE direction = 'outgoing' AND status = 'sent' AND journey_id = $1 AND other_organisation_id = $2`,
    [journeyId, toOrganisationId],
  );
  return rows.length > 0;
}

export interface GoalToShare {
  id: string;
  category: string;
  words: string;
  steps: { description: string; done: boolean }[];
}

/** Of these goal ids, the goals on this journey with their steps (in the plan's order). */
export function findGoalsOnJourney(em: EntityManager, journeyId: string, goalIds: string[]): Promise<GoalToShare[]> {
  return selectRows<GoalToShare>(
    em,
    `SELECT g.id, g.category, g.words,
            coalesce((SELECT json_agg(json_build_object('description', s.description, 'done', s.done_at IS NOT NULL) ORDER BY s.created_at, s.id)
                      FROM step s WHERE s.goal_id = g.id), '[]'::json) AS steps
     FROM goal g WHERE g.journey_id = $1 AND g.id = ANY($2::uuid[])
     ORDER BY g.created_at, g.id`,
    [journeyId, goalIds],
  );
}

export async function referenceTaken(em: EntityManager, reference: string): Promise<boolean> {
  return (await selectRows(em, `SELECT 1 FROM referral WHERE reference = $1`, [reference])).length > 0;
}

interface NewReferralSide {
  organisationId: string;
  linkId: string;
  reference: string;
  otherOrganisationId: string;
  reason: string;
  parts: ReferralPart[];
  how: ReferralConsentHow;
  givenOn: string;
  sentByName: string;
}

/** The sender's row; null when the journey already has an open referral there (or the reference was taken meanwhile). */
export function insertOutgoing(
  em: EntityManager,
  r: NewReferralSide & { goalIds: string[] | null; serviceUserId: string; journeyId: string; sentBy: string },
): Promise<{ id: string } | null> {
  return selectRow(
    em,
    `INSERT INTO referral (organisation_id, link_id, reference, direction, other_organisation_id, reason, consent_parts, consent_how,
                           consent_given_on, consent_goal_ids, consent_recorded_by, service_user_id, journey_id, sent_by, sent_by_name)
     VALUES ($1, $2, $3, 'outgoing', $4, $5, $6, $7, $8, $9, $10, $11, $12, $10, $13)
     ON CONFLICT DO NOTHING RETURNING id`,
    [r.organisationId, r.linkId, r.reference, r.otherOrganisationId, r.reason, r.parts, r.how, r.givenOn, r.goalIds, r.sentBy, r.serviceUserId, r.journeyId, r.sentByName],
  );
}

/** The receiver's row, holding only the shared record; null when the reference was taken there meanwhile. */
export function insertIncoming(em: EntityManager, r: NewReferralSide & { shared: ReferralSharedRecord }): Promise<{ id: string } | null> {
  return selectRow(
    em,
    `INSERT INTO referral (organisation_id, link_id, reference, direction, other_organisation_id, reason, consent_parts, consent_how,
                           consent_given_on, shared, sent_by_name)
     VALUES ($1, $2, $3, 'incoming', $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT DO NOTHING RETURNING id`,
    [r.organisationId, r.linkId, r.reference, r.otherOrganisationId, r.reason, r.parts, r.how, r.givenOn, JSON.stringify(r.shared), r.sentByName],
  );
}

/** Withdrawn (by her, or her advocate on her behalf); the receiver's copy of her record is cleared. */
export async function markWithdrawn(em: EntityManager, id: string, by: string | null, byRole: string): Promise<boolean> {
  const rows = await changedRows(
    em,
    `UPDATE referral SET status = 'withdrawn', withdrawn_at = now(), withdrawn_by = CASE WHEN direction = 'outgoing' THEN $2::uuid END,
            withdrawn_by_role = $3, shared = CASE WHEN direction = 'incoming' THEN NULL ELSE shared END,
            updated_at = now(), version = version + 1
     WHERE id = $1 AND status = 'sent' RETURNING id`,
    [id, by, byRole],
  );
  return rows.length === 1;
}

/** Declined with a reason; the receiver's copy of her record is cleared. */
export async function markDeclined(em: EntityManager, id: string, reason: string, by: string | null): Promise<boolean> {
  const rows = await changedRows(
    em,
    `UPDATE referral SET status = 'declined', responded_at = now(), responded_by = $3, decline_reason = $2,
            shared = CASE WHEN direction = 'incoming' THEN NULL ELSE shared END, updated_at = now(), version = version + 1
     WHERE id = $1 AND status = 'sent' RETURNING id`,
    [id, reason, by],
  );
  return rows.length === 1;
}

/** Accepted; on the receiver's row, the record and journey started there. */
export async function markAccepted(em: EntityManager, id: string, by: string | null, started: { serviceUserId: string; journeyId: string } | null): Promise<boolean> {
  const rows = await changedRows(
    em,
    `UPDATE referral SET status = 'accepted', responded_at = now(), responded_by = $2,
            service_user_id = coalesce($3, service_user_id), journey_id = coalesce($4, journey_id), updated_at = now(), version = version + 1
     WHERE id = $1 AND status = 'sent' RETURNING id`,
    [id, by, started?.serviceUserId ?? null, started?.journeyId ?? null],
  );
  return rows.length === 1;
}

/** Whether this account is an active advocate of the current organisation. */
export async function isActiveAdvocate(em: EntityManager, accountId: string): Promise<boolean> {
  return (await selectRows(em, `SELECT 1 FROM user_account WHERE id = $1 AND role = 'advocate' AND status = 'active'`, [accountId])).length > 0;
}

/** The journey a referral starts in the receiving organisation (as intake starts one, from a network referral). */
export async function insertReferredJourney(
  em: EntityManager,
  j: { organisationId: string; serviceUserId: string; referralDate: string; reason: string; primaryAdvocateId: string; createdBy: string },
): Promise<string> {
  const row = await selectRow<{ id: string }>(
    em,
    `INSERT INTO journey (organisation_id, service_user_id, status, referral_source, referral_date, referral_reason, primary_advocate_id, created_by, updated_by)
     VALUES ($1, $2, 'referred', 'network_referral', $3, $4, $5, $6, $6) RETURNING id`,
    [j.organisationId, j.serviceUserId, j.referralDate, j.reason, j.primaryAdvocateId, j.createdBy],
  );
  if (!row) throw new Error('journey insert returned nothing');
  return row.id;
}

