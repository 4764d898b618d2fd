import { afterRenderEffect, ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatTabNav, MatTabsModule } from '@angular/material/tabs';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { FlashNotice, SessionStore } from '@beside/web/core';
import { AppointmentsStore, JourneyStore, NotesStore, PlanStore, TimelineStore } from '@beside/web/journeys/data-access';
import { JOURNEY_STATUS_TAGS, SafeContactPanel } from '@beside/web/journeys/ui';
import { JourneyProposalsStore } from '@beside/web/portal/data-access';
import { Notice, PageHeader, StatusTag } from '@beside/web/ui';
import { UnreadConversationsStore } from '@beside/web/conversations/data-access';
import { JourneyReferralsSection } from '@beside/web/referrals/feature-referrals';
import { JourneyChallengesSection } from '@beside/web/challenges/feature-challenges';
import { JourneySafetySection } from '@beside/web/safety/feature-safety';
import { AppointmentsSection } from './appointments/appointments-section';
import { ConcernsSection } from './concerns/concerns-section';
import { MessagesSection } from './messages/messages-section';
import { NotesSection } from './notes/notes-section';
import { OverviewSection } from './overview/overview-section';
import { PlanSection } from './plan/plan-section';
import { ProposalsSection } from './proposals/proposals-section';
import { TimelineSection } from './timeline/timeline-section';
import { TrendSection } from './timeline/trend-section';
import { EmergencyAccessBanner } from './emergency-access/emergency-access-banner';
import { EmergencyAccessOffer } from './emergency-access/emergency-access-offer';

/** The parts of her journey, in order; the slug is the tab's name in the address. */
export const JOURNEY_TABS = [
  { slug: 'overview', label: 'Overview' },
  { slug: 'plan', label: 'Plan' },
  { slug: 'changes', label: 'Her changes' },
  { slug: 'messages', label: 'Messages' },
  { slug: 'appointments', label: 'Appointments' },
  { slug: 'challenges', label: 'Challenges' },
  { slug: 'notes', label: 'Notes' },
  { slug: 'timeline', label: 'Timeline' },
  { slug: 'self-advocacy', label: 'Self-advocacy' },
  { slug: 'concerns', label: 'Concerns' },
  { slug: 'safety', label: 'Safety' },
  { slug: 'referrals', label: 'Referrals' },
] as const;
export type JourneyTab = (typeof JOURNEY_TABS)[number]['slug'];

