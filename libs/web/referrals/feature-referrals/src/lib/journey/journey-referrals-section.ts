import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import type { ReferralView } from '@beside/shared/contracts';
import { confirmWith, SessionStore } from '@beside/web/core';
import { JourneyReferralsStore } from '@beside/web/referrals/data-access';
import { canWithdraw, REFERRAL_CONSENT_HOW_LABELS, REFERRAL_PART_SHORT, REFERRAL_STATUS_TAGS } from '@beside/web/referrals/ui';
import { LondonPipe, Notice, StatusTag } from '@beside/web/ui';
import { SendReferralForm } from './send-referral-form';

/** Her journey's Referrals tab: refer her to another member organisation with her consent, and follow what was sent. */
@Component({
  selector: 'bs-journey-referrals-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, Notice, StatusTag, SendReferralForm, LondonPipe],
  providers: [JourneyReferralsStore],
  template: `
    <section class="bs-section" aria-labelledby="referrals-heading">
      <h2 id="referrals-heading">Referrals to other member organisations</h2>
      @if (notice(); as n) {
        <bs-notice kind="success">{{ n }}</bs-notice>
      }
      @if (session.can('referral:send')) {
        @if (sending()) {
          <h3 id="send-referral-heading">Refer her to another member organisation</h3>
          <bs-send-referral-form (sent)="onSent($event)" (cancelled)="sending.set(false)" />
        } @else {
          <div class="bs-actions">
            <button mat-flat-button type="button" (click)="startSending()">Refer her to another member organisation</button>
          </div>
        }
      }
      @if (store.problem(); as p) {
        <bs-notice kind="warning">{{ p }}</bs-notice>
      }
      <h3 id="sent-referrals-heading">Sent from this journey</h3>
      <ul class="bs-referral-list" aria-labelledby="sent-referrals-heading">
        @for (r of store.referrals(); track r.id) {
          <li>
            <article [attr.aria-labelledby]="'referral-' + r.id">
              <p class="bs-referral-list__head">
                <span [id]="'referral-' + r.id">{{ r.reference }} to {{ r.toOrganisation }}</span>
                <bs-status-tag [status]="r.status" [scheme]="referralStatusTags" />
              </p>
              <p class="bs-secondary-text">Sent {{ r.sentAt | london: 'dateTime' }} by {{ r.sentBy }}</p>
              <p>Why: {{ r.reason }}</p>
              <p>
                She agreed to share: {{ parts(r) }} ({{ howLabels[r.consent.how].toLowerCase() }}, {{ r.consent.givenOn | london: 'date' }})
              </p>
              @if (r.status === 'held') {
                <p>Held: {{ r.toOrganisation }} cannot take referrals at the moment. It waits there and is not lost.</p>
              }
              @if (r.status === 'accepted' && r.respondedAt) {
                <p>Accepted {{ r.respondedAt | london: 'dateTime' }}.</p>
              }
              @if (r.status === 'declined') {
                <p>Declined{{ r.respondedAt ? ' ' + (r.respondedAt | london: 'dateTime') : '' }}. Their reason: {{ r.declineReason }}</p>
              }
              @if (r.status === 'withdrawn' && r.withdrawnAt) {
                <p>Withdrawn {{ r.withdrawnAt | london: 'dateTime' }}.</p>
              }
              @if (withdrawable(r) && session.can('referral:send')) {
                <div class="bs-actions">
                  <button mat-stroked-button type="button" (click)="withdraw(r)" [disabled]="withdrawing() === r.id">Withdraw the referral</button>
                </div>
              }
            </article>
          </li>
        } @empty {
          @if (store.loaded()) {
            <li>No referrals have been sent from this journey.</li>
          }
        }
      </ul>
    </section>
  `,
  styles: `
    .bs-referral-list {
      list-style: none;
      padding: 0;
      margin: 0.5rem 0 0;
    }
    .bs-referral-list > li {
      padding: 0.75rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      overflow-wrap: anywhere;
    }
    .bs-referral-list p {
      margin: 0.25rem 0;
    }
    .bs-referral-list__head {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      align-items: center;
      font-weight: 600;
    }
  `,
})
export class JourneyReferralsSection {
  readonly journeyId = input.required<string>();
  protected readonly store = inject(JourneyReferralsStore);
  protected readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  protected readonly sending = signal(false);
  protected readonly withdrawing = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly howLabels = REFERRAL_CONSENT_HOW_LABELS;
  protected readonly referralStatusTags = REFERRAL_STATUS_TAGS;
  protected readonly withdrawable = (r: ReferralView) => canWithdraw(r.status);

  constructor() {
    effect(() => {
      const id = this.journeyId();
      untracked(() => void this.store.load(id));
    });
  }

  protected parts(r: ReferralView): string {
    return r.consent.parts.map((p) => REFERRAL_PART_SHORT[p].toLowerCase()).join(', ') || 'nothing';
  }

  protected startSending(): void {
    this.notice.set(null);
    this.sending.set(true);
  }

  protected onSent(referral: ReferralView): void {
    this.sending.set(false);
    this.notice.set(
      referral.status === 'held'
        ? `Referral ${referral.reference} is held: ${referral.toOrganisation} cannot take referrals at the moment. It will wait there.`
        : `Referral ${referral.reference} has been sent to ${referral.toOrganisation}. They see only what she agreed to share.`,
    );
  }

  protected async withdraw(referral: ReferralView): Promise<void> {
    const ok = await confirmWith(this.dialog, {
      title: 'Withdraw this referral?',
      body: `${referral.toOrganisation} can no longer accept it. She will see it as withdrawn in her portal.`,
      confirm: 'Withdraw the referral',
      cancel: 'Keep it',
    });
    if (!ok) return;
    this.withdrawing.set(referral.id);
    const result = await this.store.withdraw(referral);
    this.withdrawing.set(null);
    this.notice.set(null);
    if (result.ok) this.notice.set(`Referral ${referral.reference} has been withdrawn.`);
    else this.store.problem.set(result.problem.messages.join(' '));
  }
}
