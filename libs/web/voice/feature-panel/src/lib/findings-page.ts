import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { FlashNotice, SessionStore } from '@beside/web/core';
import { FindingsStore } from '@beside/web/voice/data-access';
import { Notice, PageHeader } from '@beside/web/ui';
import { FindingItem } from './finding-item';

/** The lived-experience panel's findings: proposed ones to vote on, the approved ones in priority order, and those set aside. */
@Component({
  selector: 'bs-findings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, Notice, PageHeader, FindingItem],
  providers: [FindingsStore],
  template: `
    <bs-page-header heading="Findings" caption="Lived-experience panel">
      <p>
        Findings are what the panel takes from consultation results: each rests on evidence (figures, themes or published quotes). The
        panel votes on each proposed finding, approves it as a priority or sets it aside, and puts its priorities in order.
      </p>
    </bs-page-header>
    @if (flash(); as f) {
      <bs-notice kind="success">{{ f }}</bs-notice>
    }
    <div class="bs-actions">
      <a mat-flat-button routerLink="/panel/findings/new">Propose a finding</a>
      @if (session.can('panel:take-part')) {
        <a mat-stroked-button routerLink="/panel/priorities">Put the priorities in order</a>
      }
      <a mat-button routerLink="/panel/settings">How the panel votes</a>
    </div>
    @if (store.problem(); as p) {
      <bs-notice kind="warning">{{ p }}</bs-notice>
    }
    @if (store.list()) {
      <section class="bs-section" aria-labelledby="proposed-heading">
        <h2 id="proposed-heading">Proposed</h2>
        @for (f of store.proposed(); track f.id) {
          <bs-finding-item [finding]="f" />
        } @empty {
          <p>No findings are waiting for the panel.</p>
        }
      </section>
      <section class="bs-section" aria-labelledby="priorities-heading">
        <h2 id="priorities-heading">The panel’s priorities</h2>
        @for (f of store.approved(); track f.id) {
          <bs-finding-item [finding]="f" />
        } @empty {
          <p>The panel has not approved a finding yet.</p>
        }
      </section>
      <section class="bs-section" aria-labelledby="set-aside-heading">
        <h2 id="set-aside-heading">Set aside</h2>
        @for (f of store.setAside(); track f.id) {
          <bs-finding-item [finding]="f" />
        } @empty {
          <p>None.</p>
        }
      </section>
    } @else if (!store.problem()) {
      <p role="status">Loading the findings…</p>
    }
  `,
})
export class FindingsPage {
  protected readonly store = inject(FindingsStore);
  protected readonly session = inject(SessionStore);
  protected readonly flash = signal(inject(FlashNotice).take());

  constructor() {
    void this.store.loadAll();
  }
}
