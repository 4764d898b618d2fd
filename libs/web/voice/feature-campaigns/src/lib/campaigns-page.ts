import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { CampaignView } from '@beside/shared/contracts';
import { CampaignsStore } from '@beside/web/voice/data-access';
import { LondonPipe, Notice, PageHeader, StatusTag } from '@beside/web/ui';
import { CAMPAIGN_STATUS, londonToday, nextAction, overdue } from './campaign-words';

/** The campaigns that follow the panel's findings: each one's status, findings and next action due. */
@Component({
  selector: 'bs-campaigns-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, LondonPipe, Notice, PageHeader, StatusTag],
  providers: [CampaignsStore],
  template: `
    <bs-page-header heading="Campaigns">
      <p>What the organisation does about the panel’s findings: its asks, who it asks, what it does and what has changed.</p>
    </bs-page-header>
    <div class="bs-actions">
      <a mat-flat-button routerLink="/campaigns/new">Start a campaign</a>
    </div>
    @if (store.problem(); as p) {
      <bs-notice kind="warning">{{ p }}</bs-notice>
    }
    @if (store.list()) {
      @for (c of campaigns(); track c.id) {
        <article class="bs-campaign-row" [attr.aria-labelledby]="'campaign-' + c.id">
          <h2 class="bs-campaign-row__title" [id]="'campaign-' + c.id"><a [routerLink]="['/campaigns', c.id]">{{ c.title }}</a></h2>
          <p class="bs-campaign-row__meta">
            <bs-status-tag [status]="c.status" [scheme]="status" />
            <span>Follows: {{ findingTitles(c) }}</span>
          </p>
          @if (next(c); as a) {
            <p>
              Next action: {{ a.what }} ({{ a.owner }}), due {{ a.dueOn! | london: 'date' }}
              @if (late(a)) {
                <strong class="bs-overdue">overdue</strong>
              }
            </p>
          } @else {
            <p class="bs-secondary-text">No action with a due date is planned.</p>
          }
        </article>
      } @empty {
        <p>There are no campaigns yet.</p>
      }
    } @else if (!store.problem()) {
      <p role="status">Loading the campaigns…</p>
    }
  `,
  styles: `
    .bs-campaign-row {
      border-top: 1px solid var(--mat-sys-outline-variant);
      padding: 0.75rem 0;
    }
    .bs-campaign-row__title {
      font-size: 1.25rem;
      margin: 0 0 0.25rem;
    }
    .bs-campaign-row__meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      align-items: center;
    }
    .bs-overdue {
      color: var(--bs-error, #b3261e);
    }
  `,
})
export class CampaignsPage {
  protected readonly store = inject(CampaignsStore);
  protected readonly status = CAMPAIGN_STATUS;
  protected readonly next = nextAction;
  private readonly today = londonToday();
  /** Active campaigns first, then by title. */
  protected readonly campaigns = computed(() =>
    [...(this.store.list() ?? [])].sort((a, b) => Number(a.status !== 'active') - Number(b.status !== 'active') || a.title.localeCompare(b.title, 'en-GB')),
  );

  constructor() {
    void this.store.loadAll();
  }

  protected findingTitles(c: CampaignView): string {
    return c.findings.map((f) => f.title).join('; ') || 'no finding';
  }

  protected late(action: CampaignView['actions'][number]): boolean {
    return overdue(action, this.today);
  }
}
