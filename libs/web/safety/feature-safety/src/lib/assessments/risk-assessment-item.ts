import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { RiskAssessmentView } from '@beside/shared/contracts';
import { londonToday } from '@beside/shared/util';
import { SessionStore } from '@beside/web/core';
import { JourneyRiskAssessmentsStore } from '@beside/web/safety/data-access';
import { LondonPipe, Notice, StatusTag } from '@beside/web/ui';
import { HideAssessmentForm } from './hide-assessment-form';
import { ReviewHiddenForm } from './review-hidden-form';
import { RISK_LEVEL_TAGS } from './risk-words';

/** One risk assessment in the list: what it found, whether she sees it, her answers on demand, and a manager's decisions. */
@Component({
  selector: 'bs-risk-assessment-item',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, LondonPipe, Notice, StatusTag, HideAssessmentForm, ReviewHiddenForm],
  templateUrl: './risk-assessment-item.html',
  styleUrl: './risk-assessment-item.scss',
})
export class RiskAssessmentItem {
  readonly assessment = input.required<RiskAssessmentView>();
  protected readonly store = inject(JourneyRiskAssessmentsStore);
  protected readonly session = inject(SessionStore);
  protected readonly levelTags = RISK_LEVEL_TAGS;
  protected readonly open = signal(false);
  protected readonly loading = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly deciding = signal<'hide' | 'review' | null>(null);
  protected readonly decided = signal<string | null>(null);
  protected readonly reviewDue = computed(() => {
    const hidden = this.assessment().hiddenFromHer;
    return !!hidden && hidden.reviewOn <= londonToday();
  });

  /** Her answers, read afresh when opened (and recorded as read). */
  protected async toggle(): Promise<void> {
    if (this.open()) {
      this.open.set(false);
      return;
    }
    this.loading.set(true);
    const result = await this.store.read(this.assessment().id);
    this.loading.set(false);
    this.problem.set(result.ok ? null : result.problem.messages.join(' '));
    this.open.set(result.ok);
  }

  protected decide(what: 'hide' | 'review'): void {
    this.decided.set(null);
    this.deciding.set(what);
  }

  protected onDecided(assessment: RiskAssessmentView): void {
    this.deciding.set(null);
    this.decided.set(assessment.hiddenFromHer ? 'It is kept from her portal. The decision is recorded.' : 'It now shows in her portal. The decision is recorded.');
  }
}
