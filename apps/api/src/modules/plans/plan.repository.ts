import { EntityManager } from 'typeorm';
import type { CheckInView, GoalCategory, StepOwner } from '@beside/shared/contracts';
import { changedRows } from '../../database/changed-rows';
import { insertId, selectRow, selectRows } from '../../database/sql';
import type { GoalRow, StepRow } from './goal-projection';

const STEP_JSON = `json_build_object('id', s.id, 'goalId', s.goal_id, 'description', s.description, 'owner', s.owner,
  'dueDate', to_char(s.due_date, 'YYYY-MM-DD'), 'done', s.done_at IS NOT NULL,
  'doneAt', to_char(s.done_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'createdBy', s.created_by, 'version', s.version)`;

const GOAL_SELECT = `
  SELECT g.id, g.journey_id AS "journeyId", g.words, g.category, to_char(g.target_date, 'YYYY-MM-DD') AS "targetDate", g.status,
         g.created_by AS "createdBy",
         coalesce((SELECT json_agg(${STEP_JSON} ORDER BY s.created_at, s.id) FROM step s WHERE s.goal_id = g.id), '[]'::json) AS steps,
         g.version
  FROM goal g`;

/**
 * The goals of one journey, or of all her journeys (by service user), oldest first. A plan is small (a handful
 * of goals); it is still capped so that no request reads without bound.
 */
export async function findGoals(em: EntityManager, by: 'journey' | 'service_user', id: string, limit: number): Promise<GoalRow[]> {
  const column = by === 'journey' ? 'g.journey_id' : 'g.service_user_id';
  return selectRows<GoalRow>(em, `${GOAL_SELECT} WHERE ${column} = $1 ORDER BY g.created_at, g.id LIMIT $2`, [id, limit]);
}

export async function findGoal(em: EntityManager, goalId: string): Promise<GoalRow | null> {
  return selectRow<GoalRow>(em, `${GOAL_SELECT} WHERE g.id = $1`, [goalId]);
}

export async function findStep(em: EntityManager, stepId: string): Promise<StepRow | null> {
  const row = await selectRow<{ step: StepRow }>(em, `SELECT ${STEP_JSON} AS step FROM step s WHERE s.id = $1`, [stepId]);
  return row?.step ?? null;
}

/** Who writes a record of the plan, and for which journey: every insert names both. */
export interface Writer {
  organisationId: string;
  userId: string;
}

export interface OnJourney {
  journeyId: string;
  serviceUserId: string;
}

export async function insertGoal(em: EntityManager, by: Writer, on: OnJourney, g: { words: string; category: GoalCategory; targetDate?: string | null }): Promise<string> {
  return insertId(
    em,
    `INSERT INTO goal (organisation_id, journey_id, service_user_id, words, category, target_date, created_by, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
    [by.organisationId, on.journeyId, on.serviceUserId, g.words, g.category, g.targetDate ?? null, by.userId],
  );
}

export async function insertStep(em: EntityManager, by: Writer, on: { goalId: string; journeyId: string }, s: { description: string; owner: StepOwner; dueDate?: string | null }): Promise<string> {
  return insertId(
    em,
    `INSERT INTO step (organisation_id, goal_id, journey_id, description, owner, due_date, created_by, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
    [by.organisationId, on.goalId, on.journeyId, s.description, s.owner, s.dueDate ?? null, by.userId],
  );
}

/** Removes one step at the version read; false when the version is stale (the step is kept). */
export async function deleteStepAtVersion(em: EntityManager, stepId: string, version: number): Promise<boolean> {
  const rows = await changedRows<{ id: string }>(em, `DELETE FROM step WHERE id = $1 AND version = $2 RETURNING id`, [stepId, version]);
  return rows.length === 1;
}

/** A change she asked for to this step that nobody has answered yet. */
export async function hasPendingProposal(em: EntityManager, stepId: string): Promise<boolean> {
  const row = await selectRow<{ pending: boolean }>(
    em,
    `SELECT EXISTS (SELECT 1 FROM change_proposal WHERE target_type = 'step' AND target_id = $1 AND status = 'pending') AS pending`,
    [stepId],
  );
  return row?.pending === true;
}

export type CheckInPageRow = CheckInView & { cursor_at: string };

/** A journey's check-ins, newest first, after the cursor (recorded at, id); limit is the page size + 1. */
export async function findCheckInPage(em: EntityManager, journeyId: string, after: (string | number)[] | null, limit: number): Promise<CheckInPageRow[]> {
  return selectRows<CheckInPageRow>(
    em,
    `SELECT id, confidence, words, recorded_at AS "recordedAt", recorded_at::text AS cursor_at
     FROM check_in
     WHERE journey_id = $1 AND ($2::timestamptz IS NULL OR (recorded_at, id) < ($2::timestamptz, $3::uuid))
     ORDER BY recorded_at DESC, id DESC LIMIT $4`,
    [journeyId, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function insertCheckIn(em: EntityManager, by: Writer, on: OnJourney, c: { confidence: number; words?: string | null }): Promise<CheckInView> {
  const [row] = await selectRows<CheckInView>(
    em,
    `INSERT INTO check_in (organisation_id, journey_id, service_user_id, confidence, words, created_by, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id, confidence, words, recorded_at AS "recordedAt"`,
    [by.organisationId, on.journeyId, on.serviceUserId, c.confidence, c.words ?? null, by.userId],
  );
  return row;
}
