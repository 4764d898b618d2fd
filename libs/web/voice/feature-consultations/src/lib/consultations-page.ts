import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { FlashNotice, SessionStore } from '@beside/web/core';
import { ConsultationsStore } from '@beside/web/voice/data-access';
import { LondonPipe, Notice, PageHeader, StatusTag } from '@beside/web/ui';
import type { ConsultationView } from '@beside/shared/contracts';
import { reachWords, STATUS_WORDS } from './consultation-words';

/** The organisation's consultations; those who write them start a new one here, the panel reads their results. */
@Component({
  selector: 'bs-consultations-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, LondonPipe, Notice, PageHeader, StatusTag],
  providers: [ConsultationsStore],
  template: `
    <bs-page-header heading="Consultations">
      <p>Surveys of the women you support. What they say sets the campaigns. Results are counts only, with any count from 1 to 4 shown as “&lt;5”.</p>
    </bs-page-header>
    @if (notice; as n) {
      <bs-notice kind="success">{{ n }}</bs-notice>
    }
    @if (manages) {
      <div class="bs-actions">
        <a mat-flat-button routerLink="/consultations/new">New consultation</a>
        <!-- The panel's findings and the campaigns that follow them: in the menu for the panel, here for managers. -->
        <a mat-stroked-button routerLink="/panel">The panel's findings</a>
        <a mat-stroked-button routerLink="/campaigns">Campaigns</a>
      </div>
    }
    @if (store.problem(); as problem) {
      <bs-notice kind="warning">{{ problem }}</bs-notice>
    }
    @if (store.list(); as list) {
      @if (list.length) {
        <ul class="bs-consultations" aria-label="Consultations">
          @for (c of list; track c.id) {
            <li class="bs-consultation">
              <h2 class="bs-consultation__title">
                <a [routerLink]="runs(c) ? ['/consultations', c.id] : ['/consultations', c.id, 'results']">{{ c.title }}</a>
                <bs-status-tag [status]="c.status" [scheme]="status" />
              </h2>
              <dl class="bs-card-facts">
                <div>
                  <dt>Dates</dt>
                  <dd>{{ c.opensOn | london: 'date' }} to {{ c.closesOn | london: 'date' }}</dd>
                </div>
                <div>
                  <dt>Who answers</dt>
                  <dd>{{ reach(c) }}</dd>
                </div>
                <div>
                  <dt>Answers</dt>
                  <dd>{{ c.locked ? 'Some women have answered' : 'None yet' }}</dd>
                </div>
              </dl>
              <p class="bs-consultation__links">
                <a [routerLink]="['/consultations', c.id, 'results']">Results<span class="bs-visually-hidden"> of {{ c.title }}</span></a>
                @if (runs(c) && c.locked) {
                  <a [routerLink]="['/consultations', c.id, 'texts']">Themes and quotes<span class="bs-visually-hidden"> of {{ c.title }}</span></a>
                }
              </p>
            </li>
          }
        </ul>
      } @else {
        <p>No consultations yet.{{ manages ? ' Start the first one.' : '' }}</p>
      }
    } @else if (!store.problem()) {
      <p role="status">Loading the consultations…</p>
    }
  `,
  styles: `
    .bs-consultations {
      list-style: none;
      padding: 0;
      margin: 1.5rem 0 0;
    }
    .bs-consultation {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 1rem 1.25rem;
      margin: 0 0 1rem;
      --bs-card-term-width: 8rem;
    }
    .bs-consultation__title {
      font-size: 1.2rem;
      margin: 0 0 0.75rem;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 0.75rem;
      align-items: center;
    }
    .bs-consultation__links {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      margin: 0.75rem 0 0;
    }
  `,
})
export class ConsultationsPage {
  protected readonly store = inject(ConsultationsStore);
  protected readonly notice = inject(FlashNotice).take();
  protected readonly manages = inject(SessionStore).can('consultation:manage');

  /** Hers to change and tag: she manages consultations and her organisation runs this one (another member's network-wide one she only reads). */
  protected runs(c: ConsultationView): boolean {
    return this.manages && c.runByYourOrganisation !== false;
  }
  protected readonly status = STATUS_WORDS;
  protected readonly reach = reachWords;

  constructor() {
    void this.store.loadAll();
  }
}
