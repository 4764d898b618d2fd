import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, Injector, input, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { GOAL_STATUSES, type GoalStatus, type GoalView, type StepView } from '@beside/shared/contracts';
import { confirmWith } from '@beside/web/core';
import { PlanStore, JourneyStore } from '@beside/web/journeys/data-access';
import { GOAL_CATEGORY_LABELS, GOAL_STATUS_LABELS, STEP_OWNER_LABELS } from '@beside/web/journeys/ui';
import { ConflictNotice, LondonPipe } from '@beside/web/ui';
import { AddStepForm } from './add-step-form';

@Component({
  selector: 'bs-goal-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatSelectModule, ConflictNotice, AddStepForm, LondonPipe],
  template: `
    <article class="bs-goal" [attr.aria-labelledby]="'goal-' + goal().id">
      <h3 [id]="'goal-' + goal().id" class="bs-goal__words">“{{ goal().words }}”</h3>
      <p class="bs-secondary-text">
        {{ categories[goal().category] }}{{ goal().targetDate ? ' · by ' + (goal().targetDate! | london: 'date') : '' }}
      </p>
      @if (conflict()) {
        <bs-conflict-notice [message]="conflict()!" (reapply)="reapply()" (dismiss)="conflict.set(null)" />
      }
      @if (problem()) {
        <p class="bs-inline-error" role="alert">{{ problem() }}</p>
      }
      @if (canChange()) {
        <mat-form-field class="bs-field bs-field--short">
          <mat-label>Goal status</mat-label>
          <mat-select [id]="'goal-status-' + goal().id" [ngModel]="goal().status" (ngModelChange)="setStatus($event)">
            @for (s of statuses; track s) {
              <mat-option [value]="s">{{ statusLabels[s] }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      } @else {
        <p>Goal status: {{ statusLabels[goal().status] }}</p>
      }
      <h4 #stepsHeading tabindex="-1">Steps</h4>
      <p class="bs-visually-hidden" aria-live="polite">{{ removed() }}</p>
      @if (goal().steps.length) {
        <ul class="bs-steps">
          @for (step of goal().steps; track step.id) {
            <li class="bs-step">
              <mat-checkbox [checked]="step.done" [disabled]="!canChange()" (change)="toggle(step, $event.checked)">
                {{ step.description }}
                <span class="bs-secondary-text">
                  ({{ owners[step.owner] }}{{ step.dueDate ? ', due ' + (step.dueDate | london: 'date') : '' }}{{ overdue(step) ? ', overdue' : '' }})
                </span>
              </mat-checkbox>
              <!-- The name says which step; it starts with the visible word, so voice control finds it by "Remove". -->
              @if (canChange()) {
              <button
                mat-button
                type="button"
                class="bs-step__remove"
                [attr.aria-label]="'Remove step: ' + step.description"
                [disabled]="removing() === step.id"
                (click)="remove(step)"
              >
                Remove
              </button>
              }
            </li>
          }
        </ul>
      } @else {
        <p>No steps yet.</p>
      }
      @if (canChange()) {
        <bs-add-step-form [goal]="goal()" />
      }
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
    .bs-step {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0 0.5rem;
    }
    .bs-step mat-checkbox {
      flex: 1 1 14rem;
    }
    .bs-step__remove {
      min-height: 48px;
    }
    h4 {
      margin: 0.5rem 0 0.25rem;
    }
  `,
})
export class GoalCard {
  /** False under a read-only emergency grant: nothing here may be changed. */
  protected readonly canChange = inject(JourneyStore).canChange;
  readonly goal = input.required<GoalView>();
  private readonly store = inject(PlanStore);
  protected readonly statuses = GOAL_STATUSES;
  protected readonly statusLabels = GOAL_STATUS_LABELS;
  protected readonly categories = GOAL_CATEGORY_LABELS;
  protected readonly owners = STEP_OWNER_LABELS;
  protected readonly conflict = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);
  /** The step being removed (its button waits), and what the screen reader hears once it is gone. */
  protected readonly removing = signal<string | null>(null);
  protected readonly removed = signal('');
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly stepsHeading = viewChild.required<ElementRef<HTMLElement>>('stepsHeading');
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

  /** A step added by mistake goes, after she confirms; focus moves to the steps, as its button is gone. */
  protected async remove(step: StepView): Promise<void> {
    if (this.removing()) return;
    const sure = await confirmWith(this.dialog, {
      title: 'Remove this step?',
      body: `“${step.description}” will be removed from her plan. This cannot be undone.`,
      confirm: 'Remove step',
      cancel: 'Keep the step',
    });
    if (!sure) return;
    this.removing.set(step.id);
    const result = await this.store.removeStep(step);
    this.removing.set(null);
    // "Apply my change again" after a conflict asks again about the step as it is now.
    this.retry = async () => {
      const fresh = this.goal().steps.find((s) => s.id === step.id);
      if (fresh) await this.remove(fresh);
    };
    if (result.ok) {
      this.conflict.set(null);
      this.problem.set(null);
      this.removed.set(`Step removed: ${step.description}`);
      // After the dialog has given focus back (to the button that is now gone).
      afterNextRender(() => this.stepsHeading().nativeElement.focus(), { injector: this.injector });
    } else if (result.conflict) {
      this.conflict.set('Someone else changed this step since you opened it. It now shows their version: check it before removing it.');
    } else if (result.problem.status === 404) {
      this.problem.set('This step had already been removed.');
    } else {
      this.problem.set(result.problem.messages.join(' '));
    }
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
