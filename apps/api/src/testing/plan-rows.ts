import type { GoalRow, StepRow } from '../modules/plans';

/** A row of the one goal/step projection, as the plans repository answers it (for unit specs that fake it). */
export function stepRow(over: Partial<StepRow> = {}): StepRow {
  return { id: 's1', goalId: 'g1', description: 'Ring the GP', owner: 'her', dueDate: null, done: false, doneAt: null, createdBy: 'advocate-1', version: 1, ...over };
}

export function goalRow(over: Partial<GoalRow> = {}): GoalRow {
  return { id: 'g1', journeyId: 'j1', words: 'A home of my own', category: 'housing', targetDate: null, status: 'open', createdBy: 'advocate-1', steps: [stepRow()], version: 1, ...over };
}
