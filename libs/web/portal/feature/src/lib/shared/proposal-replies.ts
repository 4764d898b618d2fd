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
              <strong>You asked to change {{ (fieldWords[p.field] ?? p.field).toLowerCase() }}</strong>
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
  protected readonly fieldWords = FIELD_WORDS;
  protected readonly statusWords = PROPOSAL_STATUS_WORDS;
  protected day(value: string): string {
    return londonDay(value);
  }
}
