import { ChangeDetectionStrategy, Component, inject, type OnInit } from '@angular/core';
import { MyProposalsStore } from '@beside/web/portal/data-access';
import { MySafetyPlanStore } from '@beside/web/safety/data-access';
import { LondonPipe, Notice, PageHeader } from '@beside/web/ui';
import { LeaveQuickly } from '../shared/leave-quickly';
import { StayingSafeNav } from '../shared/staying-safe-nav';
import { MyPlanSection } from './my-plan-section';
import { PlanDownload } from './plan-download';

/** Her plan for staying safe, written with her advocate: every section in order, hers to write in, to print or keep. */
@Component({
  selector: 'bs-my-safety-plan-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [MySafetyPlanStore],
  imports: [PageHeader, Notice, LondonPipe, StayingSafeNav, MyPlanSection, PlanDownload, LeaveQuickly],
  template: `
    <bs-staying-safe-nav />
    <bs-page-header heading="Your plan for staying safe" />
    <p>You write this plan with your advocate. Write in any part of it, and change what you wrote whenever you like. If something the service wrote is not right, ask for a change.</p>
    <p class="bs-calm-note">Nothing in this plan is ever sent to you by text or email.</p>
    @if (store.problem(); as problem) {
      <bs-notice kind="warning">{{ problem }}</bs-notice>
    }
    @if (store.plan(); as plan) {
      @if (plan.reviewOn) {
        <p>
          @if (plan.reviewDue) {
            You and your advocate planned to look at this again on {{ plan.reviewOn | london: 'day' }}. You can ask your advocate about it when you are ready.
          } @else {
            You and your advocate will look at this again on {{ plan.reviewOn | london: 'day' }}.
          }
        </p>
      }
      @for (section of plan.sections; track section.key) {
        <bs-my-plan-section [section]="section" />
      }
      <bs-plan-download />
    } @else if (!store.loaded()) {
      <p role="status" class="bs-plan-loading">Loading your plan…</p>
    }
    <bs-leave-quickly />
  `,
  styles: `
    .bs-calm-note {
      padding: 0.75rem 1rem;
      border-radius: 8px;
      background: #faf8fd;
      border: 1px solid #ded6ee;
    }
    /* Holds the room the plan will take, so nothing below it jumps when it arrives. */
    .bs-plan-loading {
      min-height: 60vh;
    }
  `,
})
export class MySafetyPlanPage implements OnInit {
  protected readonly store = inject(MySafetyPlanStore);
  private readonly proposals = inject(MyProposalsStore);

  ngOnInit(): void {
    void this.store.load();
    void this.proposals.load();
  }
}
