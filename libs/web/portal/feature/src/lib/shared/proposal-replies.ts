import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ChangeProposalView } from '@beside/shared/contracts';
import { FIELD_WORDS, PROPOSAL_STATUS_WORDS } from './labels';
import { londonDay } from '@beside/shared/util';

/** Her requests to change one thing, with their status and the reply. */
@Component({
  selector: 'bs-proposal-replies',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (proposals().length) {
      <ul class="bs-proposals">
        @for (p of proposals(); track p.id) {
          <li [class]="'bs-proposal bs-proposal--' + p.status">
            <p>
              <strong>You asked to change {{ whatChanges(p) }}</strong>
              on {{ day(p.createdAt) }}: “{{ p.proposedValue }}”
            </p>
            <p><span class="bs-tag">{{ statusWords[p.status] }}</span></p>
            @if (p.reply) {
              <p>Reply{{ p.decidedByName ? ' from ' + p.decidedByName : '' }}: “{{ p.reply }}”</p>
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .bs-proposals {
      list-style: none;
      padding: 0;
      margin: 0.5rem 0;
    }
    .bs-proposal {
      padding: 0.5rem 0.75rem;
      margin: 0 0 0.5rem;
      border-left: 4px solid #6b4fa0;
      background: #fff;
    }
    .bs-proposal--declined {
      border-left-color: #8a5a00;
    }
    .bs-proposal--accepted {
      border-left-color: #00703c;
    }
    p {
      margin: 0.25rem 0;
      overflow-wrap: anywhere;
    }
  `,
})
export class ProposalReplies {
  readonly proposals = input.required<ChangeProposalView[]>();
  protected readonly statusWords = PROPOSAL_STATUS_WORDS;

  /** "the goal", "the due date" — and for the words of a letter or her safety plan, what they are the words of. */
  protected whatChanges(p: ChangeProposalView): string {
    if (p.targetType === 'letter') return 'the letter';
    if (p.targetType === 'safety_plan_section') return 'your plan';
    return (FIELD_WORDS[p.field] ?? p.field).toLowerCase();
  }
  protected day(value: string): string {
    return londonDay(value);
  }
}
