import type { EntityManager } from 'typeorm';
import type { MultiAgencyReferralForm, MultiAgencyReferralStatus } from '@beside/shared/contracts';
import { changedRows } from '../../../database/changed-rows';
import { execute, insertId, selectRow, selectRows } from '../../../database/sql';
import type { Actor } from '../../authz';
import { visibleTo } from '../../safeguarding';
import type { ReferralOutcomeStatus } from './referral-status';

export interface ReferralRow {
  id: string;
  journeyId: string;
  agencyKey: string;
  agencyName: string;
  outcomeStatus: ReferralOutcomeStatus;
  status: MultiAgencyReferralStatus;
  sentTo: string;
  reference: string | null;
  sentOn: string | null;
  nextMeetingOn: string | null;
  form: MultiAgencyReferralForm;
  sharingDecisionId: string | null;
  createdBy: string;
  createdAt: Date;
  closedOn: string | null;
  version: number;
  /**
   * Kept out of her access log: until a sharing decision she is shown goes with it (a draft may never be sent, and
   * telling her of it could put her at risk), and whenever one held back from her does.
   */
  heldBackFromHer: boolean;
}

export interface ReferralEventRow {
  referralId: string;
  status: MultiAgencyReferralStatus;
  on: string;
  note: string | null;
  recordedBy: string;
}

const day = (column: string, alias: string) => `to_char(${column}, 'YYYY-MM-DD') AS "${alias}"`;

const SELECT_REFERRAL = `
  SELECT r.id, r.journey_id AS "journeyId", r.agency_key AS "agencyKey", r.agency_name AS "agencyName", r.outcome_status AS "outcomeStatus",
         r.status, r.sent_to AS "sentTo", r.reference, ${day('r.sent_on', 'sentOn')}, ${day('r.next_meeting_on', 'nextMeetingOn')}, r.form,
         r.sharing_decision_id AS "sharingDecisionId", coalesce(u.display_name, 'A member of staff') AS "createdBy", r.created_at AS "createdAt",
         ${day('r.closed_on', 'closedOn')}, r.version,
         (NOT EXISTS (SELECT 1 FROM sharing_decision sd WHERE (sd.id = r.sharing_decision_id OR sd.referral_id = r.id) AND sd.shown_to_her)
          OR EXISTS (SELECT 1 FROM sharing_decision sd WHERE (sd.id = r.sharing_decision_id OR sd.referral_id = r.id) AND NOT sd.shown_to_her)) AS "heldBackFromHer"
  FROM multi_agency_referral r LEFT JOIN user_account u ON u.id = r.created_by`;

export function findReferral(em: EntityManager, id: string): Promise<ReferralRow | null> {
  return selectRow<ReferralRow>(em, `${SELECT_REFERRAL} WHERE r.id = $1`, [id]);
}

export function findJourneyReferrals(em: EntityManager, journeyId: string): Promise<ReferralRow[]> {
  return selectRows<ReferralRow>(em, `${SELECT_REFERRAL} WHERE r.journey_id = $1 ORDER BY r.status = 'closed', r.created_at DESC, r.id`, [journeyId]);
}

/** The journey a referral belongs to, or null when there is none in reach of row-level security. */
export async function findReferralJourneyId(em: EntityManager, id: string): Promise<string | null> {
  return (await selectRow<{ journey_id: string }>(em, `SELECT journey_id FROM multi_agency_referral WHERE id = $1`, [id]))?.journey_id ?? null;
}

export function findReferralConcerns(em: EntityManager, referralIds: string[]): Promise<{ referralId: string; concernId: string }[]> {
  return selectRows(
    em,
    `SELECT referral_id AS "referralId", concern_id AS "concernId" FROM multi_agency_referral_concern WHERE referral_id = ANY($1::uuid[]) ORDER BY concern_id`,
    [referralIds],
  );
}

