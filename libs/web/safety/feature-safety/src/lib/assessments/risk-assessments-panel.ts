import { afterNextRender, ChangeDetectionStrategy, Component, effect, ElementRef, inject, Injector, input, signal, untracked, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { RiskAssessmentView } from '@beside/shared/contracts';
import { SessionStore } from '@beside/web/core';
import { JourneyRiskAssessmentsStore, RISK_LEVEL_WORDS } from '@beside/web/safety/data-access';
import { Notice } from '@beside/web/ui';
import { RiskAssessmentForm } from './risk-assessment-form';
import { RiskAssessmentItem } from './risk-assessment-item';
import { RiskScoreChart } from './risk-score-chart';

/** Risk assessments done with her on this journey: her scores over time, each assessment, and doing a new one with her. */
@Component({
  selector: 'bs-risk-assessments-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, Notice, RiskAssessmentForm, RiskAssessmentItem, RiskScoreChart],
  providers: [JourneyRiskAssessmentsStore],
  templateUrl: './risk-assessments-panel.html',
  styles: `
    .bs-marac-prompt h3 {
      margin: 0 0 0.5rem;
    }
    .bs-marac-prompt p {
      margin: 0 0 0.5rem;
    }
    .bs-marac-prompt:focus-visible {
      outline: 3px solid var(--bs-focus, #fd0);
    }
  `,
})
export class RiskAssessmentsPanel {
  readonly journeyId = input.required<string>();
  protected readonly store = inject(JourneyRiskAssessmentsStore);
  protected readonly session = inject(SessionStore);
  protected readonly levels = RISK_LEVEL_WORDS;
  protected readonly assessing = signal(false);
  /** The assessment just saved: its score, and the MARAC prompt when it reached the threshold. */
  protected readonly savedNow = signal<RiskAssessmentView | null>(null);
  private readonly injector = inject(Injector);
  private readonly formHeading = viewChild('formHeading', { read: ElementRef<HTMLElement> });
  private readonly outcome = viewChild('outcome', { read: ElementRef<HTMLElement> });
  private readonly startButton = viewChild('startButton', { read: ElementRef<HTMLElement> });

  constructor() {
    effect(() => {
      const id = this.journeyId();
      untracked(() => void this.store.load(id));
    });
  }

  protected start(): void {
    this.savedNow.set(null);
    this.assessing.set(true);
    this.focusAfterRender(() => this.formHeading());
  }

  protected cancel(): void {
    this.assessing.set(false);
    this.focusAfterRender(() => this.startButton());
  }

  protected onSaved(assessment: RiskAssessmentView): void {
    this.assessing.set(false);
    this.savedNow.set(assessment);
    this.focusAfterRender(() => this.outcome());
  }

  private focusAfterRender(target: () => ElementRef<HTMLElement> | undefined): void {
    afterNextRender(
      () => {
        const el = target()?.nativeElement;
        el?.focus();
        el?.scrollIntoView?.({ block: 'start' });
      },
      { injector: this.injector },
    );
  }
}
