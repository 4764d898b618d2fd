import type { GoalView, MyGoal, MyStep, StepView, WrittenBy } from '@beside/shared/contracts';

/**
 * The one projection of a goal and its steps (plan.repository.ts reads it), for every audience: staff read it as
 * GoalView and StepView; she reads it as MyGoal and MyStep, where who wrote each record is told as "her" or
 * "staff" rather than by id. Whatever she must not see is dropped here, from this one shape.
 */
export interface StepRow extends StepView {
  /** The account that wrote the step. */
  createdBy: string | null;
}

export interface GoalRow extends Omit<GoalView, 'steps'> {
  createdBy: string | null;
  steps: StepRow[];
}

export function toStepView({ createdBy: _c, ...step }: StepRow): StepView {
  return step;
}

export function toGoalView({ createdBy: _c, steps, ...goal }: GoalRow): GoalView {
  return { ...goal, steps: steps.map(toStepView) };
}

/** "her" when she wrote it herself (`me` is her account id), "staff" otherwise. */
export function writtenBy(createdBy: string | null, me: string): WrittenBy {
  return createdBy === me ? 'her' : 'staff';
}

export function toMyStep({ createdBy, ...step }: StepRow, me: string): MyStep {
  return { ...step, writtenBy: writtenBy(createdBy, me) };
}

/** Her goal, with the journey it belongs to (her plan leaves that out; her data download keeps it). */
export function toMyGoal({ createdBy, steps, ...goal }: GoalRow, me: string): MyGoal & { journeyId: string } {
  return { ...goal, writtenBy: writtenBy(createdBy, me), steps: steps.map((s) => toMyStep(s, me)) };
}
