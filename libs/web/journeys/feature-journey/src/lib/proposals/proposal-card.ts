import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { ChangeProposalTarget, ChangeProposalView } from '@beside/shared/contracts';
import { formatLondonDateTime } from '@beside/shared/util';
import { JourneyStore } from '@beside/web/journeys/data-access';
import { JourneyProposalsStore, type ProposalAnswer } from '@beside/web/portal/data-access';

const TARGET_WORDS: Record<ChangeProposalTarget, string> = { goal: 'Goal', step: 'Step', note: 'Shared note', appointment: 'Appointment', letter: 'Letter', safety_plan_section: 'Safety plan' };

const FIELD_WORDS: Record<string, string> = {
  words: 'words',
  targetDate: 'target date',
  description: 'words',
  dueDate: 'due date',
  body: 'text',
  purpose: 'purpose',
  location: 'place',
  professionalOrganisation: 'organisation',
  outcome: 'outcome',
};

const STATUS_WORDS: Record<ChangeProposalView['status'], string> = { pending: 'Waiting for your answer', accepted: 'Accepted', declined: 'Declined' };

/** One change she asked for: what the record says, what she would like it to say, her reason, and the answer. */
@Component({
  selector: 'bs-proposal-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    @let p = proposal();
    <article class="bs-proposal" [attr.aria-labelledby]="'proposal-' + p.id">
      <h3 [id]="'proposal-' + p.id">{{ title() }}</h3>
      <p class="bs-secondary-text">Asked {{ when(p.createdAt) }} · <span class="bs-tag">{{ statusWords[p.status] }}</span></p>
      <dl class="bs-proposal__facts">
        <dt>The record said</dt>
        <dd class="bs-proposal__words">{{ p.originalValue || '(nothing)' }}</dd>
        <dt>She would like it to say</dt>
        <dd class="bs-proposal__words">{{ p.proposedValue || '(nothing)' }}</dd>
        <dt>Her reason</dt>
        <dd class="bs-proposal__words">{{ p.reason }}</dd>
        @if (p.status !== 'pending') {
          <dt>Answer</dt>
          <dd>
            {{ statusWords[p.status] }}{{ p.decidedByName ? ' by ' + p.decidedByName : '' }}{{ p.decidedAt ? ', ' + when(p.decidedAt) : '' }}.
            @if (p.reply) {
              <br />Reply to her: “{{ p.reply }}”
            }
          </dd>
        }
      </dl>
      @if (p.status === 'pending' && canChange()) {
        <form (submit)="$event.preventDefault()" novalidate [attr.aria-label]="'Answer: ' + title()">
          <mat-form-field class="bs-proposal__reply">
            <mat-label>Your reply to her</mat-label>
            <textarea matInput [id]="'proposal-reply-' + p.id" [formControl]="reply" rows="3"></textarea>
            <mat-hint>She reads it in her own screens. Needed if you decline.</mat-hint>
            <mat-error>{{ error() }}</mat-error>
          </mat-form-field>
          <div class="bs-actions">
            <button mat-flat-button type="button" [disabled]="busy()" (click)="answer('accept')">Accept the change</button>
            <button mat-stroked-button type="button" [disabled]="busy()" (click)="answer('decline')">Decline</button>
          </div>
        </form>
      }
      @if (status()) {
        <p role="status">{{ status() }}</p>
      }
    </article>
  `,
  styles: `
    .bs-proposal {
      padding: 1rem 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
      overflow-wrap: anywhere;
    }
    h3 {
      margin: 0;
    }
    .bs-proposal__facts dt {
      font-weight: 600;
    }
    .bs-proposal__facts dd {
      margin: 0 0 0.5rem;
    }
    .bs-proposal__words {
      white-space: pre-line;
    }
    .bs-proposal__reply {
      width: 100%;
      max-width: 44rem;
      margin-bottom: 1rem;
    }
  `,
})
export class ProposalCard {
  /** False under a read-only emergency grant: nothing here may be changed. */
  protected readonly canChange = inject(JourneyStore).canChange;
  readonly proposal = input.required<ChangeProposalView>();
  private readonly store = inject(JourneyProposalsStore);
  protected readonly statusWords = STATUS_WORDS;
  protected readonly reply = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(2000)] });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly status = signal<string | null>(null);
  protected readonly title = computed(() => {
    const p = this.proposal();
    return `${TARGET_WORDS[p.targetType]}: change the ${FIELD_WORDS[p.field] ?? p.field}`;
  });

  protected when(value: string): string {
    return formatLondonDateTime(value);
  }

  protected async answer(answer: ProposalAnswer): Promise<void> {
    this.error.set(null);
    this.status.set(null);
    if (answer === 'decline' && !this.reply.value.trim()) {
      this.showError('Write a reply to tell her why');
      return;
    }
    this.busy.set(true);
    const result = await this.store.answer(this.proposal(), answer, this.reply.value);
    this.busy.set(false);
    if (result.ok) {
      this.status.set(answer === 'accept' ? 'Accepted. The record now says what she asked for.' : 'Declined. She will see your reply.');
    } else if (result.conflict) {
      this.status.set('Someone else answered this already. Their answer is shown above.');
    } else {
      this.showError(result.problem.messages.join(' '));
    }
  }

  private showError(message: string): void {
    this.error.set(message);
    this.reply.setErrors({ server: true });
    this.reply.markAsTouched();
  }
}
