import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { FormFlow } from '@beside/web/core';
import { CampaignsStore, FindingsStore } from '@beside/web/voice/data-access';
import { ConflictNotice, ErrorSummary } from '@beside/web/ui';
import { type CampaignField, CAMPAIGN_FIELDS, CampaignFields, campaignForm, type CampaignFormGroup, campaignRequest } from './campaign-form';
import { RELOADED } from './campaign-words';

/** A campaign's summary and the findings it follows, and changing them (title, summary, status, findings). */
@Component({
  selector: 'bs-campaign-details',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, ConflictNotice, ErrorSummary, CampaignFields],
  template: `
    @if (store.current(); as c) {
      <section class="bs-section" aria-labelledby="about-heading">
        <h2 id="about-heading" tabindex="-1">About the campaign</h2>
        @if (flow(); as f) {
          <bs-error-summary [errors]="f.errors()" />
          @if (f.conflict(); as words) {
            <bs-conflict-notice [message]="words + ' ' + reloaded" reapplyLabel="Save my change again" (reapply)="save(f)" (dismiss)="flow.set(null)" />
          }
          <form class="bs-details-form" [formGroup]="f.form" (ngSubmit)="save(f)" novalidate>
            <bs-campaign-fields [form]="f.form" [flow]="f" [findings]="choices()" [withStatus]="true" />
            <div class="bs-actions">
              <button mat-flat-button type="submit" [disabled]="f.pending()">{{ f.pending() ? 'Saving…' : 'Save the campaign' }}</button>
              <button mat-button type="button" (click)="flow.set(null)">Cancel</button>
            </div>
          </form>
        } @else {
          <p class="bs-details-summary">{{ c.summary }}</p>
          <h3>Findings it follows</h3>
          <ul>
            @for (f of c.findings; track f.id) {
              <li><a [routerLink]="['/panel/findings', f.id]">{{ f.title }}</a></li>
            }
          </ul>
          <button mat-stroked-button type="button" id="campaign-change" (click)="edit()">Change the campaign</button>
        }
      </section>
    }
  `,
  styles: `
    .bs-details-form {
      display: flex;
      flex-direction: column;
      gap: 1.25rem;
      max-width: 40rem;
    }
    .bs-details-summary {
      max-width: 40rem;
      white-space: pre-line;
    }
  `,
})
export class CampaignDetails {
  protected readonly store = inject(CampaignsStore);
  private readonly findings = inject(FindingsStore);
  protected readonly flow = signal<FormFlow<CampaignFormGroup, CampaignField> | null>(null);
  protected readonly reloaded = RELOADED;
  /** The approved findings, and any it follows already (approved or not). */
  protected readonly choices = computed(() => {
    const followed = this.store.current()?.findings ?? [];
    const approved = this.findings.approved().filter((f) => !followed.some((x) => x.id === f.id));
    return [...followed, ...approved];
  });

  protected edit(): void {
    const c = this.store.current();
    if (!c) return;
    if (!this.findings.list()) void this.findings.loadAll();
    this.flow.set(new FormFlow<CampaignFormGroup, CampaignField>(campaignForm({ ...c, findingIds: c.findings.map((f) => f.id) }), CAMPAIGN_FIELDS));
  }

  protected async save(flow: FormFlow<CampaignFormGroup, CampaignField>): Promise<void> {
    await flow.submit(() => {
      const request = campaignRequest(flow.form);
      return { body: request, write: () => this.store.update(request), saved: () => this.flow.set(null), conflict: (stale) => this.store.current.set(stale.current) };
    });
  }
}
