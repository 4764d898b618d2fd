import { inject, Injectable, signal } from '@angular/core';
import type { CheckInView, GoalCategory, GoalStatus, GoalView, PlanView, StepOwner, StepView } from '@beside/shared/contracts';
import { attemptWrite, KeysetList, readInto, type WriteResult } from '@beside/web/core';
import { map } from 'rxjs';
import { JourneyWorkApi } from './journey-work-api';
import { JourneysApi } from './journeys-api';

/** Her plan: goals in her words, their steps, her check-ins, and the plan's review date. */
@Injectable()
export class PlanStore {
  private readonly api = inject(JourneyWorkApi);
  private readonly journeys = inject(JourneysApi);
  private journeyId = '';
  readonly plan = signal<PlanView | null>(null);
  readonly problem = signal<string | null>(null);
  readonly checkIns = new KeysetList<CheckInView>((cursor) => this.api.checkIns(this.journeyId, cursor));

  async load(journeyId: string): Promise<void> {
    this.journeyId = journeyId;
    void this.checkIns.reload();
    await readInto(this.api.plan(journeyId), (plan) => this.plan.set(plan), this.problem);
  }

  async addGoal(goal: { words: string; category: GoalCategory; targetDate: string | null }, idempotencyKey?: string): Promise<WriteResult<GoalView>> {
    const result = await attemptWrite<GoalView>(this.api.createGoal(this.journeyId, goal, idempotencyKey));
    if (result.ok) this.patchPlan((plan) => ({ ...plan, goals: [...plan.goals, { ...result.value, steps: result.value.steps ?? [] }] }));
    return result;
  }

  async setGoalStatus(goal: GoalView, status: GoalStatus): Promise<WriteResult<GoalView>> {
    const result = await attemptWrite<GoalView>(this.api.updateGoal(goal.id, { status, version: goal.version }));
    const fresh = result.ok ? result.value : result.conflict?.current;
    if (fresh) this.patchGoal(goal.id, (g) => ({ ...g, ...fresh, steps: fresh.steps ?? g.steps }));
    return result;
  }

  async addStep(
    goal: GoalView,
    step: { description: string; owner: StepOwner; dueDate: string | null },
    idempotencyKey?: string,
  ): Promise<WriteResult<StepView>> {
    const result = await attemptWrite<StepView>(this.api.createStep(goal.id, step, idempotencyKey));
    // A retry answered with the first step must not show it twice.
    if (result.ok) this.patchGoal(goal.id, (g) => ({ ...g, steps: [...g.steps.filter((s) => s.id !== result.value.id), result.value] }));
    return result;
  }

  /** Removes a step added by mistake. A changed step (409) comes back fresh, so she sees what she would remove. */
  async removeStep(step: StepView): Promise<WriteResult<null, StepView>> {
    const result = await attemptWrite<null, StepView>(this.api.removeStep(step.id, step.version).pipe(map(() => null)));
    if (result.ok) this.patchGoal(step.goalId, (g) => ({ ...g, steps: g.steps.filter((s) => s.id !== step.id) }));
    else if (result.conflict?.current) {
      const fresh = result.conflict.current;
      this.patchGoal(step.goalId, (g) => ({ ...g, steps: g.steps.map((s) => (s.id === fresh.id ? fresh : s)) }));
    } else if (result.problem.status === 404) this.patchGoal(step.goalId, (g) => ({ ...g, steps: g.steps.filter((s) => s.id !== step.id) }));
    return result;
  }

  async setStepDone(step: StepView, done: boolean): Promise<WriteResult<StepView>> {
    const result = await attemptWrite<StepView>(this.api.updateStep(step.id, { done, version: step.version }));
    const fresh = result.ok ? result.value : result.conflict?.current;
    if (fresh) this.patchGoal(step.goalId, (g) => ({ ...g, steps: g.steps.map((s) => (s.id === fresh.id ? fresh : s)) }));
    return result;
  }

  async recordCheckIn(confidence: number, words: string | null, idempotencyKey?: string): Promise<WriteResult<CheckInView>> {
    const result = await attemptWrite<CheckInView>(this.api.recordCheckIn(this.journeyId, { confidence, words }, idempotencyKey));
    if (result.ok) this.checkIns.prepend(result.value);
    return result;
  }

  /** The review date lives on the journey, so it is saved with the journey's version. */
  async setReviewDate(reviewDate: string | null, journeyVersion: number): Promise<WriteResult<{ version: number; planReviewDate: string | null }>> {
    const result = await attemptWrite(this.journeys.updateJourney(this.journeyId, { planReviewDate: reviewDate, version: journeyVersion }));
    if (result.ok) this.patchPlan((plan) => ({ ...plan, reviewDate: result.value.planReviewDate }));
    return result;
  }

  private patchPlan(change: (plan: PlanView) => PlanView): void {
    this.plan.update((plan) => (plan ? change(plan) : plan));
  }

  private patchGoal(goalId: string, change: (goal: GoalView) => GoalView): void {
    this.patchPlan((plan) => ({ ...plan, goals: plan.goals.map((g) => (g.id === goalId ? change(g) : g)) }));
  }
}
