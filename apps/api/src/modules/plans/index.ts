// The plans module's public surface: the one projection of a goal and its steps, and the plan's records
// as the portal reads and writes them.
export { type GoalRow, type StepRow, toGoalView, toMyGoal, toMyStep, toStepView, writtenBy } from './goal-projection';
export { doneChanges, GOAL_COLUMNS, STEP_COLUMNS } from './plan-rules';
export { deleteStepAtVersion, findCheckInPage, findGoal, findGoals, findStep, insertCheckIn, insertGoal, insertStep } from './plan.repository';
export {
  CreateCheckInDto,
  CreateGoalDto,
  CreateStepDto,
  OptionalDate,
  RemoveStepQueryDto,
  StepDescription,
  StepOwnerIs,
  UpdateGoalDto,
  UpdateStepDto,
} from './dto/plan.dto';
