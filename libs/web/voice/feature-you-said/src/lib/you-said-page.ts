import { ChangeDetectionStrategy, Component, inject, input, type OnInit } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Notice, PageHeader } from '@beside/web/ui';
import { YouSaidStore } from '@beside/web/voice/data-access';
import { YouSaidView } from './you-said-view';

/**
 * "You said, we did": in her portal (her organisation's) and, with an organisation in the address, the public page
 * anyone may open. The same words either way.
 */
@Component({
  selector: 'bs-you-said-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [YouSaidStore],
  imports: [RouterLink, PageHeader, Notice, YouSaidView],
  template: `
    <bs-page-header heading="You said, we did" [caption]="store.view()?.organisationName ?? ''" />
    <p>
      What women told us in our consultations, what our lived-experience panel chose to act on, and what we have done so far.
      No one is named, and a figure is shown only when 5 or more women gave that answer.
    </p>
    @if (store.problem(); as problem) {
      <bs-notice kind="warning">{{ problem }}</bs-notice>
    } @else if (store.view(); as view) {
      <bs-you-said-view [view]="view" />
    } @else {
      <p role="status">Loading…</p>
    }
    @if (!organisationId()) {
      <p><a routerLink="/my/consultations">Have your say</a></p>
    }
  `,
})
export class YouSaidPage implements OnInit {
  /** From the public page's address; none in her portal. */
  readonly organisationId = input<string>();
  protected readonly store = inject(YouSaidStore);

  ngOnInit(): void {
    const organisationId = this.organisationId();
    void (organisationId ? this.store.loadOrganisation(organisationId) : this.store.loadMine());
  }
}
