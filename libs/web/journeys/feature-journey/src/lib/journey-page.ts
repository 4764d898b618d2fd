import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { FlashNotice, SessionStore } from '@beside/web/core';
import { AppointmentsStore, JourneyStore, NotesStore, PlanStore, TimelineStore } from '@beside/web/journeys/data-access';
import { JourneyStatusTag, SafeContactPanel } from '@beside/web/journeys/ui';
import { JourneyProposalsStore } from '@beside/web/portal/data-access';
import { Notice, PageHeader } from '@beside/web/ui';
import { AppointmentsSection } from './appointments/appointments-section';
import { ConcernsSection } from './concerns/concerns-section';
import { NotesSection } from './notes/notes-section';
import { OverviewSection } from './overview/overview-section';
import { PlanSection } from './plan/plan-section';
import { ProposalsSection } from './proposals/proposals-section';
import { TimelineSection } from './timeline/timeline-section';
import { TrendSection } from './timeline/trend-section';

@Component({
  selector: 'bs-journey-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatTabsModule,
    Notice,
    PageHeader,
    JourneyStatusTag,
    SafeContactPanel,
    OverviewSection,
    PlanSection,
    AppointmentsSection,
    NotesSection,
    TimelineSection,
    TrendSection,
    ConcernsSection,
    ProposalsSection,
  ],
  providers: [JourneyStore, PlanStore, AppointmentsStore, NotesStore, TimelineStore, JourneyProposalsStore],
  template: `
    @if (store.journey(); as journey) {
      <bs-page-header [heading]="store.name()" caption="Journey">
        <p class="bs-journey-meta">
          <bs-journey-status-tag [status]="journey.status" />
          @if (store.profile()?.pronouns) {
            <span>{{ store.profile()?.pronouns }}</span>
          }
          @if (journey.primaryAdvocateName) {
            <span>Advocate: {{ journey.primaryAdvocateName }}{{ journey.secondaryAdvocateName ? ' and ' + journey.secondaryAdvocateName : '' }}</span>
          }
        </p>
      </bs-page-header>
      @if (flash()) {
        <bs-notice kind="success">{{ flash() }}</bs-notice>
      }
      @if (store.profile(); as profile) {
        <bs-safe-contact-panel [contact]="profile.safeContact" />
      }
      @if (proposals.pending().length; as waiting) {
        <bs-notice>
          <p>{{ waiting === 1 ? 'She asked for 1 change' : 'She asked for ' + waiting + ' changes' }} to what staff wrote. She is waiting for an answer.</p>
          <button mat-stroked-button type="button" (click)="tab.set(proposalsTab)">See the changes she asked for</button>
        </bs-notice>
      }
      <mat-tab-group [(selectedIndex)]="tab" mat-stretch-tabs="false" animationDuration="0ms" aria-label="Parts of her journey">
        <mat-tab label="Overview"><ng-template matTabContent><div class="bs-tab-pad"><bs-overview-section /></div></ng-template></mat-tab>
        <mat-tab label="Plan"><ng-template matTabContent><div class="bs-tab-pad"><bs-plan-section [journeyId]="journeyId()" /></div></ng-template></mat-tab>
        <mat-tab [label]="proposals.pending().length ? 'Changes she asked for (' + proposals.pending().length + ')' : 'Changes she asked for'">
          <ng-template matTabContent><div class="bs-tab-pad"><bs-proposals-section /></div></ng-template>
        </mat-tab>
        <mat-tab label="Appointments">
          <ng-template matTabContent><div class="bs-tab-pad"><bs-appointments-section [journeyId]="journeyId()" /></div></ng-template>
        </mat-tab>
        <mat-tab label="Notes"><ng-template matTabContent><div class="bs-tab-pad"><bs-notes-section [journeyId]="journeyId()" /></div></ng-template></mat-tab>
        <mat-tab label="Timeline"><ng-template matTabContent><div class="bs-tab-pad"><bs-timeline-section [journeyId]="journeyId()" /></div></ng-template></mat-tab>
        <mat-tab label="Self-advocacy">
          <ng-template matTabContent><div class="bs-tab-pad"><bs-trend-section [journeyId]="journeyId()" /></div></ng-template>
        </mat-tab>
        @if (session.can('concern:read')) {
          <mat-tab label="Concerns">
            <ng-template matTabContent><div class="bs-tab-pad"><bs-concerns-section [journeyId]="journeyId()" /></div></ng-template>
          </mat-tab>
        }
      </mat-tab-group>
    } @else if (store.notFound()) {
      <bs-page-header heading="Journey not found" />
      <p>This journey does not exist, or it is not in your caseload. <a routerLink="/caseload">Back to your caseload</a></p>
    } @else if (store.problem()) {
      <bs-page-header heading="Journey" />
      <bs-notice kind="warning">{{ store.problem() }}</bs-notice>
    } @else {
      <p aria-live="polite">Loading the journey…</p>
    }
  `,
  styles: `
    .bs-tab-pad {
      padding-top: 1.5rem;
    }
    .bs-journey-meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.25rem;
      align-items: center;
      margin: 0;
    }
  `,
})
export class JourneyPage {
  readonly journeyId = input.required<string>();
  protected readonly store = inject(JourneyStore);
  protected readonly session = inject(SessionStore);
  protected readonly flash = signal(inject(FlashNotice).take());
  protected readonly tab = signal(0);
  protected readonly proposals = inject(JourneyProposalsStore);
  /** The "Changes she asked for" tab, right after the plan. */
  protected readonly proposalsTab = 2;

  constructor() {
    effect(() => {
      const id = this.journeyId();
      untracked(() => {
        void this.store.load(id);
        void this.proposals.load(id);
      });
    });
  }
}
