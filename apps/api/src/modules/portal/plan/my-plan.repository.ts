import { EntityManager } from 'typeorm';
import type { MyCheckIn, MyGoal, MyStep, SharedNote } from '@beside/shared/contracts';

// "her" when she wrote it herself ($2 is her account id), "staff" otherwise.
const WRITTEN_BY = (alias: string) => `CASE WHEN ${alias}.created_by = $2::uuid THEN 'her' ELSE 'staff' END`;

const STEP_JSON = `json_build_object('id', s.id, 'goalId', s.goal_id, 'description', s.description, 'owner', s.owner,
  'dueDate', to_char(s.due_date, 'YYYY-MM-DD'), 'done', s.done_at IS NOT NULL,
  'doneAt', to_char(s.done_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'writtenBy', ${WRITTEN_BY('s')}, 'version', s.version)`;

const GOAL_SELECT = `
  SELECT g.id, g.journey_id AS "journeyId", g.words, g.category, to_char(g.target_date, 'YYYY-MM-DD') AS "targetDate", g.status,
         ${WRITTEN_BY('g')} AS "writtenBy",
         coalesce((SELECT json_agg(${STEP_JSON} ORDER BY s.created_at, s.id) FROM step s WHERE s.goal_id = g.id), '[]'::json) AS steps,
         g.version
  FROM goal g`;

export type MyGoalRow = MyGoal & { journeyId: string };

/** Her goals on one journey ($1), or on all her journeys (by service user), each step marked with who wrote it. */
export function findMyGoals(em: EntityManager, by: 'journey' | 'service_user', id: string, me: string): Promise<MyGoalRow[]> {
  const column = by === 'journey' ? 'g.journey_id' : 'g.service_user_id';
  return em.query(`${GOAL_SELECT} WHERE ${column} = $1 ORDER BY g.created_at, g.id LIMIT 500`, [id, me]);
}

export async function findMyGoal(em: EntityManager, goalId: string, me: string): Promise<MyGoalRow | null> {
  const [row]: MyGoalRow[] = await em.query(`${GOAL_SELECT} WHERE g.id = $1`, [goalId, me]);
  return row ?? null;
}

export async function findMyStep(em: EntityManager, stepId: string, me: string): Promise<MyStep | null> {
  const [row]: { step: MyStep }[] = await em.query(`SELECT ${STEP_JSON} AS step FROM step s WHERE s.id = $1`, [stepId, me]);
  return row?.step ?? null;
}

const SHARED_NOTE_SELECT = `
  SELECT n.id, n.journey_id AS "journeyId", n.body, ${WRITTEN_BY('n')} AS "writtenBy", u.display_name AS "writtenByName",
         n.created_at AS "createdAt", n.updated_at AS "updatedAt", n.version
  FROM note n LEFT JOIN user_account u ON u.id = n.created_by`;

/** Shared notes only: a staff note never leaves this query (and row-level security hides them from her too). */
export function findSharedNotes(em: EntityManager, by: 'journey' | 'service_user', id: string, me: string): Promise<(SharedNote & { journeyId: string })[]> {
  const column = by === 'journey' ? 'n.journey_id' : 'n.service_user_id';
  return em.query(`${SHARED_NOTE_SELECT} WHERE ${column} = $1 AND n.visibility = 'shared' ORDER BY n.created_at DESC, n.id DESC LIMIT 500`, [id, me]);
}

export function findCheckIns(em: EntityManager, by: 'journey' | 'service_user', id: string, limit: number): Promise<(MyCheckIn & { journeyId: string })[]> {
  const column = by === 'journey' ? 'journey_id' : 'service_user_id';
  return em.query(
    `SELECT id, journey_id AS "journeyId", confidence, words, recorded_at AS "recordedAt"
     FROM check_in WHERE ${column} = $1 ORDER BY recorded_at DESC, id DESC LIMIT $2`,
    [id, limit],
  );
}

/** Who wrote a record of her plan (goal or step), for the "only what you wrote" rule. */
export async function authorOf(em: EntityManager, table: 'goal' | 'step', id: string): Promise<string | null> {
  const [row]: { created_by: string | null }[] = await em.query(`SELECT created_by FROM ${table} WHERE id = $1`, [id]);
  return row?.created_by ?? null;
}
