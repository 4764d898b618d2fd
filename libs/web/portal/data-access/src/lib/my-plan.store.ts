import { inject, Injectable, signal } from '@angular/core';
import type { GoalCategory, MyCheckIn, MyGoal, MyPlan, MyStep, StepOwner } from '@beside/shared/contracts';
import { attemptWrite, KeysetList, toApiProblem, toVersionConflict, type WriteResult } from '@beside/web/core';
import { firstValueFrom, type Observable } from 'rxjs';
import { PortalApi } from './portal-api';
import { toProposeChange, type ProposeChangePointer } from './propose-change';

/** An edit of her own words: saved, refused with a pointer to propose a change instead, or another problem. */
export type OwnEditResult<T> = WriteResult<T> | { ok: false; proposeChange: ProposeChangePointer };

/** Her plan: goals and steps (each marked with who wrote it), shared notes and her check-ins. */
@Injectable()
export class MyPlanStore {
  private readonly api = inject(PortalApi);
  readonly plan = signal<MyPlan | null>(null);
  readonly problem = signal<string | null>(null);
  readonly checkIns = new KeysetList<MyCheckIn>((cursor) => this.api.checkIns(cursor));

  async load(): Promise<void> {
    void this.checkIns.reload();
    try {
      this.plan.set(await firstValueFrom(this.api.plan()));
      this.problem.set(null);
    } catch (error) {
      this.problem.set(toApiProblem(error).messages.join(' '));
    }
  }

  async addGoal(goal: { words: string; category: GoalCategory; targetDate: string | null }, idempotencyKey?: string): Promise<WriteResult<MyGoal>> {
    const result = await attemptWrite<MyGoal>(this.api.createGoal(goal, idempotencyKey));
    if (result.ok) this.patchPlan((plan) => ({ ...plan, goals: [...plan.goals, { ...result.value, steps: result.value.steps ?? [] }] }));
    return result;
  }

  async rewordGoal(goal: MyGoal, words: string): Promise<OwnEditResult<MyGoal>> {
    return this.ownEdit(() => this.api.updateGoal(goal.id, { words, version: goal.version }), (fresh) =>
      this.patchGoal(goal.id, (g) => ({ ...g, ...fresh, steps: fresh.steps ?? g.steps })),
    );
  }

  async addStep(
    goal: MyGoal,
    step: { description: string; owner: StepOwner; dueDate: string | null },
    idempotencyKey?: string,
  ): Promise<WriteResult<MyStep>> {
    const result = await attemptWrite<MyStep>(this.api.createStep(goal.id, step, idempotencyKey));
    // A repeat of the same submission answers with the step already shown: never list it twice.
    if (result.ok) this.patchGoal(goal.id, (g) => ({ ...g, steps: [...g.steps.filter((s) => s.id !== result.value.id), result.value] }));
    return result;
  }

  /** Removes a step she wrote herself (one added by mistake); a step from the service stays. */
  async removeStep(step: MyStep): Promise<WriteResult<void, MyStep>> {
    const result = await attemptWrite<void, MyStep>(this.api.deleteStep(step.id, step.version));
    if (result.ok) this.patchGoal(step.goalId, (g) => ({ ...g, steps: g.steps.filter((s) => s.id !== step.id) }));
    else if (result.conflict?.current) this.patchStep(result.conflict.current);
    return result;
  }

  async rewordStep(step: MyStep, description: string): Promise<OwnEditResult<MyStep>> {
    return this.ownEdit(() => this.api.updateStep(step.id, { description, version: step.version }), (fresh) => this.patchStep(fresh));
  }

  async setStepDone(step: MyStep, done: boolean): Promise<WriteResult<MyStep>> {
    const result = await attemptWrite<MyStep>(this.api.updateStep(step.id, { done, version: step.version }));
    const fresh = result.ok ? result.value : result.conflict?.current;
    if (fresh) this.patchStep(fresh);
    return result;
  }

  async recordCheckIn(confidence: number, words: string | null, idempotencyKey?: string): Promise<WriteResult<MyCheckIn>> {
    const result = await attemptWrite<MyCheckIn>(this.api.recordCheckIn({ confidence, words }, idempotencyKey));
    if (result.ok) {
      this.checkIns.prepend(result.value);
      this.patchPlan((plan) => ({ ...plan, recentCheckIns: [result.value, ...plan.recentCheckIns.filter((c) => c.id !== result.value.id)] }));
    }
    return result;
  }

  private async ownEdit<T extends { version: number }>(
    request: () => Observable<unknown>,
    apply: (fresh: T) => void,
  ): Promise<OwnEditResult<T>> {
    try {
      const value = (await firstValueFrom(request())) as T;
      apply(value);
      return { ok: true, value };
    } catch (error) {
      const pointer = toProposeChange(error);
      if (pointer) return { ok: false, proposeChange: pointer };
      const conflict = toVersionConflict<T>(error);
      if (conflict) apply(conflict.current);
      return { ok: false, problem: toApiProblem(error), conflict };
    }
  }

  private patchPlan(change: (plan: MyPlan) => MyPlan): void {
    this.plan.update((plan) => (plan ? change(plan) : plan));
  }

  private patchGoal(goalId: string, change: (goal: MyGoal) => MyGoal): void {
    this.patchPlan((plan) => ({ ...plan, goals: plan.goals.map((g) => (g.id === goalId ? change(g) : g)) }));
  }

  private patchStep(fresh: MyStep): void {
    this.patchGoal(fresh.goalId, (g) => ({ ...g, steps: g.steps.map((s) => (s.id === fresh.id ? fresh : s)) }));
  }
}
