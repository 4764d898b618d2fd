import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { GOAL_STATUSES, type GoalStatus, type GoalView, type StepView } from '@beside/shared/contracts';
import { PlanStore } from '@beside/web/journeys/data-access';
import { ConflictNotice, formatLondonDate, GOAL_CATEGORY_LABELS, GOAL_STATUS_LABELS, STEP_OWNER_LABELS } from '@beside/web/journeys/ui';
import { AddStepForm } from './add-step-form';

@Component({
  selector: 'bs-goal-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatCheckboxModule, MatFormFieldModule, MatSelectModule, ConflictNotice, AddStepForm],
  template: `
    <article class="bs-goal" [attr.aria-labelledby]="'goal-' + goal().id">
      <h3 [id]="'goal-' + goal().id" class="bs-goal__words">“{{ goal().words }}”</h3>
      <p class="bs-secondary-text">
        {{ categories[goal().category] }}{{ goal().targetDate ? ' · by ' + date(goal().targetDate!) : '' }}
      </p>
      @if (conflict()) {
        <bs-conflict-notice [message]="conflict()!" (reapply)="reapply()" (dismiss)="conflict.set(null)" />
      }
      @if (problem()) {
        <p class="bs-inline-error" role="alert">{{ problem() }}</p>
      }
      <mat-form-field class="bs-field bs-field--short">
        <mat-label>Goal status</mat-label>
        <mat-select [id]="'goal-status-' + goal().id" [ngModel]="goal().status" (ngModelChange)="setStatus($event)">
          @for (s of statuses; track s) {
            <mat-option [value]="s">{{ statusLabels[s] }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <h4>Steps</h4>
      @if (goal().steps.length) {
        <ul class="bs-steps">
          @for (step of goal().steps; track step.id) {
            <li>
              <mat-checkbox [checked]="step.done" (change)="toggle(step, $event.checked)">
                {{ step.description }}
                <span class="bs-secondary-text">
                  ({{ owners[step.owner] }}{{ step.dueDate ? ', due ' + date(step.dueDate) : '' }}{{ overdue(step) ? ', overdue' : '' }})
                </span>
              </mat-checkbox>
            </li>
          }
        </ul>
      } @else {
        <p>No steps yet.</p>
      }
      <bs-add-step-form [goal]="goal()" />
    </article>
  `,
  styles: `
    .bs-goal {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 1rem 1.25rem;
      margin: 0 0 1.25rem;
    }
    .bs-goal__words {
      margin-top: 0;
      font-size: 1.25rem;
    }
    .bs-steps {
      list-style: none;
      padding: 0;
      margin: 0 0 0.5rem;
    }
    h4 {
      margin: 0.5rem 0 0.25rem;
    }
  `,
})
export class GoalCard {
  readonly goal = input.required<GoalView>();
  private readonly store = inject(PlanStore);
  protected readonly statuses = GOAL_STATUSES;
  protected readonly statusLabels = GOAL_STATUS_LABELS;
  protected readonly categories = GOAL_CATEGORY_LABELS;
  protected readonly owners = STEP_OWNER_LABELS;
  protected readonly date = formatLondonDate;
  protected readonly conflict = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);
  private retry: (() => Promise<void>) | null = null;

  protected overdue(step: StepView): boolean {
    return !step.done && !!step.dueDate && step.dueDate < new Date().toISOString().slice(0, 10);
  }

  protected async setStatus(status: GoalStatus): Promise<void> {
    this.retry = () => this.setStatus(status);
    this.report(await this.store.setGoalStatus(this.goal(), status));
  }

  protected async toggle(step: StepView, done: boolean): Promise<void> {
    this.retry = () => {
      const fresh = this.goal().steps.find((s) => s.id === step.id) ?? step;
      return this.toggle(fresh, done);
    };
    this.report(await this.store.setStepDone(step, done));
  }

  protected reapply(): void {
    this.conflict.set(null);
    void this.retry?.();
  }

  private report(result: { ok: boolean; problem?: { messages: string[] }; conflict?: unknown }): void {
    if (result.ok) {
      this.conflict.set(null);
      this.problem.set(null);
    } else if (result.conflict) {
      this.conflict.set('Someone else changed this goal or step since you opened it. It now shows their version.');
    } else {
      this.problem.set(result.problem?.messages.join(' ') ?? null);
    }
  }
}
