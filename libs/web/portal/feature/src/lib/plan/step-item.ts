import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { MyStep } from '@beside/shared/contracts';
import { MyPlanStore, MyProposalsStore } from '@beside/web/portal/data-access';
import { EditWordsForm } from '../shared/edit-words-form';
import { STEP_OWNER_WORDS } from '../shared/labels';
import { ProposalReplies } from '../shared/proposal-replies';
import { ProposeChangeForm } from '../shared/propose-change-form';
import { londonDay } from '@beside/shared/util';

/** One step: tick it done (and untick to undo), change your own words, or ask for a change to staff words. */
@Component({
  selector: 'bs-step-item',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, EditWordsForm, ProposeChangeForm, ProposalReplies],
  template: `
    <div class="bs-step" [class.bs-step--done]="step().done">
      <label class="bs-step__tick">
        <input type="checkbox" [checked]="step().done" (change)="toggle(checked($event))" [disabled]="busy()" />
        <span>{{ step().description }}</span>
      </label>
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
        <div class="bs-step__actions">
          <button mat-button type="button" (click)="mode.set(step().writtenBy === 'her' ? 'edit' : 'propose')">
            {{ step().writtenBy === 'her' ? 'Change the words' : 'Ask for a change' }}<span class="bs-visually-hidden"> to the step: {{ step().description }}</span>
          </button>
          @if (step().writtenBy === 'her') {
            <button mat-button type="button" (click)="remove()" [disabled]="busy()">
              Remove<span class="bs-visually-hidden"> the step: {{ step().description }}</span>
            </button>
          }
        </div>
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
    /* A native tick box: a dozen Material ones cost a slow phone a quarter of a second to draw. */
    .bs-step__tick {
      display: flex;
      align-items: flex-start;
      gap: 0.75rem;
      min-height: 44px;
      padding: 0.625rem 0 0 0.5rem;
      box-sizing: border-box;
      cursor: pointer;
    }
    .bs-step__tick input {
      flex: none;
      width: 1.25rem;
      height: 1.25rem;
      margin: 0.125rem 0 0;
      accent-color: #4a3a6b;
      cursor: pointer;
    }
    .bs-step__tick input:focus-visible {
      outline: 3px solid #1d70b8;
      outline-offset: 2px;
    }
    .bs-step__tick input:disabled,
    .bs-step__tick input:disabled + span {
      cursor: default;
      opacity: 0.6;
    }
    .bs-step__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5rem;
    }
    .bs-step__meta {
      margin: 0 0 0 2.5rem;
    }
  `,
})
export class StepItem {
  readonly step = input.required<MyStep>();
  /** Said on the goal once the step has gone (this item goes with it). */
  readonly removed = output<string>();
  private readonly store = inject(MyPlanStore);
  private readonly proposalsStore = inject(MyProposalsStore);
  protected readonly ownerWords = STEP_OWNER_WORDS;
  protected readonly mode = signal<'view' | 'edit' | 'propose'>('view');
  protected readonly busy = signal(false);
  protected readonly status = signal<string | null>(null);
  protected readonly proposals = computed(() => this.proposalsStore.proposals().filter((p) => p.targetId === this.step().id));
  private readonly editForm = viewChild(EditWordsForm);

  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }

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

  /** A step she added by mistake goes; the plan says so where the step was. */
  protected async remove(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    const step = this.step();
    const result = await this.store.removeStep(step);
    this.busy.set(false);
    if (result.ok) this.removed.emit(step.description);
    else this.status.set(result.problem.messages.join(' '));
  }

  protected async save(description: string): Promise<void> {
    const outcome = await this.editForm()?.send(() => this.store.rewordStep(this.step(), description));
    if (outcome) this.mode.set(outcome === 'saved' ? 'view' : 'propose');
    if (outcome === 'saved') this.status.set('Saved.');
  }
}
