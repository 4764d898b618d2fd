import type { EntityManager } from 'typeorm';
import type { RiskChecklistBody, RiskLevel } from '@beside/shared/contracts';
import { changedRows } from '../../../database/changed-rows';
import { insertId, selectRow, selectRows } from '../../../database/sql';

/** An assessment as stored: the checklist as it was asked, her answers by key, and what was decided about showing it to her. */
export interface AssessmentRow {
  id: string;
  journeyId: string;
  checklistKey: string;
  checklistVersion: number;
  checklist: RiskChecklistBody;
  answers: Record<string, string>;
  score: number;
  level: RiskLevel;
  maracRecommended: boolean;
  assessedOn: string;
  notes: string | null;
  assessedBy: string;
  createdAt: string;
  hiddenReason: string | null;
  hiddenBy: string | null;
  hiddenAt: string | null;
  hideReviewOn: string | null;
}

const SELECT_ASSESSMENT = `
  SELECT a.id, a.journey_id AS "journeyId", a.checklist_key AS "checklistKey", a.checklist_version AS "checklistVersion", a.checklist,
         a.answers, a.score, a.level, a.marac_recommended AS "maracRecommended", to_char(a.assessed_on, 'YYYY-MM-DD') AS "assessedOn", a.notes,
         coalesce(u.display_name, 'Someone from the service') AS "assessedBy", a.created_at AS "createdAt",
         a.hidden_reason AS "hiddenReason", coalesce(h.display_name, 'A manager') AS "hiddenBy", a.hidden_at AS "hiddenAt",
         to_char(a.hide_review_on, 'YYYY-MM-DD') AS "hideReviewOn"
  FROM risk_assessment a
  LEFT JOIN user_account u ON u.organisation_id = a.organisation_id AND u.id = a.created_by
  LEFT JOIN user_account h ON h.organisation_id = a.organisation_id AND h.id = a.hidden_by`;

const NEWEST_FIRST = `ORDER BY a.assessed_on DESC, a.created_at DESC, a.id`;

export function findAssessment(em: EntityManager, id: string): Promise<AssessmentRow | null> {
  return selectRow(em, `${SELECT_ASSESSMENT} WHERE a.id = $1`, [id]);
}

export function findJourneyAssessments(em: EntityManager, journeyId: string): Promise<AssessmentRow[]> {
  return selectRows(em, `${SELECT_ASSESSMENT} WHERE a.journey_id = $1 ${NEWEST_FIRST}`, [journeyId]);
}

/** Her journey's latest assessment (by the day it was done with her), or null. */
export function findLatestAssessment(em: EntityManager, journeyId: string): Promise<AssessmentRow | null> {
  return selectRow(em, `${SELECT_ASSESSMENT} WHERE a.journey_id = $1 ${NEWEST_FIRST} LIMIT 1`, [journeyId]);
}

export async function findAssessmentJourneyId(em: EntityManager, id: string): Promise<string | null> {
  return (await selectRow<{ journeyId: string }>(em, `SELECT journey_id AS "journeyId" FROM risk_assessment WHERE id = $1`, [id]))?.journeyId ?? null;
}

/** What she reads in her portal, across her journeys: never one kept from her (row-level security keeps that too). */
export function findHerAssessments(
  em: EntityManager,
  serviceUserId: string,
): Promise<Pick<AssessmentRow, 'id' | 'checklist' | 'answers' | 'score' | 'level' | 'assessedOn' | 'notes'>[]> {
  return selectRows(
    em,
    `SELECT a.id, a.checklist, a.answers, a.score, a.level, to_char(a.assessed_on, 'YYYY-MM-DD') AS "assessedOn", a.notes
     FROM risk_assessment a JOIN journey j ON j.organisation_id = a.organisation_id AND j.id = a.journey_id
     WHERE j.service_user_id = $1 AND a.hidden_at IS NULL ${NEWEST_FIRST}`,
    [serviceUserId],
  );
}

export function insertAssessment(
  em: EntityManager,
  a: {
    organisationId: string;
    journeyId: string;
    checklistKey: string;
    checklistVersion: number;
    checklist: RiskChecklistBody;
    answers: Record<string, string>;
    score: number;
    level: RiskLevel;
    maracRecommended: boolean;
    assessedOn: string;
    notes: string | null;
    userId: string;
  },
): Promise<string> {
  return insertId(
    em,
    `INSERT INTO risk_assessment (organisation_id, journey_id, checklist_key, checklist_version, checklist, answers, score, level, marac_recommended, assessed_on, notes, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [a.organisationId, a.journeyId, a.checklistKey, a.checklistVersion, JSON.stringify(a.checklist), JSON.stringify(a.answers), a.score, a.level, a.maracRecommended, a.assessedOn, a.notes, a.userId],
  );
}

/**
 * Kept from her portal (or kept from it still, after a review) with the reason, who decided and when it is looked at again.
 * `wasHidden` says which it must be now: false only hides one shown to her, true only renews one already hidden.
 */
export async function hideAssessment(em: EntityManager, id: string, wasHidden: boolean, h: { reason: string; userId: string; reviewOn: string }): Promise<boolean> {
  const rows = await changedRows(
    em,
    `UPDATE risk_assessment SET hidden_reason = $3, hidden_by = $4, hidden_at = now(), hide_review_on = $5
     WHERE id = $1 AND (hidden_at IS NOT NULL) = $2 RETURNING id`,
    [id, wasHidden, h.reason, h.userId, h.reviewOn],
  );
  return rows.length > 0;
}

/** Shown to her again: false when it was not hidden. */
export async function showAssessment(em: EntityManager, id: string): Promise<boolean> {
  const rows = await changedRows(
    em,
    `UPDATE risk_assessment SET hidden_reason = NULL, hidden_by = NULL, hidden_at = NULL, hide_review_on = NULL WHERE id = $1 AND hidden_at IS NOT NULL RETURNING id`,
    [id],
  );
  return rows.length > 0;
}

/** The journey's referral date and status: an assessment is never dated before she was referred. */
export function findJourneyDates(em: EntityManager, journeyId: string): Promise<{ referralDate: string; status: string } | null> {
  return selectRow(em, `SELECT to_char(referral_date, 'YYYY-MM-DD') AS "referralDate", status FROM journey WHERE id = $1`, [journeyId]);
}

/** organisation.settings.hiddenAssessmentReviewDays, when the organisation has set it. */
export async function findHiddenReviewDays(em: EntityManager): Promise<unknown> {
  const row = await selectRow<{ days: unknown }>(em, `SELECT settings -> 'hiddenAssessmentReviewDays' AS days FROM organisation WHERE id = beside_current_organisation()`);
  return row?.days ?? null;
}
