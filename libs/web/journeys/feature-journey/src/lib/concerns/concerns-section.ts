import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { ConcernDetail } from '@beside/shared/contracts';
import { SessionStore } from '@beside/web/core';
import { JourneyConcernsStore } from '@beside/web/safeguarding/data-access';
import { CONCERN_WORDS, howLate } from '@beside/web/safeguarding/ui';
import { LondonPipe, Notice, StatusTag } from '@beside/web/ui';
import { RaiseStaffConcernForm } from './raise-staff-concern-form';

/** The concerns on her journey that you may see, and raising a new one. */
@Component({
  selector: 'bs-concerns-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, Notice, StatusTag, RaiseStaffConcernForm, LondonPipe],
  providers: [JourneyConcernsStore],
  template: `
    <section class="bs-section" aria-labelledby="concerns-heading">
      <h2 id="concerns-heading">Concerns</h2>
      @if (raisedNow(); as c) {
        <bs-notice kind="success">Concern {{ c.reference }} has been raised. A manager will triage it.</bs-notice>
      }
      @if (session.can('concern:record')) {
        @if (raising()) {
          <h3 id="raise-concern-heading">Raise a concern</h3>
          <bs-raise-staff-concern-form [journeyId]="journeyId()" (raised)="onRaised($event)" (cancelled)="raising.set(false)" />
        } @else {
          <div class="bs-actions">
            <button mat-flat-button type="button" (click)="startRaising()">Raise a concern</button>
          </div>
        }
      }
      @if (store.problem(); as p) {
        <bs-notice kind="warning">{{ p }}</bs-notice>
      }
      <ul class="bs-concern-list">
        @for (c of store.concerns(); track c.id) {
          <li>
            <p class="bs-concern-list__head">
              <a [routerLink]="['/concerns', c.id]">{{ c.reference }}</a>
              <bs-status-tag [status]="c.severity" [scheme]="words.severityTags" [framed]="true" />
              <bs-status-tag [status]="c.status" [scheme]="words.statusTags" />
              @if (c.overdue) {
                <strong class="bs-overdue">Triage overdue: {{ late(c.triageDueAt) }}</strong>
              }
            </p>
            <p class="bs-secondary-text">
              {{ words.category[c.category] }} · raised by {{ c.raisedBy.name }} ({{ words.raiserRole[c.raisedByRole] }}) · {{ c.raisedAt | london: 'dateTime' }}
              @if (c.confidentialFromSubject) {
                · kept from her
              }
            </p>
          </li>
        } @empty {
          @if (store.loaded()) {
            <li>No concerns you can see on this journey.</li>
          }
        }
      </ul>
    </section>
  `,
  styles: `
    .bs-concern-list {
      list-style: none;
      padding: 0;
      margin: 1rem 0 0;
    }
    .bs-concern-list li {
      padding: 0.75rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .bs-concern-list p {
      margin: 0.25rem 0;
    }
    .bs-concern-list__head {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      align-items: center;
      font-weight: 600;
    }
    .bs-overdue {
      color: var(--bs-error);
    }
  `,
})
export class ConcernsSection {
  readonly journeyId = input.required<string>();
  protected readonly store = inject(JourneyConcernsStore);
  protected readonly session = inject(SessionStore);
  protected readonly words = CONCERN_WORDS;
  protected readonly late = howLate;
  protected readonly raising = signal(false);
  protected readonly raisedNow = signal<ConcernDetail | null>(null);

  /** `?raise=1` (from a risk assessment past its threshold) opens the form straight away. */
  private readonly askedToRaise = inject(ActivatedRoute).snapshot.queryParamMap.get('raise') === '1';

  constructor() {
    effect(() => {
      const id = this.journeyId();
      untracked(() => void this.store.load(id));
    });
    if (this.askedToRaise && this.session.can('concern:record')) this.raising.set(true);
  }

  protected startRaising(): void {
    this.raisedNow.set(null);
    this.raising.set(true);
  }

  protected onRaised(concern: ConcernDetail): void {
    this.raising.set(false);
    this.raisedNow.set(concern);
  }
}
