import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { BreachesStore } from '@beside/web/data-protection/data-access';
import { LondonPipe, Notice, PageHeader } from '@beside/web/ui';
import { ClockTag, hoursLeftTone } from '../shared/clock-tag';
import { hoursLeftInWords, icoStandingInWords } from '../shared/clock-words';
import { decisionInWords, RISK_SHORT } from './breach-words';

/** The breach register: each breach with its 72-hour clock, its risk and the decisions about telling. */
@Component({
  selector: 'bs-breaches-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, PageHeader, Notice, LondonPipe, ClockTag],
  template: `
    <bs-page-header heading="Breach register" caption="Data protection">
      <p>A breach that is a risk to people must be reported to the Information Commissioner within 72 hours of becoming aware of it; a high risk, to the women affected too. The clock runs from the moment it was found.</p>
    </bs-page-header>
    <div class="bs-actions">
      <a mat-flat-button routerLink="/data-protection/breaches/new">Record a breach</a>
    </div>
    @if (store.problem(); as problem) {
      <bs-notice kind="warning">{{ problem }}</bs-notice>
    }
    @if (store.loaded()) {
      @if (store.breaches().length) {
        <div class="bs-table-scroll" tabindex="0" role="region" aria-label="Breaches">
          <table class="bs-table">
            <caption class="bs-visually-hidden">Breaches, open ones first</caption>
            <thead>
              <tr><th scope="col">Reference</th><th scope="col">Found</th><th scope="col">72-hour clock</th><th scope="col">Risk</th><th scope="col">Tell the Commissioner</th><th scope="col">Tell the women</th><th scope="col">Status</th></tr>
            </thead>
            <tbody>
              @for (b of store.breaches(); track b.id) {
                <tr>
                  <td><a [routerLink]="['/data-protection/breaches', b.id]">{{ b.reference }}</a><br /><span class="bs-secondary-text bs-summary">{{ b.summary }}</span></td>
                  <td>{{ b.foundAt | london: 'dateTime' }}</td>
                  <td>
                    @if (b.icoClock; as c) {
                      <bs-clock-tag [words]="hoursLeftInWords(c.hoursLeft)" [tone]="hoursLeftTone(c.hoursLeft)" />
                    } @else {
                      {{ icoStanding(b) }}
                    }
                  </td>
                  <td>{{ b.risk ? riskShort[b.risk] : 'Not assessed yet' }}</td>
                  <td>{{ decisionInWords(b.icoDecision, b.icoToldAt) }}</td>
                  <td>{{ decisionInWords(b.womenDecision, b.womenToldAt) }}</td>
                  <td>{{ b.closedAt ? 'Closed' : 'Open' }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else if (!store.problem()) {
        <p>No breach has been recorded.</p>
      }
    } @else {
      <p role="status">Loading the register…</p>
    }
  `,
  styles: `
    .bs-summary { display: inline-block; max-width: 24rem; overflow-wrap: anywhere; }
  `,
})
export class BreachesPage {
  protected readonly store = inject(BreachesStore);
  protected readonly riskShort = RISK_SHORT;
  protected readonly hoursLeftInWords = hoursLeftInWords;
  protected readonly hoursLeftTone = hoursLeftTone;
  protected readonly icoStanding = icoStandingInWords;
  protected readonly decisionInWords = decisionInWords;

  constructor() {
    void this.store.load();
  }
}
