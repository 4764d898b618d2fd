import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { CONCERN_WORDS, howLate } from '@beside/web/safeguarding/ui';
import { SessionStore } from '@beside/web/core';
import { ErrorSummary, LondonPipe, PageHeader, StatusTag } from '@beside/web/ui';
import { caseloadChart, concernAgeChart, goalsChart, raiseConcernsChart, selfAdvocacyChart, supportLevelChart } from './chart-data';
import { ChartWithTable } from './chart-with-table';
import { SafetyOverviewSection } from './safety-overview-section';
import { DashboardStore } from '@beside/web/safeguarding/data-access';
import { DataProtectionDashboardSection } from '@beside/web/data-protection/feature-data-protection';

/** How the service is doing at a glance: what is unsafe, what is late, and the road to self-advocacy. */
@Component({
  selector: 'bs-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ErrorSummary, RouterLink, MatButtonModule, PageHeader, StatusTag, ChartWithTable, LondonPipe, SafetyOverviewSection, DataProtectionDashboardSection],
  providers: [DashboardStore],
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
})
export class DashboardPage {
  protected readonly dashboard = inject(DashboardStore);
  protected readonly session = inject(SessionStore);
  protected readonly late = howLate;
  protected readonly words = CONCERN_WORDS;

  /** A challenge deadline in words (never colour alone): "due today", "in 3 days", "missed 2 days ago". */
  protected deadlineWords(daysLeft: number): string {
    if (daysLeft < 0) return `Deadline missed ${daysLeft === -1 ? 'yesterday' : `${-daysLeft} days ago`}`;
    if (daysLeft === 0) return 'Due today';
    return `Due in ${daysLeft === 1 ? '1 day' : `${daysLeft} days`}`;
  }

  protected readonly openConcerns = computed(() => (this.dashboard.value()?.openConcernsBySeverity ?? []).reduce((sum, r) => sum + r.total, 0));
  protected readonly urgentConcerns = computed(() =>
    (this.dashboard.value()?.openConcernsBySeverity ?? []).filter((r) => r.severity === 'high' || r.severity === 'immediate').reduce((sum, r) => sum + r.total, 0),
  );
  protected readonly attendance = computed(() => {
    const a = this.dashboard.value()?.attendance;
    if (!a || a.rate === null) return null;
    return `${Math.round(a.rate * 100)}%`;
  });
  protected readonly charts = computed(() => {
    const d = this.dashboard.value();
    if (!d) return null;
    return {
      concerns: concernAgeChart(d.openConcernsBySeverity),
      caseloads: caseloadChart(d.caseloads),
      support: supportLevelChart(d.accompanimentsBySupportLevel),
      selfAdvocacy: selfAdvocacyChart(d.selfAdvocacyTrend),
      raiseConcerns: raiseConcernsChart(d.advocateFeedbackTrend),
      goals: goalsChart(d.goalsAchieved.byMonth),
    };
  });

  constructor() {
    this.refresh();
  }

  protected refresh(): void {
    void this.dashboard.refresh();
  }
}
