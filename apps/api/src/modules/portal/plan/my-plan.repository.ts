import { EntityManager } from 'typeorm';
import type { MyCheckIn, MyGoal, MyStep, SharedNote } from '@beside/shared/contracts';
import { selectRow, selectRows } from '../../../database/sql';
import { findGoal, findGoals, findStep, toMyGoal, toMyStep } from '../../plans';

export type MyGoalRow = MyGoal & { journeyId: string };

/** Her goals on one journey, or on all her journeys (by service user), each step marked with who wrote it (`me`: her account). */
export async function findMyGoals(em: EntityManager, by: 'journey' | 'service_user', id: string, me: string): Promise<MyGoalRow[]> {
  return (await findGoals(em, by, id, 500)).map((g) => toMyGoal(g, me));
}

export async function findMyGoal(em: EntityManager, goalId: string, me: string): Promise<MyGoalRow | null> {
  const row = await findGoal(em, goalId);
  return row && toMyGoal(row, me);
}

export async function findMyStep(em: EntityManager, stepId: string, me: string): Promise<MyStep | null> {
  const row = await findStep(em, stepId);
  return row && toMyStep(row, me);
}

const SHARED_NOTE_SELECT = `
  SELECT n.id, n.journey_id AS "journeyId", n.body, CASE WHEN n.created_by = $2::uuid THEN 'her' ELSE 'staff' END AS "writtenBy",
         u.display_name AS "writtenByName", n.created_at AS "createdAt", n.updated_at AS "updatedAt", n.version
  FROM note n LEFT JOIN user_account u ON u.id = n.created_by`;

/** Shared notes only: a staff note never leaves this query (and row-level security hides them from her too). */
export async function findSharedNotes(em: EntityManager, by: 'journey' | 'service_user', id: string, me: string): Promise<(SharedNote & { journeyId: string })[]> {
  const column = by === 'journey' ? 'n.journey_id' : 'n.service_user_id';
  return selectRows<SharedNote & { journeyId: string }>(
    em,
    `${SHARED_NOTE_SELECT} WHERE ${column} = $1 AND n.visibility = 'shared' ORDER BY n.created_at DESC, n.id DESC LIMIT 500`,
    [id, me],
  );
}

export async function findCheckIns(em: EntityManager, by: 'journey' | 'service_user', id: string, limit: number): Promise<(MyCheckIn & { journeyId: string })[]> {
  const column = by === 'journey' ? 'journey_id' : 'service_user_id';
  return selectRows<MyCheckIn & { journeyId: string }>(
    em,
    `SELECT id, journey_id AS "journeyId", confidence, words, recorded_at AS "recordedAt"
     FROM check_in WHERE ${column} = $1 ORDER BY recorded_at DESC, id DESC LIMIT $2`,
    [id, limit],
  );
}

/** Who wrote a record of her plan (goal or step), for the "only what you wrote" rule. */
export async function authorOf(em: EntityManager, table: 'goal' | 'step', id: string): Promise<string | null> {
  const row = await selectRow<{ created_by: string | null }>(em, `SELECT created_by FROM ${table} WHERE id = $1`, [id]);
  return row?.created_by ?? null;
}
