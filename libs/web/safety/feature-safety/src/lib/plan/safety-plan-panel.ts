import { afterNextRender, ChangeDetectionStrategy, Component, computed, DOCUMENT, effect, ElementRef, inject, Injector, input, signal, untracked, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { SAFETY_PLAN_SECTIONS } from '@beside/shared/contracts';
import { SessionStore } from '@beside/web/core';
import { JourneySafetyPlanStore } from '@beside/web/safety/data-access';
import { LondonPipe, Notice } from '@beside/web/ui';
import { PlanReviewForm } from './plan-review-form';
import { PlanSectionCard } from './plan-section-card';
import { saveFile } from './save-file';

/** Her safety plan, written with her section by section: the review date, the sections in order, and a neutral PDF she can keep. */
@Component({
  selector: 'bs-safety-plan-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, LondonPipe, Notice, PlanReviewForm, PlanSectionCard],
  providers: [JourneySafetyPlanStore],
  templateUrl: './safety-plan-panel.html',
  styles: `
    .bs-plan-review {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      margin: 0.5rem 0;
    }
    .bs-plan-review p {
      margin: 0;
    }
    .bs-review-due {
      color: var(--bs-error);
    }
  `,
})
export class SafetyPlanPanel {
  readonly journeyId = input.required<string>();
  protected readonly store = inject(JourneySafetyPlanStore);
  protected readonly session = inject(SessionStore);
  protected readonly settingReview = signal(false);
  protected readonly downloading = signal(false);
  protected readonly downloadProblem = signal<string | null>(null);
  /** Every section in the plan's own order, whatever order they arrive in. */
  protected readonly sections = computed(() =>
    [...(this.store.plan()?.sections ?? [])].sort((a, b) => SAFETY_PLAN_SECTIONS.indexOf(a.key) - SAFETY_PLAN_SECTIONS.indexOf(b.key)),
  );
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly reviewButton = viewChild('reviewButton', { read: ElementRef<HTMLElement> });

  constructor() {
    effect(() => {
      const id = this.journeyId();
      untracked(() => void this.store.load(id));
    });
  }

  protected closeReview(): void {
    this.settingReview.set(false);
    afterNextRender(() => this.reviewButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected async download(): Promise<void> {
    if (this.downloading()) return;
    this.downloading.set(true);
    const file = await this.store.downloadPdf();
    this.downloading.set(false);
    this.downloadProblem.set(file.ok ? null : file.problem.messages.join(' '));
    if (file.ok) saveFile(this.document, file.value.blob, file.value.filename);
  }
}