@Component({
  selector: 'bs-journey-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatTabsModule,
    Notice,
    PageHeader,
    StatusTag,
    SafeContactPanel,
    OverviewSection,
    PlanSection,
    AppointmentsSection,
    NotesSection,
    TimelineSection,
    TrendSection,
    ConcernsSection,
    ProposalsSection,
    MessagesSection,
    EmergencyAccessBanner,
    EmergencyAccessOffer,
    JourneyReferralsSection,
    JourneySafetySection,
    JourneyChallengesSection,
  ],
  providers: [JourneyStore, PlanStore, AppointmentsStore, NotesStore, TimelineStore, JourneyProposalsStore],
  template: `
    @if (store.journey(); as journey) {
      <bs-page-header [heading]="store.name()" caption="Journey">
        <p class="bs-journey-meta">
          <bs-status-tag [status]="journey.status" [scheme]="journeyStatusTags" />
          @if (store.profile()?.pronouns) {
            <span>{{ store.profile()?.pronouns }}</span>
          }
          @if (journey.primaryAdvocateName) {
            <span>Advocate: {{ journey.primaryAdvocateName }}{{ journey.secondaryAdvocateName ? ' and ' + journey.secondaryAdvocateName : '' }}</span>
          }
        </p>
      </bs-page-header>
      <bs-emergency-access-banner [access]="journey.emergencyAccess" />
      @if (flash()) {
        <bs-notice kind="success">{{ flash() }}</bs-notice>
      }
      @if (store.profile(); as profile) {
        <bs-safe-contact-panel [contact]="profile.safeContact" />
      }
      @if (proposals.pending().length; as waiting) {
        <bs-notice>
          <p>{{ waiting === 1 ? 'She asked for 1 change' : 'She asked for ' + waiting + ' changes' }} to what staff wrote. She is waiting for an answer.</p>
          <button mat-stroked-button type="button" (click)="openTab('changes')">See the changes she asked for</button>
        </bs-notice>
      }
      <!-- Each tab is a link with its place in the address (?tab=plan), so reload and Back keep it. -->
      <nav mat-tab-nav-bar class="bs-journey-tabs" [tabPanel]="panel" mat-stretch-tabs="false" animationDuration="0ms" aria-label="Parts of her journey">
        @for (t of tabs(); track t.slug) {
          <a mat-tab-link routerLink="." [queryParams]="{ tab: t.slug === 'overview' ? null : t.slug }" [active]="t.slug === tab()">
            {{ tabLabel(t.slug, t.label) }}
          </a>
        }
      </nav>
      <mat-tab-nav-panel #panel>
        <div class="bs-tab-pad">
          @switch (tab()) {
            @case ('plan') {
              <bs-plan-section [journeyId]="journeyId()" />
            }
            @case ('changes') {
              <bs-proposals-section />
            }
            @case ('messages') {
              <bs-messages-section [journeyId]="journeyId()" />
            }
            @case ('appointments') {
              <bs-appointments-section [journeyId]="journeyId()" />
            }
            @case ('challenges') {
              <bs-journey-challenges-section [journeyId]="journeyId()" />
            }
            @case ('notes') {
              <bs-notes-section [journeyId]="journeyId()" />
            }
            @case ('timeline') {
              <bs-timeline-section [journeyId]="journeyId()" />
            }
            @case ('self-advocacy') {
              <bs-trend-section [journeyId]="journeyId()" />
            }
            @case ('concerns') {
              <bs-concerns-section [journeyId]="journeyId()" />
            }
            @case ('safety') {
              <bs-journey-safety-section [journeyId]="journeyId()" />
            }
            @case ('referrals') {
              <bs-journey-referrals-section [journeyId]="journeyId()" />
            }
            @default {
              <bs-overview-section />
            }
          }
        </div>
      </mat-tab-nav-panel>
    } @else if (store.notFound()) {
      <bs-page-header heading="Journey not found" />
      <p>This journey does not exist, or it is not in your caseload. <a routerLink="/caseload">Back to your caseload</a></p>
      <bs-emergency-access-offer [journeyId]="journeyId()" (granted)="store.load(journeyId())" />
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
    /* Twelve tabs (with Challenges and Safety) still fit one row on a laptop: narrower than the global 12px padding. */
    @media (min-width: 1024px) {
      .bs-journey-tabs .mat-mdc-tab-link {
        padding-inline: 8px;
        min-width: 0;
      }
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
  protected readonly journeyStatusTags = JOURNEY_STATUS_TAGS;
  protected readonly flash = signal(inject(FlashNotice).take());
  protected readonly proposals = inject(JourneyProposalsStore);
  private readonly unreadMessages = inject(UnreadConversationsStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly requestedTab = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly tabs = computed(() =>
    JOURNEY_TABS.filter((t) => (t.slug !== 'concerns' || this.session.can('concern:read')) && (t.slug !== 'referrals' || this.session.can('referral:send'))),
  );
  /** The tab named in the address; an unknown (or not allowed) one shows the overview. */
  protected readonly tab = computed<JourneyTab>(() => {
    const asked = this.requestedTab().get('tab');
    return this.tabs().find((t) => t.slug === asked)?.slug ?? 'overview';
  });

  private readonly tabNav = viewChild(MatTabNav);

  constructor() {
    // On a phone the tabs scroll sideways: keep the chosen one in view, also once labels (her count) or fonts change width.
    afterRenderEffect(() => {
      const nav = this.tabNav();
      const index = this.tabs().findIndex((t) => t.slug === this.tab());
      this.proposals.pending();
      this.unreadMessages.byJourney();
      if (!nav || index < 0) return;
      const scroll = (): void => {
        nav.updatePagination();
        nav._scrollToLabel(index);
      };
      scroll();
      void document.fonts?.ready.then(scroll);
    });
    effect(() => {
      const id = this.journeyId();
      untracked(() => {
        void this.store.load(id);
        void this.proposals.load(id);
        void this.unreadMessages.load();
      });
    });
  }

  /** A tab's label, with how many are waiting for her advocate: changes she asked for, messages she sent (not on the open conversation, which reading clears). */
  protected tabLabel(slug: JourneyTab, label: string): string {
    const waiting = slug === 'changes' ? this.proposals.pending().length : slug === 'messages' && this.tab() !== 'messages' ? this.unreadMessages.count(this.journeyId()) : 0;
    return waiting ? `${label} (${waiting})` : label;
  }

  protected openTab(tab: JourneyTab): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { tab } });
  }
}
