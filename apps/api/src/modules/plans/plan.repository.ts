import { EntityManager } from 'typeorm';
import type { GoalView, StepView } from '@beside/shared/contracts';

const STEP_FIELDS = `s.id, s.goal_id AS "goalId", s.description, s.owner, to_char(s.due_date, 'YYYY-MM-DD') AS "dueDate",
  s.done_at IS NOT NULL AS done, s.done_at AS "doneAt", s.version`;

const GOAL_SELECT = `
  SELECT g.id, g.journey_id AS "journeyId", g.words, g.category, to_char(g.target_date, 'YYYY-MM-DD') AS "targetDate", g.status,
         coalesce((SELECT json_agg(json_build_object('id', s.id, 'goalId', s.goal_id, 'description', s.description, 'owner', s.owner,
                                                     'dueDate', to_char(s.due_date, 'YYYY-MM-DD'), 'done', s.done_at IS NOT NULL,
                                                     'doneAt', to_char(s.done_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'version', s.version) ORDER BY s.created_at, s.id)
                   FROM step s WHERE s.goal_id = g.id), '[]'::json) AS steps,
         g.version
  FROM goal g`;

/** A plan is small (a handful of goals); it is still capped so that no request reads without bound. */
export async function findGoals(em: EntityManager, journeyId: string): Promise<GoalView[]> {
  return em.query(`${GOAL_SELECT} WHERE g.journey_id = $1 ORDER BY g.created_at, g.id LIMIT 200`, [journeyId]);
}

export async function findGoal(em: EntityManager, goalId: string): Promise<GoalView | null> {
  const [row]: GoalView[] = await em.query(`${GOAL_SELECT} WHERE g.id = $1`, [goalId]);
  return row ?? null;
}

export async function findStep(em: EntityManager, stepId: string): Promise<StepView | null> {
  const [row]: StepView[] = await em.query(`SELECT ${STEP_FIELDS} FROM step s WHERE s.id = $1`, [stepId]);
  return row ?? null;
}
