import type { UpdateGoalDto, UpdateStepDto } from './dto/plan.dto';

/** Request field → column of a goal, for versioned updates (staff and her own). */
export const GOAL_COLUMNS: Partial<Record<keyof UpdateGoalDto, string>> = { words: 'words', category: 'category', targetDate: 'target_date', status: 'status' };

/** Request field → column of a step; `done` is not a column (see doneChanges). */
export const STEP_COLUMNS: Partial<Record<keyof UpdateStepDto, string>> = { description: 'description', owner: 'owner', dueDate: 'due_date' };

/** Ticking a step done or not yet. Ticking a done step again keeps when it was first done (and by whom). */
export function doneChanges(done: boolean, current: { done: boolean } | null, actorId: string): Record<string, unknown> {
  if (done === current?.done) return {};
  return { done_at: done ? new Date() : null, done_by: done ? actorId : null };
}
