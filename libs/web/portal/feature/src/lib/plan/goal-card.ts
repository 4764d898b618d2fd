import { ChangeDetectionStrategy, Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { MyGoal } from '@beside/shared/contracts';
import { MyPlanStore, MyProposalsStore } from '@beside/web/portal/data-access';
import { EditWordsForm } from '../shared/edit-words-form';
import { GOAL_CATEGORY_WORDS, GOAL_STATUS_WORDS } from '../shared/labels';
import { ProposalReplies } from '../shared/proposal-replies';
import { ProposeChangeForm } from '../shared/propose-change-form';
import { AddStepForm } from './add-step-form';
import { StepItem } from './step-item';
import { londonDay } from '@beside/shared/util';

/** One goal in her words, its steps, and a way to add a step. */
@Component({
  selector: 'bs-goal-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, EditWordsForm, ProposeChangeForm, ProposalReplies, StepItem, AddStepForm],
  template: `
    <article class="bs-goal" [attr.aria-labelledby]="'goal-' + goal().id">
      <p class="bs-goal__category">{{ categoryWords[goal().category] }} · {{ statusWords[goal().status] }}</p>
      <h3 [id]="'goal-' + goal().id" class="bs-goal__words">{{ goal().words }}</h3>
      <p class="bs-secondary-text">
        Written by {{ goal().writtenBy === 'her' ? 'you' : 'the service' }}.
        @if (goal().targetDate) {
          Aim: by {{ day(goal().targetDate!) }}.
        }
      </p>
      @if (mode() === 'edit') {
        <bs-edit-words-form label="Your goal" [fieldId]="'goal-words-' + goal().id" [value]="goal().words" (saved)="save($event)" (cancelled)="mode.set('view')" />
      } @else if (mode() === 'propose') {
        <bs-propose-change-form targetType="goal" [targetId]="goal().id" [fields]="proposable()" (closed)="mode.set('view')" />
      } @else {
        <button mat-button type="button" (click)="mode.set(goal().writtenBy === 'her' ? 'edit' : 'propose')">
          {{ goal().writtenBy === 'her' ? 'Change the words' : 'Ask for a change' }}<span class="bs-visually-hidden"> to the goal: {{ goal().words }}</span>
        </button>
      }
      @if (status()) {
        <p role="status" class="bs-secondary-text">{{ status() }}</p>
      }
      <bs-proposal-replies [proposals]="proposals()" />
      <h4 class="bs-goal__steps-heading">Steps</h4>
      @for (step of goal().steps; track step.id) {
        <bs-step-item [step]="step" (removed)="status.set('Step removed: ' + $event)" />
      } @empty {
        <p class="bs-secondary-text">No steps yet.</p>
      }
      <bs-add-step-form [goal]="goal()" />
    </article>
  `,
  styles: `
    .bs-goal {
      padding: 1rem;
      margin: 0 0 1.25rem;
      border-radius: 12px;
      background: #faf8fd;
      border: 1px solid #ded6ee;
      overflow-wrap: anywhere;
    }
    .bs-goal__category {
      margin: 0;
      font-size: 0.9rem;
      font-weight: 600;
      color: #4a3a6b;
    }
    .bs-goal__words {
      margin: 0.25rem 0;
      font-size: 1.25rem;
    }
    .bs-goal__steps-heading {
      margin: 1rem 0 0.25rem;
    }
  `,
})
export class GoalCard {
  readonly goal = input.required<MyGoal>();
  private readonly store = inject(MyPlanStore);
  private readonly proposalsStore = inject(MyProposalsStore);
  protected readonly categoryWords = GOAL_CATEGORY_WORDS;
  protected readonly statusWords = GOAL_STATUS_WORDS;
  protected readonly mode = signal<'view' | 'edit' | 'propose'>('view');
  protected readonly status = signal<string | null>(null);
  protected readonly proposals = computed(() => this.proposalsStore.proposals().filter((p) => p.targetId === this.goal().id));
  protected readonly proposable = computed(() => [
    { field: 'words', current: this.goal().words },
    { field: 'targetDate', current: this.goal().targetDate },
  ]);
  private readonly editForm = viewChild(EditWordsForm);

  protected day(value: string): string {
    return londonDay(value);
  }

  protected async save(words: string): Promise<void> {
    const outcome = await this.editForm()?.send(() => this.store.rewordGoal(this.goal(), words));
    if (outcome) this.mode.set(outcome === 'saved' ? 'view' : 'propose');
    if (outcome === 'saved') this.status.set('Saved.');
  }
}
