import { ChangeDetectionStrategy, Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import type { MyStep } from '@beside/shared/contracts';
import { MyPlanStore, MyProposalsStore } from '@beside/web/portal/data-access';
import { EditWordsForm } from '../shared/edit-words-form';
import { londonDay, STEP_OWNER_WORDS } from '../shared/labels';
import { ProposalReplies } from '../shared/proposal-replies';
import { ProposeChangeForm } from '../shared/propose-change-form';

/** One step: tick it done (and untick to undo), change your own words, or ask for a change to staff words. */
@Component({
  selector: 'bs-step-item',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCheckboxModule, MatButtonModule, EditWordsForm, ProposeChangeForm, ProposalReplies],
  template: `
    <div class="bs-step" [class.bs-step--done]="step().done">
      <mat-checkbox [checked]="step().done" (change)="toggle($event.checked)" [disabled]="busy()">
        {{ step().description }}
      </mat-checkbox>
      <p class="bs-secondary-text bs-step__meta">
        Who: {{ ownerWords[step().owner] }}.
        @if (step().dueDate) {
          By {{ day(step().dueDate!) }}.
        }
        Written by {{ step().writtenBy === 'her' ? 'you' : 'the service' }}.
        @if (step().done) {
          <span class="bs-tag">Done</span>
        }
      </p>
      @if (mode() === 'edit') {
        <bs-edit-words-form label="Your step" [fieldId]="'step-words-' + step().id" [value]="step().description" [maxLength]="1000" (saved)="save($event)" (cancelled)="mode.set('view')" />
      } @else if (mode() === 'propose') {
        <bs-propose-change-form targetType="step" [targetId]="step().id" [fields]="[{ field: 'description', current: step().description }]" (closed)="mode.set('view')" />
      } @else {
        <button mat-button type="button" (click)="mode.set(step().writtenBy === 'her' ? 'edit' : 'propose')">
          {{ step().writtenBy === 'her' ? 'Change the words' : 'Ask for a change' }}<span class="bs-visually-hidden"> to the step: {{ step().description }}</span>
        </button>
      }
      @if (status()) {
        <p role="status" class="bs-secondary-text">{{ status() }}</p>
      }
      <bs-proposal-replies [proposals]="proposals()" />
    </div>
  `,
  styles: `
    .bs-step {
      padding: 0.5rem 0;
      border-top: 1px solid #ded6ee;
      overflow-wrap: anywhere;
    }
    .bs-step__meta {
      margin: 0 0 0 2.5rem;
    }
  `,
})
export class StepItem {
  readonly step = input.required<MyStep>();
  private readonly store = inject(MyPlanStore);
  private readonly proposalsStore = inject(MyProposalsStore);
  protected readonly ownerWords = STEP_OWNER_WORDS;
  protected readonly mode = signal<'view' | 'edit' | 'propose'>('view');
  protected readonly busy = signal(false);
  protected readonly status = signal<string | null>(null);
  protected readonly proposals = computed(() => this.proposalsStore.proposals().filter((p) => p.targetId === this.step().id));
  private readonly editForm = viewChild(EditWordsForm);

  protected day(value: string): string {
    return londonDay(value);
  }

  protected async toggle(done: boolean): Promise<void> {
    this.busy.set(true);
    const result = await this.store.setStepDone(this.step(), done);
    this.busy.set(false);
    if (result.ok) this.status.set(done ? 'Well done. Marked as done. Untick it to undo.' : 'Marked as not done.');
    else this.status.set(result.problem.messages.join(' '));
  }

  protected async save(description: string): Promise<void> {
    const result = await this.store.rewordStep(this.step(), description);
    if (result.ok) {
      this.mode.set('view');
      this.status.set('Saved.');
    } else if ('proposeChange' in result) {
      this.mode.set('propose');
    } else {
      this.editForm()?.showError(result.problem.messages.join(' '));
    }
  }
}
