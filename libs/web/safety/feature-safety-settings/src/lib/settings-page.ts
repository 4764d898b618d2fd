import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { ReferralAgenciesStore, RiskChecklistsStore } from '@beside/web/safety/data-access';
import { FlashNotice } from '@beside/web/core';
import { Notice, PageHeader, StatusTag } from '@beside/web/ui';
import { ARCHIVED, ORIGIN, OUTCOME_WORDS, type SettingsOrigin } from './settings-words';

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'en-GB');

/** The organisation's safety settings: its risk checklists and the agencies its multi-agency referrals go to. */
@Component({
  selector: 'bs-safety-settings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, Notice, PageHeader, StatusTag],
  providers: [RiskChecklistsStore, ReferralAgenciesStore],
  templateUrl: './settings-page.html',
  styleUrl: './settings-page.scss',
})
export class SafetySettingsPage {
  protected readonly checklists = inject(RiskChecklistsStore);
  protected readonly agencies = inject(ReferralAgenciesStore);
  protected readonly said = signal(inject(FlashNotice).take());
  protected readonly origin = ORIGIN;
  protected readonly archivedTag = ARCHIVED;
  protected readonly outcome = OUTCOME_WORDS;
  protected readonly activeChecklists = computed(() => this.checklists.active().map(withOrigin).sort(byName));
  protected readonly archivedChecklists = computed(() => this.checklists.archived().map(withOrigin).sort(byName));
  protected readonly activeAgencies = computed(() => this.agencies.active().map(withOrigin).sort(byName));
  protected readonly archivedAgencies = computed(() => this.agencies.archived().map(withOrigin).sort(byName));

  constructor() {
    void this.checklists.load();
    void this.agencies.load();
  }
}

/** A checklist is shipped when its first version is; an agency says so itself. */
function withOrigin<T extends { shipped?: boolean; versions?: { shipped: boolean }[] }>(entry: T): T & { origin: SettingsOrigin } {
  const shipped = entry.shipped ?? entry.versions?.[0]?.shipped ?? false;
  return { ...entry, origin: shipped ? 'shipped' : 'own' };
}
