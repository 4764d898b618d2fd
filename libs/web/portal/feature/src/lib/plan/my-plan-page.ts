import { ChangeDetectionStrategy, Component, computed, inject, type OnInit } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MyChallengesStore } from '@beside/web/challenges/data-access';
import { SessionStore } from '@beside/web/core';
import { MyPlanStore, MyProposalsStore } from '@beside/web/portal/data-access';
import { Notice, PageHeader } from '@beside/web/ui';
import { ProposalReplies } from '../shared/proposal-replies';
import { AddGoalForm } from './add-goal-form';
import { CheckInChart } from './check-in-chart';
import { CheckInForm } from './check-in-form';
import { GoalCard } from './goal-card';
import { HaveYourSayCard } from './have-your-say-card';
import { SharedNoteItem } from './shared-note';
import { londonDay } from '@beside/shared/util';

/** Her plan, in her words: goals and steps, check-ins over time, and notes shared with her. */
@Component({
  selector: 'bs-my-plan-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [MyPlanStore, MyChallengesStore],
  imports: [RouterLink, PageHeader, Notice, GoalCard, AddGoalForm, CheckInForm, CheckInChart, SharedNoteItem, ProposalReplies, HaveYourSayCard],
  template: `
    <bs-page-header [heading]="greeting()" />
    <p>This is your plan. You can add goals and steps, tick steps when they are done, and tell us how you feel.</p>
    @if (store.problem(); as problem) {
      <bs-notice kind="warning">{{ problem }}</bs-notice>
    }
    @if (store.plan(); as plan) {
      <section class="bs-section" aria-labelledby="goals-heading">
        <h2 id="goals-heading">Your goals</h2>
        @if (plan.reviewDate) {
          <p class="bs-secondary-text">You and your advocate will look at your plan again on {{ day(plan.reviewDate) }}.</p>
        }
        @for (goal of plan.goals; track goal.id) {
          <bs-goal-card [goal]="goal" />
        } @empty {
          <p>You have no goals yet. You can add one below.</p>
        }
        <div class="bs-calm-panel">
          <h2 id="add-goal-heading">Add a goal</h2>
          <bs-add-goal-form />
        </div>
      </section>

      <section class="bs-section bs-calm-panel" aria-labelledby="check-in-heading">
        <h2 id="check-in-heading">How are you feeling?</h2>
        <bs-check-in-form />
        <h3>Your check-ins over time</h3>
        <bs-check-in-chart [checkIns]="store.checkIns.items().length ? store.checkIns.items() : plan.recentCheckIns" />
      </section>

      <section class="bs-section" aria-labelledby="notes-heading">
        <h2 id="notes-heading">Notes shared with you</h2>
        @for (note of plan.sharedNotes; track note.id) {
          <bs-shared-note [note]="note" />
        } @empty {
          <p>Your advocate has not shared any notes yet.</p>
        }
      </section>

      <section class="bs-section" aria-labelledby="changes-heading">
        <h2 id="changes-heading">Changes you asked for</h2>
        @if (planProposals().length) {
          <p>Your advocate reads every request and replies. Nothing you write is thrown away.</p>
          <bs-proposal-replies [proposals]="planProposals()" />
        } @else {
          <p>If something the service wrote is not right, press “Ask for a change” next to it.</p>
        }
      </section>

      @if (challenges.nextDate(); as c) {
        <section class="bs-section bs-calm-panel" aria-labelledby="challenges-card-heading">
          <h2 id="challenges-card-heading">Your challenges</h2>
          <p>Next date: {{ day(c.nextDeadline!.on) }}, {{ daysLeft(c.nextDeadline!.daysLeft) }} ({{ c.now?.name ?? c.typeName }}).</p>
          <a routerLink="/my/challenges">See your challenges</a>
        </section>
      }

      <bs-have-your-say-card />
    } @else if (!store.problem()) {
      <div class="bs-plan-loading">
        <p role="status">Loading your plan…</p>
      </div>
    }
    <p class="bs-secondary-text">If you need to leave quickly, use “Leave this site” at the top, or press Esc twice.</p>
  `,
  styles: `
    /* Holds the room her plan will take, so nothing below it jumps when it arrives. */
    .bs-plan-loading {
      min-height: 100vh;
    }
  `,
})
export class MyPlanPage implements OnInit {
  protected readonly store = inject(MyPlanStore);
  protected readonly proposals = inject(MyProposalsStore);
  /** Not those about her safety plan: they stay on its own page, away from the page she lands on. */
  protected readonly planProposals = computed(() => this.proposals.proposals().filter((p) => p.targetType !== 'safety_plan_section'));
  protected readonly challenges = inject(MyChallengesStore);
  private readonly session = inject(SessionStore);
  protected readonly greeting = computed(() => {
    const name = this.session.user()?.displayName;
    return name ? `Hello, ${name.split(' ')[0]}` : 'Hello';
  });

  ngOnInit(): void {
    void this.store.load();
    void this.proposals.load();
    // An extra on her plan: if her challenges cannot be read, the card just does not show.
    void this.challenges.loadChallenges();
  }

  protected daysLeft(n: number): string {
    if (n < 0) return 'a date that has passed';
    return n === 0 ? 'today' : n === 1 ? 'tomorrow' : `${n} days from today`;
  }

  protected day(value: string): string {
    return londonDay(value);
  }
}
