import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type ChangeProposalView, PROPOSAL_STATUS_WORDS } from '@beside/shared/contracts';
import { LondonPipe } from '@beside/web/ui';

/** The changes she asked for to one letter: what she asked, why, and her advocate's answer. */
@Component({
  selector: 'bs-letter-proposals',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LondonPipe],
  template: `
    <ul class="bs-letter-proposals">
      @for (p of proposals(); track p.id) {
        <li [class]="'bs-letter-proposal bs-letter-proposal--' + p.status">
          <p><strong>You asked for a change on {{ p.createdAt | london: 'day' }}</strong></p>
          <p>{{ statusWords[p.status] }}</p>
          <p>Your reason: “{{ p.reason }}”</p>
          @if (p.reply) {
            <p>Reply{{ p.decidedByName ? ' from ' + p.decidedByName : '' }}: “{{ p.reply }}”</p>
          }
          <details>
            <summary>The words you asked for</summary>
            <p class="bs-letter-proposal__words">{{ p.proposedValue }}</p>
          </details>
        </li>
      }
    </ul>
  `,
  styles: `
    .bs-letter-proposals {
      list-style: none;
      padding: 0;
      margin: 0.5rem 0;
    }
    .bs-letter-proposal {
      padding: 0.5rem 0.75rem;
      margin: 0 0 0.75rem;
      border-left: 4px solid #6b4fa0;
      background: #fff;
      overflow-wrap: anywhere;
    }
    .bs-letter-proposal--declined {
      border-left-color: #8a5a00;
    }
    .bs-letter-proposal--accepted {
      border-left-color: #00703c;
    }
    p {
      margin: 0.25rem 0;
    }
    summary {
      cursor: pointer;
      min-height: 44px;
      display: flex;
      align-items: center;
    }
    .bs-letter-proposal__words {
      white-space: pre-line;
    }
  `,
})
export class LetterProposals {
  readonly proposals = input.required<ChangeProposalView[]>();
  protected readonly statusWords = PROPOSAL_STATUS_WORDS;
}
