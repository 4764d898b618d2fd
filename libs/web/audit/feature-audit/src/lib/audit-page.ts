import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { AuditFilters, AuditScope, AuditStore } from '@beside/web/audit/data-access';
import type { AuditPerson } from '@beside/shared/contracts';
import { ErrorSummary, Notice, PageHeader } from '@beside/web/ui';
import { AuditEventsTable } from './audit-events-table';
import { AuditFiltersForm } from './audit-filters-form';
import { BreakGlassReview, ReviewRequest } from './break-glass-review';
import { ChainCheck } from './chain-check';

/** Managers: search, export and verify the audit trail, and review break-the-glass. Admins: account events only. */
@Component({
  selector: 'bs-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ErrorSummary, MatButtonModule, Notice, PageHeader, AuditEventsTable, AuditFiltersForm, BreakGlassReview, ChainCheck],
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
      <bs-error-summary [errors]="[{ message: p }]" />
    }
    @if (scope() === 'all') {
      <bs-chain-check [result]="store.verification()" [busy]="store.verifying()" (check)="store.verify()" />
      @if (reviewedNotice(); as n) {
        <bs-notice kind="success">{{ n }}</bs-notice>
      }
      <bs-break-glass-review [grants]="store.grants()" [errors]="reviewErrors()" [busy]="reviewing()" (reviewed)="review($event)" />
    }
    <section aria-labelledby="search-heading">
      <h2 id="search-heading">Search</h2>
      <bs-audit-filters-form [value]="store.filters()" [known]="known()" [choosePeople]="scope() === 'all'" (searched)="search($event)" />
      @if (scope() === 'all') {
        <p><a [href]="store.csvUrl()" download>Download these results as CSV</a> (up to 10,000 events; the download is recorded)</p>
      }
      @if (store.events.error(); as e) {
        <bs-error-summary [errors]="[{ message: e }]" />
      }
      @if (store.events.empty()) {
        <p>No events match.</p>
      } @else {
        <bs-audit-events-table
          [events]="store.events.items()"
          (onlyActor)="only('actorId', $event)"
          (onlySubject)="only('subjectId', $event)"
        />
      }
      @if (store.events.hasMore()) {
        <button mat-stroked-button type="button" (click)="store.events.more()" [disabled]="store.events.loading()">Show older events</button>
      }
    </section>
  `,
  styles: `
    section,
    bs-chain-check,
    bs-break-glass-review {
      display: block;
      margin-bottom: 2rem;
    }
  `,
})
export class AuditPage implements OnInit {
  protected readonly store = inject(AuditStore);
  /** From the route's data: 'all' for managers, 'account' for admins. */
  readonly scope = input<AuditScope>('all');
  protected readonly reviewErrors = signal<Record<string, string>>({});
  protected readonly known = signal<Record<string, AuditPerson>>({});
  protected readonly reviewing = signal<string | null>(null);
  protected readonly reviewedNotice = signal<string | null>(null);

  ngOnInit(): void {
    this.store.useScope(this.scope());
    void this.store.search({});
    if (this.scope() === 'all') void this.store.loadGrants();
  }

  protected search(filters: AuditFilters): void {
    void this.store.search(filters);
  }

  /** "Only this person" in the results: search again for them, and show their name in the form. */
  protected only(filter: 'actorId' | 'subjectId', person: AuditPerson): void {
    this.known.update((known) => ({ ...known, [person.id]: person }));
    this.search({ ...this.store.filters(), [filter]: person.id });
  }

  protected async review(request: ReviewRequest): Promise<void> {
    if (this.reviewing()) return;
    this.reviewedNotice.set(null);
    const grant = this.store.grants().find((g) => g.id === request.grantId);
    this.reviewing.set(request.grantId);
    const error = request.comment ? await this.store.review(request.grantId, request.comment) : 'Write a comment before marking it reviewed.';
    this.reviewing.set(null);
    this.reviewErrors.update((errors) => ({ ...errors, [request.grantId]: error ?? '' }));
    if (!error && grant) this.reviewedNotice.set(`Marked reviewed: ${grant.userName}’s emergency access to ${grant.serviceUserName}’s journey.`);
  }
}
