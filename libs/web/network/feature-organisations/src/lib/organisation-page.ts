import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { FlashNotice } from '@beside/web/core';
import { MemberOrganisationsStore } from '@beside/web/network/data-access';
import { Notice, PageHeader, StatusTag } from '@beside/web/ui';
import { AdminsSection } from './admins-section';
import { OrganisationSettingsForm } from './organisation-settings-form';
import { sharesWords, STATUS_WORDS } from './organisation-words';
import { SuspensionSection } from './suspension-section';

/** One member organisation, for the network operator: its status, admins, name and settings. Never its case work. */
@Component({
  selector: 'bs-organisation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Notice, PageHeader, StatusTag, AdminsSection, OrganisationSettingsForm, SuspensionSection],
  providers: [MemberOrganisationsStore],
  template: `
    <p class="bs-back"><a routerLink="/network/organisations">All member organisations</a></p>
    @if (store.current(); as o) {
      <bs-page-header [heading]="o.name" caption="Member organisation">
        <p class="bs-organisation-meta">
          <bs-status-tag [status]="o.status" [scheme]="status" />
          <span>Network figures: {{ shares(o).toLowerCase() }} (its own decision).</span>
        </p>
      </bs-page-header>
      @if (flash(); as f) {
        <bs-notice kind="success">{{ f }}</bs-notice>
      }
      <bs-admins-section />
      <bs-suspension-section />
      <bs-organisation-settings-form />
    } @else if (store.problem(); as problem) {
      <bs-page-header heading="Member organisation" />
      <bs-notice kind="warning">{{ problem }}</bs-notice>
    } @else {
      <p role="status">Loading the organisation…</p>
    }
  `,
  styles: `
    .bs-back {
      margin: 0 0 1rem;
    }
    .bs-organisation-meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      margin: 0;
    }
  `,
})
export class OrganisationPage {
  readonly organisationId = input.required<string>();
  protected readonly store = inject(MemberOrganisationsStore);
  protected readonly flash = signal(inject(FlashNotice).take());
  protected readonly status = STATUS_WORDS;
  protected readonly shares = sharesWords;

  constructor() {
    effect(() => {
      const id = this.organisationId();
      untracked(() => void this.store.load(id));
    });
  }
}
