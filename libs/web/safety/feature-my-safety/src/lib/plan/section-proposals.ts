import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type ChangeProposalView, PROPOSAL_STATUS_WORDS } from '@beside/shared/contracts';
import { LondonPipe } from '@beside/web/ui';

/** The changes she asked for to one section: what she asked, why, where it stands and her advocate's reply. */
@Component({
  selector: 'bs-section-proposals',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LondonPipe],
  template: `
    @if (proposals().length) {
      <ul class="bs-section-proposals" aria-label="Changes you asked for">
        @for (p of proposals(); track p.id) {
          <li [class]="'bs-section-proposal bs-section-proposal--' + p.status">
            <p><strong>You asked for a change on {{ p.createdAt | london: 'day' }}</strong></p>
            <p class="bs-section-proposal__words">“{{ p.proposedValue }}”</p>
            <p>Your reason: “{{ p.reason }}”</p>
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
    .bs-section-proposals {
      list-style: none;
      padding: 0;
      margin: 0.5rem 0;
    }
    .bs-section-proposal {
      padding: 0.5rem 0.75rem;
      margin: 0 0 0.5rem;
      border-left: 4px solid #6b4fa0;
      background: #fff;
      overflow-wrap: anywhere;
    }
    .bs-section-proposal--declined {
      border-left-color: #8a5a00;
    }
    .bs-section-proposal--accepted {
      border-left-color: #00703c;
    }
    p {
      margin: 0.25rem 0;
    }
    .bs-section-proposal__words {
      white-space: pre-line;
    }
  `,
})
export class SectionProposals {
  readonly proposals = input.required<ChangeProposalView[]>();
  protected readonly statusWords = PROPOSAL_STATUS_WORDS;
}
