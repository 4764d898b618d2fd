import type { EntityManager } from 'typeorm';
import type { SafetyPlanSectionKey } from '@beside/shared/contracts';
import { changedRows } from '../../../database/changed-rows';
import { selectRow, selectRows } from '../../../database/sql';

export interface PlanRow {
  id: string;
  reviewOn: string | null;
  updatedAt: Date | string;
  version: number;
}

export interface SectionRow {
  id: string;
  key: SafetyPlanSectionKey;
  body: string;
  byHer: boolean;
  updatedAt: Date | string;
  updatedByName: string | null;
  version: number;
}

export async function findPlan(em: EntityManager, journeyId: string): Promise<PlanRow | null> {
  return selectRow<PlanRow>(
    em,
    `SELECT id, to_char(review_on, 'YYYY-MM-DD') AS "reviewOn", updated_at AS "updatedAt", version FROM safety_plan WHERE journey_id = $1`,
    [journeyId],
  );
}

export async function findSections(em: EntityManager, journeyId: string): Promise<SectionRow[]> {
  return selectRows<SectionRow>(
    em,
    `SELECT s.id, s.section_key AS key, s.body, s.by_her AS "byHer", s.updated_at AS "updatedAt", u.display_name AS "updatedByName", s.version
     FROM safety_plan_section s LEFT JOIN user_account u ON u.id = s.updated_by
     WHERE s.journey_id = $1`,
    [journeyId],
  );
}

export async function findSection(em: EntityManager, journeyId: string, key: SafetyPlanSectionKey): Promise<{ id: string; byHer: boolean; version: number } | null> {
  return selectRow(em, `SELECT id, by_her AS "byHer", version FROM safety_plan_section WHERE journey_id = $1 AND section_key = $2`, [journeyId, key]);
}

/** The plan's id, starting it if nobody has (no review date: that is set with her advocate). */
export async function ensurePlan(em: EntityManager, organisationId: string, journeyId: string, userId: string): Promise<string> {
  await selectRows(
    em,
    `INSERT INTO safety_plan (organisation_id, journey_id, created_by, updated_by) VALUES ($1, $2, $3, $3)
     ON CONFLICT (organisation_id, journey_id) DO NOTHING RETURNING id`,
    [organisationId, journeyId, userId],
  );
  const plan = await selectRow<{ id: string }>(em, `SELECT id FROM safety_plan WHERE journey_id = $1`, [journeyId]);
  if (!plan) throw new Error('safety plan not found after starting it');
  return plan.id;
}

export interface NewSection {
  organisationId: string;
  planId: string;
  journeyId: string;
  key: SafetyPlanSectionKey;
  body: string;
  byHer: boolean;
  userId: string;
}

/** A section's first words; null when someone wrote it first. */
export async function insertSection(em: EntityManager, s: NewSection): Promise<string | null> {
  const [row] = await selectRows<{ id: string }>(
    em,
    `INSERT INTO safety_plan_section (organisation_id, plan_id, journey_id, section_key, body, by_her, created_by, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
     ON CONFLICT (organisation_id, plan_id, section_key) DO NOTHING RETURNING id`,
    [s.organisationId, s.planId, s.journeyId, s.key, s.body, s.byHer, s.userId],
  );
  return row?.id ?? null;
}

/**
 * New words for a section at the version read, only while it is still written by the same side (`byHer`);
 * false when it moved on. The database keeps the earlier words (safety_plan_section_history).
 */
export async function updateSection(em: EntityManager, id: string, version: number, body: string, byHer: boolean, userId: string): Promise<boolean> {
  const rows = await changedRows(
    em,
    `UPDATE safety_plan_section SET body = $3, updated_by = $5, updated_at = now(), version = version + 1
     WHERE id = $1 AND version = $2 AND by_her = $4 RETURNING id`,
    [id, version, body, byHer, userId],
  );
  return rows.length > 0;
}

/** The review date at the plan's version; false when it moved on. */
export async function setReviewDate(em: EntityManager, planId: string, version: number, reviewOn: string, userId: string): Promise<boolean> {
  const rows = await changedRows(
    em,
    `UPDATE safety_plan SET review_on = $3, updated_by = $4, updated_at = now(), version = version + 1 WHERE id = $1 AND version = $2 RETURNING id`,
    [planId, version, reviewOn, userId],
  );
  return rows.length > 0;
}

/** The journey she means when she names none: her open one, else her newest (the order PortalScope uses; portal exports none of it). */
export async function findHerCurrentJourney(em: EntityManager, accountId: string): Promise<{ id: string } | null> {
  return selectRow<{ id: string }>(
    em,
    `SELECT j.id FROM journey j JOIN service_user su ON su.id = j.service_user_id WHERE su.account_id = $1
     ORDER BY (j.status <> 'closed') DESC, j.referral_date DESC, j.created_at DESC, j.id DESC LIMIT 1`,
    [accountId],
  );
}
