import { inject, Injectable, signal } from '@angular/core';
import type { CheckInView, GoalCategory, GoalStatus, GoalView, PlanView, StepOwner, StepView } from '@beside/shared/contracts';
import { attemptWrite, KeysetList, toApiProblem, type WriteResult } from '@beside/web/core';
import { firstValueFrom } from 'rxjs';
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
    try {
      this.plan.set(await firstValueFrom(this.api.plan(journeyId)));
      this.problem.set(null);
    } catch (error) {
      this.problem.set(toApiProblem(error).messages.join(' '));
    }
  }

  async addGoal(goal: { words: string; category: GoalCategory; targetDate: string | null }): Promise<WriteResult<GoalView>> {
    const result = await attemptWrite<GoalView>(this.api.createGoal(this.journeyId, goal));
    if (result.ok) this.patchPlan((plan) => ({ ...plan, goals: [...plan.goals, { ...result.value, steps: result.value.steps ?? [] }] }));
    return result;
  }

  async setGoalStatus(goal: GoalView, status: GoalStatus): Promise<WriteResult<GoalView>> {
    const result = await attemptWrite<GoalView>(this.api.updateGoal(goal.id, { status, version: goal.version }));
    const fresh = result.ok ? result.value : result.conflict?.current;
    if (fresh) this.patchGoal(goal.id, (g) => ({ ...g, ...fresh, steps: fresh.steps ?? g.steps }));
    return result;
  }

  async addStep(goal: GoalView, step: { description: string; owner: StepOwner; dueDate: string | null }): Promise<WriteResult<StepView>> {
    const result = await attemptWrite<StepView>(this.api.createStep(goal.id, step));
    if (result.ok) this.patchGoal(goal.id, (g) => ({ ...g, steps: [...g.steps, result.value] }));
    return result;
  }

  async setStepDone(step: StepView, done: boolean): Promise<WriteResult<StepView>> {
    const result = await attemptWrite<StepView>(this.api.updateStep(step.id, { done, version: step.version }));
    const fresh = result.ok ? result.value : result.conflict?.current;
    if (fresh) this.patchGoal(step.goalId, (g) => ({ ...g, steps: g.steps.map((s) => (s.id === fresh.id ? fresh : s)) }));
    return result;
  }

  async recordCheckIn(confidence: number, words: string | null): Promise<WriteResult<CheckInView>> {
    const result = await attemptWrite<CheckInView>(this.api.recordCheckIn(this.journeyId, { confidence, words }));
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
