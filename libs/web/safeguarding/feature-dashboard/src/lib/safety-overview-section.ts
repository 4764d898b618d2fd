import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { MultiAgencyReferralStatus } from '@beside/shared/contracts';
import { SessionStore } from '@beside/web/core';
import { SafetyOverviewStore } from '@beside/web/safety/data-access';
import { LondonPipe, Notice } from '@beside/web/ui';

/** "1 woman", "3 women": counts in words. */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Where a referral waits, in words (never colour alone). */
export function waitingFor(status: MultiAgencyReferralStatus): string {
  return status === 'sent' ? 'Awaiting acknowledgement' : 'Acknowledged, awaiting the outcome';
}

/**
 * The managers' safety picture on the dashboard (GET /api/safety/overview, read apart from the other figures): women at
 * high risk, referrals waiting on an agency, actions and meetings coming, and the decisions that wait for a manager.
 */
@Component({
  selector: 'bs-safety-overview-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, LondonPipe, Notice],
  providers: [SafetyOverviewStore],
  templateUrl: './safety-overview-section.html',
  styleUrl: './safety-overview-section.scss',
})
export class SafetyOverviewSection {
  protected readonly store = inject(SafetyOverviewStore);
  protected readonly session = inject(SessionStore);
  protected readonly count = count;
  protected readonly waitingFor = waitingFor;
  protected readonly safetyTab = { tab: 'safety' };
  protected readonly actionsInWords = computed(() => {
    const all = this.store.overview()?.actionsDue ?? [];
    const overdue = all.filter((a) => a.overdue).length;
    if (!all.length) return 'No action for Beside is due in the next 7 days or overdue.';
    return `${count(overdue, 'action', 'actions')} overdue, ${count(all.length - overdue, 'action', 'actions')} due in the next 7 days.`;
  });

  constructor() {
    void this.store.load();
  }

  protected reload(): void {
    void this.store.load();
  }
}
