import { ChangeDetectionStrategy, Component, computed, inject, Injector, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { MultiAgencyReferralView } from '@beside/shared/contracts';
import { MultiAgencyReferralsStore, SharingDecisionsStore } from '@beside/web/safety/data-access';
import { LondonPipe, StatusTag } from '@beside/web/ui';
import { focusAfterRender } from '../sharing/focus-after-render';
import { decisionLabel } from '../sharing/sharing-words';
import { MarkSentForm } from './mark-sent-form';
import { MeetingForm } from './meeting-form';
import { MoveStatusForm } from './move-status-form';
import { PrefilledAssessment } from './prefilled-assessment';
import { ReferralActions } from './referral-actions';
import { concernLabel, nextStatuses, REFERRAL_STATUS_TAGS, REFERRAL_STEP_WORDS } from './referral-words';

type Mode = 'sent' | 'move' | 'meeting';

/** One referral: where it stands, the form as sent, marking it sent, its next steps, actions for us and its history. */
@Component({
  selector: 'bs-referral-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, LondonPipe, StatusTag, PrefilledAssessment, MarkSentForm, MoveStatusForm, MeetingForm, ReferralActions],
  templateUrl: './referral-detail.html',
  styles: `
    h3 { margin: 0.5rem 0 0.25rem; overflow-wrap: anywhere; }
    h4 { margin: 1.5rem 0 0.5rem; }
    .bs-summary-list { --bs-summary-term-width: 11rem; max-width: 52rem; margin-bottom: 1rem; }
    .bs-prewrap { white-space: pre-line; overflow-wrap: anywhere; }
    .bs-history { padding-left: 1.5rem; max-width: 44rem; }
    .bs-history li { margin-bottom: 0.5rem; }
    .bs-concerns { margin: 0; padding-left: 1.25rem; }
  `,
})
export class ReferralDetail {
  readonly referral = input.required<MultiAgencyReferralView>();
  readonly canChange = input(true);
  readonly back = output<void>();
  /** What just changed, in words, for the panel's notice. */
  readonly changed = output<string>();
  protected readonly store = inject(MultiAgencyReferralsStore);
  private readonly sharing = inject(SharingDecisionsStore);
  private readonly injector = inject(Injector);
  protected readonly tags = REFERRAL_STATUS_TAGS;
  protected readonly stepWords = REFERRAL_STEP_WORDS;
  protected readonly mode = signal<Mode | null>(null);
  protected readonly next = computed(() => nextStatuses(this.referral(), this.store.agencies()));
  protected readonly decision = computed(() => {
    const id = this.referral().sharingDecisionId;
    if (!id) return null;
    const d = this.sharing.byId(id);
    return d ? decisionLabel(d) : 'Recorded on her journey';
  });
  protected readonly concerns = computed(() =>
    this.referral().concernIds.map((id) => {
      const c = this.store.concerns().find((x) => x.id === id);
      return c ? concernLabel(c) : 'A concern you cannot see from here';
    }),
  );

  protected begin(mode: Mode): void {
    this.mode.set(mode);
    focusAfterRender(this.injector, `referral-${mode}-heading`);
  }

  protected finish(message: string | null, mode: Mode): void {
    this.mode.set(null);
    if (message) {
      this.changed.emit(message);
      focusAfterRender(this.injector, 'referral-detail-heading');
    } else {
      focusAfterRender(this.injector, `referral-${mode}-button`);
    }
  }
}
