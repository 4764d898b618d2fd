import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { FlashNotice, FormFlow } from '@beside/web/core';
import { CampaignsStore, FindingsStore } from '@beside/web/voice/data-access';
import { ErrorSummary, Notice, PageHeader } from '@beside/web/ui';
import { CAMPAIGN_FIELDS, CampaignFields, campaignForm, campaignRequest } from './campaign-form';

/** A manager or the panel starts a campaign that follows one or more of the panel's approved findings. */
@Component({
  selector: 'bs-new-campaign-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, ErrorSummary, Notice, PageHeader, CampaignFields],
  providers: [CampaignsStore, FindingsStore],
  template: `
    <bs-page-header heading="Start a campaign" caption="Campaigns">
      <p>Say what the campaign is for and which of the panel’s findings it follows. Add its asks, targets and actions once it is started.</p>
    </bs-page-header>
    @if (findings.problem(); as p) {
      <bs-notice kind="warning">{{ p }}</bs-notice>
    }
    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-campaign-form" [formGroup]="form" (ngSubmit)="start()" novalidate>
      <bs-campaign-fields [form]="form" [flow]="flow" [findings]="findings.approved()" />
      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">{{ flow.pending() ? 'Starting…' : 'Start the campaign' }}</button>
        <a mat-button routerLink="/campaigns">Cancel</a>
      </div>
    </form>
  `,
  styles: `
    .bs-campaign-form {
      display: flex;
      flex-direction: column;
      gap: 1.25rem;
      max-width: 40rem;
    }
  `,
})
export class NewCampaignPage {
  private readonly store = inject(CampaignsStore);
  protected readonly findings = inject(FindingsStore);
  private readonly router = inject(Router);
  private readonly flash = inject(FlashNotice);
  protected readonly form = campaignForm();
  protected readonly flow = new FormFlow(this.form, CAMPAIGN_FIELDS, { unsavedChanges: true });

  constructor() {
    void this.findings.loadAll();
  }

  protected async start(): Promise<void> {
    await this.flow.submit(() => {
      const { title, summary, findingIds } = campaignRequest(this.form);
      const request = { title, summary, findingIds };
      return {
        body: request,
        write: (key) => this.store.create(request, key),
        saved: async (campaign) => {
          this.form.markAsPristine();
          this.flash.set('The campaign is started. Add its asks, targets and actions below.');
          await this.router.navigate(['/campaigns', campaign.id]);
        },
      };
    });
  }
}
