import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { Router, RouterLink } from '@angular/router';
import type { ReferralAgencyView } from '@beside/shared/contracts';
import { ReferralAgenciesStore } from '@beside/web/safety/data-access';
import { confirmWith, FlashNotice, FormFlow } from '@beside/web/core';
import { ErrorSummary, Notice, PageHeader, StatusTag } from '@beside/web/ui';
import { AGENCY_FIELDS, agencyForm, agencyRequest, type AgencyForm } from './agency-form';
import { ARCHIVED, ORIGIN, OUTCOME_STATUSES, OUTCOME_WORDS, SETTINGS } from './settings-words';

/** A manager changes one of the agencies multi-agency referrals go to, or adds one of the organisation's own. */
@Component({
  selector: 'bs-agency-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, ErrorSummary, Notice, PageHeader, StatusTag],
  providers: [ReferralAgenciesStore],
  templateUrl: './agency-page.html',
  styleUrl: './agency-page.scss',
})
export class AgencyPage {
  /** The agency's key from the address; none for a new one of the organisation's own. */
  readonly agencyKey = input<string>();
  protected readonly store = inject(ReferralAgenciesStore);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly flash = inject(FlashNotice);
  protected readonly settings = SETTINGS;
  protected readonly origin = ORIGIN;
  protected readonly archivedTag = ARCHIVED;
  protected readonly outcomes = OUTCOME_STATUSES;
  protected readonly outcomeWords = OUTCOME_WORDS;
  protected readonly said = signal(this.flash.take());
  protected readonly agency = computed<ReferralAgencyView | null>(() => {
    const key = this.agencyKey();
    return key ? this.store.agency(key) : null;
  });
  protected readonly missing = computed(() => !!this.agencyKey() && this.store.agencies() !== null && !this.agency());
  protected readonly form: AgencyForm = agencyForm(null, () => this.usedKeys());
  protected readonly flow = new FormFlow(this.form, AGENCY_FIELDS, { unsavedChanges: () => this.form.dirty });
  protected readonly ready = signal(false);

  constructor() {
    void this.store.load();
    effect(() => {
      const agency = this.agency();
      const loaded = this.store.agencies() !== null;
      untracked(() => {
        if (loaded && !this.ready() && (agency || !this.agencyKey())) this.fill(agency);
      });
    });
  }

  protected message(name: string): string | null {
    this.flow.errors();
    return this.flow.message(name);
  }

  protected async save(): Promise<void> {
    this.said.set(null);
    const existing = this.agency();
    await this.flow.submit(() => {
      const key = this.form.controls.key.value;
      const request = agencyRequest(this.form);
      return {
        body: { key, request },
        write: () => this.store.save(key, request),
        saved: async (saved) => {
          this.form.markAsPristine();
          if (!existing) {
            this.flash.set(`${saved.name} is added to your agencies. Advocates can refer to it from now on.`);
            await this.router.navigate([SETTINGS]);
          } else {
            this.said.set(existing.archived ? 'Saved, and back in use: advocates can refer to it again.' : 'Saved. Referrals already made keep the name they were made with.');
            setTimeout(() => document.getElementById('agency-said')?.focus());
          }
        },
      };
    });
  }

  protected async archive(): Promise<void> {
    const agency = this.agency();
    if (!agency) return;
    const sure = await confirmWith(this.dialog, {
      title: `Archive “${agency.name}”?`,
      body: 'Advocates will not be able to make new referrals to it. Referrals already made carry on as they are. Saving the agency again brings it back.',
      confirm: 'Archive the agency',
      cancel: 'Keep it in use',
    });
    if (!sure) return;
    const result = await this.store.archive(agency.key);
    if (result.ok) {
      this.flow.clear();
      this.said.set(`${agency.name} is archived. Referrals already made to it carry on.`);
      setTimeout(() => document.getElementById('agency-said')?.focus());
    } else {
      this.flow.errors.set(result.problem.messages.map((message) => ({ message })));
    }
  }

  private usedKeys(): string[] {
    return (this.store.agencies() ?? []).map((a) => a.key);
  }

  private fill(agency: ReferralAgencyView | null): void {
    const fresh = agencyForm(agency, () => this.usedKeys());
    for (const name of ['key', 'name', 'description', 'outcomeStatus'] as const) this.form.setControl(name, fresh.controls[name] as never);
    // The key follows the name on the fresh form's controls, now this form's.
    this.form.markAsPristine();
    this.ready.set(true);
  }
}
