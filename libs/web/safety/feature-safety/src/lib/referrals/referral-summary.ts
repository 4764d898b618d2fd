import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { MultiAgencyReferralView } from '@beside/shared/contracts';
import { LondonPipe, StatusTag } from '@beside/web/ui';
import { actionCounts, actionCountWords, REFERRAL_STATUS_TAGS } from './referral-words';

/** One referral in the list: agency, where it stands in words, when sent, reference, next meeting, open and overdue actions. */
@Component({
  selector: 'bs-referral-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, LondonPipe, StatusTag],
  template: `
    @let r = referral();
    <article class="bs-referral" [attr.aria-labelledby]="'referral-' + r.id">
      <h3 [id]="'referral-' + r.id">{{ r.agencyName }}: {{ r.sentTo }}</h3>
      <p class="bs-referral__status"><bs-status-tag [status]="r.status" [scheme]="tags" /></p>
      <dl class="bs-card-facts">
        <div><dt>Sent on</dt><dd>{{ r.sentOn ? (r.sentOn | london: 'date') : 'Not sent yet' }}</dd></div>
        <div><dt>Reference</dt><dd>{{ r.reference || 'None yet' }}</dd></div>
        <div><dt>Next meeting</dt><dd>{{ r.nextMeetingOn ? (r.nextMeetingOn | london: 'date') : 'None set' }}</dd></div>
        <div>
          <dt>Actions</dt>
          <dd>
            {{ actionWords() }}
            @if (overdue()) {
              <strong class="bs-overdue">Overdue</strong>
            }
          </dd>
        </div>
      </dl>
      <button mat-stroked-button type="button" (click)="opened.emit(r.id)" [attr.aria-label]="'Open the ' + r.agencyName + ' referral to ' + r.sentTo">Open</button>
    </article>
  `,
  styles: `
    .bs-referral {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 1rem;
      margin: 0 0 1rem;
      max-width: 52rem;
    }
    h3 { margin: 0 0 0.25rem; overflow-wrap: anywhere; }
    .bs-referral__status { margin: 0 0 0.5rem; }
    .bs-card-facts { --bs-card-term-width: 7.5rem; margin-bottom: 0.75rem; }
    .bs-overdue { margin-left: 0.5rem; border: 1px solid currentColor; border-radius: 4px; padding: 0 0.375rem; }
  `,
})
export class ReferralSummary {
  readonly referral = input.required<MultiAgencyReferralView>();
  readonly opened = output<string>();
  protected readonly tags = REFERRAL_STATUS_TAGS;
  protected readonly actionWords = computed(() => actionCountWords(this.referral()));
  protected readonly overdue = computed(() => actionCounts(this.referral()).overdue > 0);
}
