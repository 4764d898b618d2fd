import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { Router, RouterLink } from '@angular/router';
import type { ReferralStatus } from '@beside/shared/contracts';
import { ReferralInboxStore } from '@beside/web/referrals/data-access';
import { REFERRAL_STATUS_TAGS } from '@beside/web/referrals/ui';
import { LondonPipe, Notice, PageHeader, StatusTag } from '@beside/web/ui';

type View = Exclude<ReferralStatus, 'held'> | 'all';

// 'Held' is the sender's word for a referral waiting at a suspended member: the receiver's inbox never shows it.
const VIEWS: readonly View[] = ['sent', 'accepted', 'declined', 'withdrawn', 'all'];
const VIEW_LABELS: Record<View, string> = {
  sent: 'Waiting for an answer',
  accepted: 'Accepted',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
  all: 'All',
};
const EMPTY: Record<View, string> = {
  sent: 'No referral is waiting for an answer.',
  accepted: 'No referral has been accepted yet.',
  declined: 'No referral has been declined.',
  withdrawn: 'No referral has been withdrawn.',
  all: 'No member organisation has referred anyone to you yet.',
};

/** Referrals other member organisations sent here, by status; each opens on what she agreed to share. */
@Component({
  selector: 'bs-referral-inbox-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonToggleModule, PageHeader, Notice, StatusTag, LondonPipe],
  providers: [ReferralInboxStore],
  template: `
    <bs-page-header heading="Referrals">
      <p>Women other member organisations have referred to you. Each shows only what she agreed to share.</p>
    </bs-page-header>
    <div class="bs-inbox-views">
      <span id="inbox-view-label" class="bs-inbox-views__label">Show</span>
      <mat-button-toggle-group [value]="view()" (change)="choose($event.value)" aria-labelledby="inbox-view-label" hideSingleSelectionIndicator>
        @for (v of views; track v) {
          <mat-button-toggle [value]="v">{{ viewLabels[v] }}</mat-button-toggle>
        }
      </mat-button-toggle-group>
    </div>
    @if (store.problem(); as p) {
      <bs-notice kind="warning">{{ p }}</bs-notice>
    }
    <p class="bs-visually-hidden" aria-live="polite">
      @if (store.loaded()) {
        {{ store.referrals().length === 1 ? '1 referral' : store.referrals().length + ' referrals' }} found.
      }
    </p>
    <ul class="bs-inbox" aria-label="Referrals ({{ viewLabels[view()] }})">
      @for (r of store.referrals(); track r.id) {
        <li>
          <p class="bs-inbox__head">
            <a [routerLink]="['/referrals', r.id]">Referral {{ r.reference }}</a>
            <bs-status-tag [status]="r.status" [scheme]="referralStatusTags" />
          </p>
          <p>From {{ r.fromOrganisation }}, sent {{ r.sentAt | london: 'dateTime' }} by {{ r.sentBy }}</p>
          <p class="bs-inbox__reason">{{ r.reason }}</p>
        </li>
      } @empty {
        @if (store.loaded() && !store.problem()) {
          <li>{{ empty[view()] }}</li>
        }
      }
    </ul>
  `,
  styles: `
    .bs-inbox-views {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 0.75rem;
      margin: 0 0 1.5rem;
    }
    .bs-inbox-views__label {
      font-weight: 600;
    }
    mat-button-toggle-group {
      flex-wrap: wrap;
    }
    .bs-inbox {
      list-style: none;
      padding: 0;
      margin: 0;
      max-width: 48rem;
    }
    .bs-inbox li {
      padding: 0.75rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      overflow-wrap: anywhere;
    }
    .bs-inbox p {
      margin: 0.25rem 0;
    }
    .bs-inbox__head {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      align-items: center;
      font-weight: 600;
    }
    .bs-inbox__reason {
      white-space: pre-line;
    }
  `,
})
export class ReferralInboxPage {
  /** ?status= in the address: which referrals to show (those waiting for an answer when not given). */
  readonly status = input<string | undefined>();
  protected readonly store = inject(ReferralInboxStore);
  private readonly router = inject(Router);
  protected readonly views = VIEWS;
  protected readonly viewLabels = VIEW_LABELS;
  protected readonly empty = EMPTY;
  protected readonly referralStatusTags = REFERRAL_STATUS_TAGS;
  protected readonly view = computed<View>(() => {
    const asked = this.status();
    return (VIEWS as readonly string[]).includes(asked ?? '') ? (asked as View) : 'sent';
  });

  constructor() {
    effect(() => {
      const view = this.view();
      untracked(() => void this.store.loadInbox(view === 'all' ? null : view));
    });
  }

  protected choose(view: View): void {
    void this.router.navigate(['/referrals'], { queryParams: { status: view === 'sent' ? null : view } });
  }
}
