import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { FlashNotice } from '@beside/web/core';
import { CampaignsStore, FindingsStore } from '@beside/web/voice/data-access';
import { Notice, PageHeader, StatusTag } from '@beside/web/ui';
import { CampaignDetails } from './campaign-details';
import { ACTIONS, ASKS, OUTCOMES, TARGETS } from './campaign-items';
import { CampaignItemsSection } from './campaign-items-section';
import { CAMPAIGN_STATUS } from './campaign-words';

/** One campaign: what it is for and the findings it follows, its asks, targets, actions and outcomes, each kept up to date here. */
@Component({
  selector: 'bs-campaign-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Notice, PageHeader, StatusTag, CampaignDetails, CampaignItemsSection],
  providers: [CampaignsStore, FindingsStore],
  template: `
    <p class="bs-back"><a routerLink="/campaigns">All campaigns</a></p>
    @if (store.current(); as c) {
      <bs-page-header [heading]="c.title" caption="Campaign">
        <p><bs-status-tag [status]="c.status" [scheme]="status" /></p>
      </bs-page-header>
      @if (flash(); as f) {
        <bs-notice kind="success">{{ f }}</bs-notice>
      }
      @if (store.problem(); as p) {
        <bs-notice kind="warning">{{ p }}</bs-notice>
      }
      <bs-campaign-details />
      @for (kind of kinds; track kind.kind) {
        <bs-campaign-items-section [config]="kind" />
      }
    } @else if (store.problem(); as problem) {
      <bs-page-header heading="Campaign" />
      <bs-notice kind="warning">{{ problem }}</bs-notice>
    } @else {
      <p role="status">Loading the campaign…</p>
    }
  `,
  styles: `
    .bs-back {
      margin: 0 0 1rem;
    }
  `,
})
export class CampaignPage {
  readonly campaignId = input.required<string>();
  protected readonly store = inject(CampaignsStore);
  protected readonly flash = signal(inject(FlashNotice).take());
  protected readonly status = CAMPAIGN_STATUS;
  protected readonly kinds = [ASKS, TARGETS, ACTIONS, OUTCOMES];

  constructor() {
    effect(() => {
      const id = this.campaignId();
      untracked(() => void this.store.load(id));
    });
  }
}
