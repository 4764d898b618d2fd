import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { AuditFilters, AuditScope, AuditStore } from '@beside/web/audit/data-access';
import { Notice, PageHeader } from '@beside/web/ui';
import { AuditEventsTable } from './audit-events-table';
import { AuditFiltersForm } from './audit-filters-form';
import { BreakGlassReview, ReviewRequest } from './break-glass-review';
import { ChainCheck } from './chain-check';

/** Managers: search, export and verify the audit trail, and review break-the-glass. Admins: account events only. */
@Component({
  selector: 'bs-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, Notice, PageHeader, AuditEventsTable, AuditFiltersForm, BreakGlassReview, ChainCheck],
  providers: [AuditStore],
  template: `
    <bs-page-header [heading]="scope() === 'account' ? 'Sign-in and account events' : 'Audit trail'">
      <p>
        @if (scope() === 'account') {
          Who signed in, who failed to, and every change to accounts. Case content is not shown here.
        } @else {
          Who saw or changed what, when, and why. Every search and export is itself recorded.
        }
      </p>
    </bs-page-header>
    @if (store.problem(); as p) {
      <bs-notice kind="warning">{{ p }}</bs-notice>
    }
    @if (scope() === 'all') {
      <bs-chain-check [result]="store.verification()" [busy]="store.verifying()" (check)="store.verify()" />
      <bs-break-glass-review [grants]="store.grants()" [errors]="reviewErrors()" (reviewed)="review($event)" />
    }
    <section aria-labelledby="search-heading">
      <h2 id="search-heading">Search</h2>
      <bs-audit-filters-form [value]="store.filters()" (searched)="search($event)" />
      @if (scope() === 'all') {
        <p><a [href]="store.csvUrl()" download>Download these results as CSV</a> (up to 10,000 events; the download is recorded)</p>
      }
      @if (store.events.error(); as e) {
        <bs-notice kind="warning">{{ e }}</bs-notice>
      }
      @if (store.events.empty()) {
        <p>No events match.</p>
      } @else {
        <bs-audit-events-table
          [events]="store.events.items()"
          (onlyActor)="search({ ...store.filters(), actorId: $event })"
          (onlySubject)="search({ ...store.filters(), subjectId: $event })"
        />
      }
      @if (store.events.hasMore()) {
        <button mat-stroked-button type="button" (click)="store.events.more()" [disabled]="store.events.loading()">Show older events</button>
      }
    </section>
  `,
  styles: `
    section {
      margin-bottom: 2rem;
    }
  `,
})
export class AuditPage implements OnInit {
  protected readonly store = inject(AuditStore);
  /** From the route's data: 'all' for managers, 'account' for admins. */
  readonly scope = input<AuditScope>('all');
  protected readonly reviewErrors = signal<Record<string, string>>({});

  ngOnInit(): void {
    this.store.useScope(this.scope());
    void this.store.search({});
    if (this.scope() === 'all') void this.store.loadGrants();
  }

  protected search(filters: AuditFilters): void {
    void this.store.search(filters);
  }

  protected async review(request: ReviewRequest): Promise<void> {
    const error = request.comment ? await this.store.review(request.grantId, request.comment) : 'Write a comment before marking it reviewed.';
    this.reviewErrors.update((errors) => ({ ...errors, [request.grantId]: error ?? '' }));
  }
}