export function findReferralEvents(em: EntityManager, referralIds: string[]): Promise<ReferralEventRow[]> {
  return selectRows<ReferralEventRow>(
    em,
    `SELECT e.referral_id AS "referralId", e.status, ${day('e.on_date', 'on')}, e.note, coalesce(u.display_name, 'A member of staff') AS "recordedBy"
     FROM multi_agency_referral_event e LEFT JOIN user_account u ON u.id = e.recorded_by
     WHERE e.referral_id = ANY($1::uuid[]) ORDER BY e.recorded_at, e.id`,
    [referralIds],
  );
}

/** Of `ids`, the concerns on this journey that the actor may see (the register's own rule). */
export async function findVisibleJourneyConcernIds(em: EntityManager, actor: Actor, journeyId: string, ids: string[]): Promise<Set<string>> {
  const rows = await selectRows<{ id: string }>(em, `SELECT c.id FROM concern c WHERE c.id = ANY($1::uuid[]) AND c.journey_id = $2 AND ${visibleTo(actor, 3)}`, [
    ids,
    journeyId,
    actor.userId,
  ]);
  return new Set(rows.map((r) => r.id));
}

/** Her journey's status and the day she was referred to us. */
export function findJourneyDates(em: EntityManager, journeyId: string): Promise<{ status: string; referralDate: string } | null> {
  return selectRow(em, `SELECT status, ${day('referral_date', 'referralDate')} FROM journey WHERE id = $1`, [journeyId]);
}

export function insertReferral(
  em: EntityManager,
  r: { organisationId: string; journeyId: string; agencyKey: string; agencyName: string; outcomeStatus: ReferralOutcomeStatus; sentTo: string; form: MultiAgencyReferralForm; userId: string },
): Promise<string> {
  return insertId(
    em,
    `INSERT INTO multi_agency_referral (organisation_id, journey_id, agency_key, agency_name, outcome_status, sent_to, form, risk_assessment_id, created_by, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id`,
    [r.organisationId, r.journeyId, r.agencyKey, r.agencyName, r.outcomeStatus, r.sentTo, JSON.stringify(r.form), r.form.riskAssessmentId, r.userId],
  );
}

/** The referral's columns changed only if it is still at `version`, which moves on; false when it has moved on. */
export async function updateReferral(em: EntityManager, id: string, version: number, changes: Record<string, unknown>, userId: string): Promise<boolean> {
  const columns = Object.keys(changes);
  const sets = columns.map((c, i) => `${c} = $${i + 4}`);
  const rows = await changedRows<{ id: string }>(
    em,
    `UPDATE multi_agency_referral SET ${[...sets, 'version = version + 1', 'updated_at = now()', 'updated_by = $3'].join(', ')}
     WHERE id = $1 AND version = $2 RETURNING id`,
    [id, version, userId, ...columns.map((c) => (c === 'form' ? JSON.stringify(changes[c]) : changes[c]))],
  );
  return rows.length === 1;
}

export async function replaceReferralConcerns(em: EntityManager, organisationId: string, referralId: string, concernIds: string[]): Promise<void> {
  await execute(em, `DELETE FROM multi_agency_referral_concern WHERE referral_id = $1`, [referralId]);
  if (!concernIds.length) return;
  await execute(
    em,
    `INSERT INTO multi_agency_referral_concern (organisation_id, referral_id, concern_id) SELECT $1, $2, unnest($3::uuid[])`,
    [organisationId, referralId, concernIds],
  );
}

export function insertReferralEvent(
  em: EntityManager,
  e: { organisationId: string; referralId: string; status: MultiAgencyReferralStatus; on: string; note: string | null; userId: string },
): Promise<void> {
  return execute(em, `INSERT INTO multi_agency_referral_event (organisation_id, referral_id, status, on_date, note, recorded_by) VALUES ($1, $2, $3, $4, $5, $6)`, [
    e.organisationId,
    e.referralId,
    e.status,
    e.on,
    e.note,
    e.userId,
  ]);
}
