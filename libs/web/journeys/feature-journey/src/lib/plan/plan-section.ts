import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { JourneyStore, PlanStore } from '@beside/web/journeys/data-access';
import { LondonPipe } from '@beside/web/ui';
import { AddGoalForm } from './add-goal-form';
import { CheckInsList } from './check-ins-list';
import { GoalCard } from './goal-card';
import { formatLondonDate } from '@beside/shared/util';

@Component({
  selector: 'bs-plan-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, AddGoalForm, CheckInsList, GoalCard, LondonPipe],
  template: `
    <div class="bs-tab-body">
      <h2>Her plan</h2>
      @if (plan.problem()) {
        <p class="bs-inline-error" role="alert">{{ plan.problem() }}</p>
      }
      @if (plan.plan(); as p) {
        @if (canChange()) {
        <form class="bs-review" (ngSubmit)="saveReview()">
          <mat-form-field class="bs-field bs-field--short">
            <mat-label>Plan review date</mat-label>
            <input matInput type="date" id="plan-review-date" [formControl]="review" />
            <mat-hint>{{ p.reviewDate ? 'Now ' + (p.reviewDate | london: 'date') : 'Not set' }}</mat-hint>
          </mat-form-field>
          <button mat-stroked-button type="submit">Save review date</button>
          @if (reviewMessage()) {
            <p role="status" class="bs-review__message">{{ reviewMessage() }}</p>
          }
        </form>
        } @else {
          <p>Plan review date: {{ p.reviewDate ? (p.reviewDate | london: 'date') : 'Not set' }}</p>
        }
        @for (goal of p.goals; track goal.id) {
          <bs-goal-card [goal]="goal" />
        } @empty {
          <p>No goals yet. Write her first goal with her, in her words.</p>
        }
        @if (canChange()) {
          <bs-add-goal-form />
        }
      } @else {
        <p aria-live="polite">Loading her plan…</p>
      }
      <bs-check-ins-list />
    </div>
  `,
  styles: `
    .bs-review {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: flex-start;
      margin-bottom: 1.5rem;
    }
    .bs-review__message {
      flex-basis: 100%;
      margin: 0;
    }
  `,
})
export class PlanSection {
  readonly journeyId = input.required<string>();
  protected readonly plan = inject(PlanStore);
  private readonly journey = inject(JourneyStore);
  protected readonly canChange = this.journey.canChange;
  protected readonly review = new FormControl('', { nonNullable: true });
  protected readonly reviewMessage = signal<string | null>(null);

  constructor() {
    effect(() => {
      const id = this.journeyId();
      untracked(async () => {
        await this.plan.load(id);
        this.review.setValue(this.plan.plan()?.reviewDate ?? '');
      });
    });
  }

  protected async saveReview(): Promise<void> {
    const journey = this.journey.journey();
    if (!journey) return;
    const result = await this.plan.setReviewDate(this.review.value || null, journey.version);
    if (result.ok) {
      this.journey.journey.set({ ...journey, version: result.value.version, planReviewDate: result.value.planReviewDate });
      this.reviewMessage.set('Review date saved.');
    } else if (result.conflict) {
      const current = result.conflict.current as { version: number; planReviewDate: string | null };
      this.journey.journey.set({ ...journey, version: current.version, planReviewDate: current.planReviewDate });
      this.reviewMessage.set(
        `Someone else changed this journey. The review date is ${current.planReviewDate ? date(current.planReviewDate) : 'not set'}. Save again to apply yours.`,
      );
    } else {
      this.reviewMessage.set(result.problem.messages.join(' '));
    }
  }
}

function date(value: string): string {
  return formatLondonDate(value);
}
