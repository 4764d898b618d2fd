import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { ErrorSummary, narrowScreen, PageHeader } from '@beside/web/ui';
import { byLoad } from './by-load';
import { AllocationStore } from '@beside/web/safeguarding/data-access';

/** Each advocate's caseload, most loaded first: where a new or reassigned journey can go. */
@Component({
  selector: 'bs-allocation-page',
  providers: [AllocationStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ErrorSummary, RouterLink, MatButtonModule, PageHeader],
  template: `
    <bs-page-header heading="Allocation">
      <p>
        Each advocate's caseload, most loaded first. Choose an advocate to see her journeys; to change a journey's advocates, open it and
        choose “Change advocates”.
      </p>
    </bs-page-header>
    @if (caseloads.problem(); as problem) {
      <bs-error-summary [errors]="[{ message: problem }]" />
      <p><button mat-stroked-button type="button" (click)="load()">Try again</button></p>
    }
    @if (caseloads.value()) {
      @if (rows().length && narrow()) {
        <!-- On a phone: one entry per advocate, the same figures as the table's row. -->
        <ul class="bs-advocate-loads" aria-label="Caseloads per advocate, most loaded first">
          @for (c of rows(); track c.advocate.id) {
            <li>
              <a routerLink="/caseload" [queryParams]="{ advocate: c.advocate.id }">{{ c.advocate.name }}</a>
              <dl>
                <div><dt>Active journeys</dt><dd>{{ c.activeJourneys }}</dd></div>
                <div>
                  <dt>High-severity open concerns</dt>
                  <dd>
                    @if (c.highSeverityOpenConcerns) {
                      <strong class="bs-alert">{{ c.highSeverityOpenConcerns }}</strong>
                    } @else {
                      0
                    }
                  </dd>
                </div>
                <div><dt>Appointments this week</dt><dd>{{ c.appointmentsThisWeek }}</dd></div>
              </dl>
            </li>
          }
        </ul>
        <p class="bs-actions"><a routerLink="/caseload">Find a journey in the caseload</a></p>
      } @else if (rows().length) {
        <div class="bs-table-scroll" role="region" aria-labelledby="allocation-caption" tabindex="0">
          <table class="bs-table">
            <caption id="allocation-caption" class="bs-visually-hidden">Caseloads per advocate, most loaded first</caption>
            <thead>
              <tr>
                <th scope="col">Advocate</th>
                <th scope="col" class="bs-num">Active journeys</th>
                <th scope="col" class="bs-num">High-severity open concerns</th>
                <th scope="col" class="bs-num">Appointments this week</th>
              </tr>
            </thead>
            <tbody>
              @for (c of rows(); track c.advocate.id) {
                <tr>
                  <th scope="row">
                    <a routerLink="/caseload" [queryParams]="{ advocate: c.advocate.id }">{{ c.advocate.name }}</a>
                  </th>
                  <td class="bs-num">{{ c.activeJourneys }}</td>
                  <td class="bs-num">
                    @if (c.highSeverityOpenConcerns) {
                      <strong class="bs-alert">{{ c.highSeverityOpenConcerns }}</strong>
                    } @else {
                      0
                    }
                  </td>
                  <td class="bs-num">{{ c.appointmentsThisWeek }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <p class="bs-actions"><a routerLink="/caseload">Find a journey in the caseload</a></p>
      } @else {
        <p>There are no active advocates in your organisation yet.</p>
      }
    } @else if (caseloads.loading()) {
      <p aria-live="polite">Loading caseloads…</p>
    }
  `,
  styles: `
    .bs-num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .bs-alert {
      color: var(--bs-error);
    }
    .bs-advocate-loads {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .bs-advocate-loads li {
      padding: 0.75rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .bs-advocate-loads a {
      font-weight: 600;
    }
    .bs-advocate-loads dl {
      margin: 0.375rem 0 0;
    }
    .bs-advocate-loads dl div {
      display: flex;
      justify-content: space-between;
      gap: 1rem;
      padding: 0.125rem 0;
    }
    .bs-advocate-loads dd {
      margin: 0;
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class AllocationPage {
  protected readonly caseloads = inject(AllocationStore);
  protected readonly rows = computed(() => byLoad(this.caseloads.value() ?? []));
  /** Too narrow for four columns: a list instead. */
  protected readonly narrow = narrowScreen();

  constructor() {
    this.load();
  }

  protected load(): void {
    void this.caseloads.refresh();
  }
}
