import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { ReferralView } from '@beside/shared/contracts';
import { FlashNotice } from '@beside/web/core';
import { ReferralInboxStore } from '@beside/web/referrals/data-access';
import { REFERRAL_CONSENT_HOW_LABELS, REFERRAL_STATUS_TAGS, SharedRecord } from '@beside/web/referrals/ui';
import { LondonPipe, Notice, PageHeader, StatusTag } from '@beside/web/ui';
import { AnswerReferralForms } from './answer-referral-forms';

/** One referral sent here: why, her consent, only what she agreed to share, and accepting or declining it. */
@Component({
  selector: 'bs-incoming-referral-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, PageHeader, Notice, StatusTag, SharedRecord, AnswerReferralForms, LondonPipe],
  providers: [ReferralInboxStore],
  template: `
    @if (store.referral(); as r) {
      <bs-page-header [heading]="'Referral ' + r.reference" caption="Referral from another member organisation">
        <p class="bs-referral-meta">
          <bs-status-tag [status]="r.status" [scheme]="referralStatusTags" />
          <span>From {{ r.fromOrganisation }}</span>
          <span>Sent {{ r.sentAt | london: 'dateTime' }} by {{ r.sentBy }}</span>
        </p>
      </bs-page-header>
      @if (declinedNow()) {
        <bs-notice kind="success">You have declined the referral. {{ r.fromOrganisation }} sees your reason.</bs-notice>
      }
      <section class="bs-section" aria-labelledby="why-heading">
        <h2 id="why-heading">Why she is referred</h2>
        <p class="bs-referral-reason">{{ r.reason }}</p>
        <p class="bs-secondary-text">She gave her consent {{ howLabels[r.consent.how].toLowerCase() }} on {{ r.consent.givenOn | london: 'date' }}.</p>
      </section>
      <section class="bs-section bs-shared" aria-labelledby="shared-heading">
        <h2 id="shared-heading">What she agreed to share</h2>
        <bs-shared-record [record]="r.shared ?? {}" [parts]="r.consent.parts" />
        <p class="bs-secondary-text">Nothing else about her comes with a referral: no staff-only notes, concerns or audit history.</p>
      </section>
      @switch (r.status) {
        @case ('sent') {
          <bs-answer-referral-forms (accepted)="onAccepted($event)" (declined)="declinedNow.set(true)" />
        }
        @case ('accepted') {
          <p>
            Accepted {{ r.respondedAt ? (r.respondedAt | london: 'dateTime') : '' }}.
            @if (r.journeyId) {
              <a [routerLink]="['/journeys', r.journeyId]">Open her journey here</a>
            }
          </p>
        }
        @case ('declined') {
          <p>Declined {{ r.respondedAt ? (r.respondedAt | london: 'dateTime') : '' }}. Your reason: {{ r.declineReason }}</p>
        }
        @case ('withdrawn') {
          <p>Withdrawn {{ r.withdrawnAt ? (r.withdrawnAt | london: 'dateTime') : '' }}: it can no longer be accepted.</p>
        }
      }
      <p><a routerLink="/referrals">Back to referrals</a></p>
    } @else if (store.notFound()) {
      <bs-page-header heading="Referral not found" />
      <p>This referral does not exist, or it was not sent to your organisation. <a routerLink="/referrals">Back to referrals</a></p>
    } @else if (store.problem(); as p) {
      <bs-page-header heading="Referral" />
      <bs-notice kind="warning">{{ p }}</bs-notice>
    } @else {
      <p aria-live="polite">Loading the referral…</p>
    }
  `,
  styles: `
    .bs-referral-meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.25rem;
      align-items: center;
      margin: 0;
    }
    .bs-referral-reason {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .bs-shared {
      border: 2px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 1rem 1.25rem;
      max-width: 48rem;
    }
    .bs-shared h2 {
      margin-top: 0;
    }
  `,
})
export class IncomingReferralPage {
  readonly referralId = input.required<string>();
  protected readonly store = inject(ReferralInboxStore);
  private readonly router = inject(Router);
  private readonly flash = inject(FlashNotice);
  protected readonly declinedNow = signal(false);
  protected readonly howLabels = REFERRAL_CONSENT_HOW_LABELS;
  protected readonly referralStatusTags = REFERRAL_STATUS_TAGS;

  constructor() {
    effect(() => {
      const id = this.referralId();
      untracked(() => void this.store.loadReferral(id));
    });
  }

  protected async onAccepted(referral: ReferralView): Promise<void> {
    if (!referral.journeyId) return;
    this.flash.set(`You accepted referral ${referral.reference}. Her journey here starts with what she agreed to share.`);
    await this.router.navigate(['/journeys', referral.journeyId]);
  }
}
