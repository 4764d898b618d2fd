import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { DATA_REQUEST_KIND_WORDS } from '@beside/shared/contracts';
import { DataRequestsStore, type DataRequestFilter } from '@beside/web/data-protection/data-access';
import { LondonPipe, Notice, PageHeader, StatusTag } from '@beside/web/ui';
import { ClockTag } from '../shared/clock-tag';
import { CHANNEL_WORDS, daysLeftInWords, daysLeftTone, REQUEST_STATUS } from '../shared/clock-words';

/** The requests from the women, each with its one-month clock, the nearest its end first. */
@Component({
  selector: 'bs-requests-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, RouterLink, MatButtonModule, MatRadioModule, PageHeader, Notice, LondonPipe, StatusTag, ClockTag],
  template: `
    <bs-page-header heading="Requests from the women" caption="Data protection">
      <p>Each request to see, correct or delete her information, or to limit or object to its use, must be answered within one month of receipt (up to two months more for a complex one, with the reason recorded).</p>
    </bs-page-header>
    <div class="bs-actions">
      <a mat-flat-button routerLink="/data-protection/requests/new">Record a request made by letter, in person, by email or phone</a>
    </div>
    <div class="bs-filter">
      <span id="request-filter-label" class="bs-filter__label">Show</span>
      <mat-radio-group aria-labelledby="request-filter-label" [ngModel]="store.filter()" (ngModelChange)="show($event)">
        <mat-radio-button value="open">Not yet answered</mat-radio-button>
        <mat-radio-button value="all">All, answered ones too</mat-radio-button>
      </mat-radio-group>
    </div>
    @if (store.problem(); as problem) {
      <bs-notice kind="warning">{{ problem }}</bs-notice>
    }
    @if (store.loaded()) {
      @if (store.ordered().length) {
        <div class="bs-table-scroll" tabindex="0" role="region" aria-label="Requests">
          <table class="bs-table">
            <caption class="bs-visually-hidden">Requests, the clock nearest its end first</caption>
            <thead>
              <tr><th scope="col">Woman</th><th scope="col">Request</th><th scope="col">Received</th><th scope="col">Answer due</th><th scope="col">Clock</th><th scope="col">Status</th></tr>
            </thead>
            <tbody>
              @for (r of store.ordered(); track r.id) {
                <tr>
                  <td><a [routerLink]="['/data-protection/requests', r.id]">{{ r.serviceUserName }}</a></td>
                  <td>{{ kindWords[r.kind].staff }}<br /><span class="bs-secondary-text">{{ channelWords[r.channel] }}</span></td>
                  <td>{{ r.receivedOn | london: 'shortDate' }}</td>
                  <td>{{ (r.clock?.dueOn ?? r.extendedTo ?? r.dueOn) | london: 'shortDate' }}</td>
                  <td>
                    @if (r.clock; as c) {
                      <bs-clock-tag [words]="daysLeftInWords(c.daysLeft)" [tone]="daysLeftTone(c.daysLeft)" />
                    } @else {
                      Answered on {{ r.answeredOn! | london: 'shortDate' }}
                    }
                  </td>
                  <td><bs-status-tag [status]="r.status" [scheme]="statusScheme" /></td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else if (!store.problem()) {
        <p>{{ store.filter() === 'open' ? 'No request is waiting for an answer.' : 'No request has been made yet.' }}</p>
      }
    } @else {
      <p role="status">Loading the requests…</p>
    }
  `,
  styles: `
    .bs-filter { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; margin: 0 0 1rem; }
    .bs-filter__label { font-weight: 700; }
  `,
})
export class RequestsPage {
  protected readonly store = inject(DataRequestsStore);
  protected readonly kindWords = DATA_REQUEST_KIND_WORDS;
  protected readonly channelWords = CHANNEL_WORDS;
  protected readonly statusScheme = REQUEST_STATUS;
  protected readonly daysLeftInWords = daysLeftInWords;
  protected readonly daysLeftTone = daysLeftTone;

  constructor() {
    void this.store.load();
  }

  protected show(filter: DataRequestFilter): void {
    void this.store.load(filter);
  }
}
