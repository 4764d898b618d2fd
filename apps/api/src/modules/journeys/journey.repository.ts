import { EntityManager } from 'typeorm';
import type { BreakGlassReasonCategory, JourneyDetail, JourneyStatus } from '@beside/shared/contracts';
import { execute, insertId, selectRow, selectRows } from '../../database/sql';

export async function findJourneyDetail(em: EntityManager, journeyId: string): Promise<JourneyDetail | null> {
  return selectRow<JourneyDetail>(
    em,
    `SELECT id, service_user_id AS "serviceUserId", status, referral_source AS "referralSource",
            to_char(referral_date, 'YYYY-MM-DD') AS "referralDate", referral_reason AS "referralReason",
            primary_advocate_id AS "primaryAdvocateId", secondary_advocate_id AS "secondaryAdvocateId",
            to_char(plan_review_date, 'YYYY-MM-DD') AS "planReviewDate", closed_at AS "closedAt",
            closure_outcome AS "closureOutcome", closure_reason AS "closureReason", version
     FROM journey WHERE id = $1`,
    [journeyId],
  );
}

/** A journey as staff read it: with her name and her advocates' names. */
export interface JourneyRow {
  id: string;
  serviceUserId: string;
  serviceUserName: string;
  status: JourneyStatus;
  referralSource: string;
  referralDate: string;
  referralReason: string;
  primaryAdvocateId: string;
  primaryAdvocateName: string;
  secondaryAdvocateId: string | null;
  secondaryAdvocateName: string | null;
  planReviewDate: string | null;
  closedAt: Date | null;
  closureOutcome: string | null;
  closureReason: string | null;
  version: number;
}

export async function findJourney(em: EntityManager, journeyId: string): Promise<JourneyRow | null> {
  return selectRow<JourneyRow>(
    em,
    `SELECT j.id, j.service_user_id AS "serviceUserId", coalesce(su.preferred_name, su.name) AS "serviceUserName",
            j.status, j.referral_source AS "referralSource", to_char(j.referral_date, 'YYYY-MM-DD') AS "referralDate",
            j.referral_reason AS "referralReason", j.primary_advocate_id AS "primaryAdvocateId",
            pa.display_name AS "primaryAdvocateName", j.secondary_advocate_id AS "secondaryAdvocateId",
            sa.display_name AS "secondaryAdvocateName", to_char(j.plan_review_date, 'YYYY-MM-DD') AS "planReviewDate",
            j.closed_at AS "closedAt", j.closure_outcome AS "closureOutcome", j.closure_reason AS "closureReason", j.version
     FROM journey j
     JOIN service_user su ON su.id = j.service_user_id
     JOIN user_account pa ON pa.id = j.primary_advocate_id
     LEFT JOIN user_account sa ON sa.id = j.secondary_advocate_id
     WHERE j.id = $1`,
    [journeyId],
  );
}

export interface NewJourney {
  organisationId: string;
  serviceUserId: string;
  referralSource: string;
  referralDate: string;
  referralReason: string;
  primaryAdvocateId: string;
  secondaryAdvocateId: string | null;
  createdBy: string;
}

export async function insertJourney(em: EntityManager, j: NewJourney): Promise<string> {
  return insertId(
    em,
    `INSERT INTO journey (organisation_id, service_user_id, status, referral_source, referral_date, referral_reason,
                          primary_advocate_id, secondary_advocate_id, created_by, updated_by)
     VALUES ($1, $2, 'referred', $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
    [j.organisationId, j.serviceUserId, j.referralSource, j.referralDate, j.referralReason, j.primaryAdvocateId, j.secondaryAdvocateId, j.createdBy],
  );
}

export async function hasOpenJourney(em: EntityManager, serviceUserId: string): Promise<boolean> {
  const rows = await selectRows<unknown>(em, `SELECT 1 FROM journey WHERE service_user_id = $1 AND status <> 'closed' LIMIT 1`, [serviceUserId]);
  return rows.length > 0;
}

export interface StatusChange {
  organisationId: string;
  journeyId: string;
  from: JourneyStatus;
  to: JourneyStatus;
  reason: string | null;
  changedBy: string;
}

export async function insertStatusChange(em: EntityManager, c: StatusChange): Promise<void> {
  await execute(
    em,
    `INSERT INTO journey_status_change (organisation_id, journey_id, from_status, to_status, reason, changed_by)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [c.organisationId, c.journeyId, c.from, c.to, c.reason, c.changedBy],
  );
}

/** Of these ids, the active advocates of her organisation (row-level security hides the rest). */
export async function findActiveAdvocateIds(em: EntityManager, ids: string[]): Promise<Set<string>> {
  const rows = await selectRows<{ id: string }>(em, `SELECT id FROM user_account WHERE id = ANY($1::uuid[]) AND role = 'advocate' AND status = 'active'`, [ids]);
  return new Set(rows.map((r) => r.id));
}

/** The plan's review date of a journey (YYYY-MM-DD), or null. */
export async function findPlanReviewDate(em: EntityManager, journeyId: string): Promise<string | null> {
  const row = await selectRow<{ review_date: string | null }>(em, `SELECT to_char(plan_review_date, 'YYYY-MM-DD') AS review_date FROM journey WHERE id = $1`, [journeyId]);
  return row?.review_date ?? null;
}

/** What deciding her reach to a journey needs: its people, and her own live break-the-glass grant if any. */
export interface JourneyScopeRow {
  id: string;
  service_user_id: string;
  primary_advocate_id: string;
  secondary_advocate_id: string | null;
  account_id: string | null;
  grant_expires_at: Date | null;
  grant_allows_write: boolean | null;
  grant_reason_category: BreakGlassReasonCategory | null;
}

export async function findJourneyScope(em: EntityManager, journeyId: string, userId: string): Promise<JourneyScopeRow | null> {
  // Her live grant, if any; a grant that allows writing wins over one that does not.
  return selectRow<JourneyScopeRow>(
    em,
    `SELECT j.id, j.service_user_id, j.primary_advocate_id, j.secondary_advocate_id, su.account_id,
            g.expires_at AS grant_expires_at, g.allows_write AS grant_allows_write, g.reason_category AS grant_reason_category
     FROM journey j JOIN service_user su ON su.id = j.service_user_id
     LEFT JOIN LATERAL (SELECT b.expires_at, b.allows_write, b.reason_category FROM break_glass_access b
                        WHERE b.journey_id = j.id AND b.user_id = $2 AND b.expires_at > now()
                        ORDER BY b.allows_write DESC, b.expires_at DESC LIMIT 1) g ON true
     WHERE j.id = $1`,
    [journeyId, userId],
  );
}

/** Whose journey it is, or null when there is no such journey (in her organisation). */
export async function findJourneyServiceUserId(em: EntityManager, journeyId: string): Promise<string | null> {
  const row = await selectRow<{ service_user_id: string }>(em, `SELECT service_user_id FROM journey WHERE id = $1`, [journeyId]);
  return row?.service_user_id ?? null;
}

/** The records that belong to one journey. */
export type JourneyRecordTable = 'appointment' | 'accompaniment' | 'goal' | 'step' | 'note' | 'challenge' | 'letter' | 'document';

/** The journey a record belongs to, or null when there is no such record. */
export async function findRecordJourneyId(em: EntityManager, table: JourneyRecordTable, id: string): Promise<string | null> {
  const row = await selectRow<{ journey_id: string }>(em, `SELECT journey_id FROM ${table} WHERE id = $1`, [id]);
  return row?.journey_id ?? null;
}
