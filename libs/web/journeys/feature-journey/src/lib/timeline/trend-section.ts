import { ChangeDetectionStrategy, Component, effect, inject, input, untracked } from '@angular/core';
import { TimelineStore } from '@beside/web/journeys/data-access';
import { TrendChart } from '@beside/web/journeys/ui';

@Component({
  selector: 'bs-trend-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TrendChart],
  template: `
    <div class="bs-tab-body">
      <h2>Road to self-advocacy</h2>
      <p>
        The support level at each attended appointment: from advocate led (her advocate spoke for her), through accompanied and
        prepared, to independent (she arranged it and went alone).
      </p>
      @if (store.trendProblem()) {
        <p class="bs-inline-error" role="alert">{{ store.trendProblem() }}</p>
      }
      @if (store.trend(); as points) {
        @if (points.length) {
          <bs-trend-chart [points]="points" />
        } @else {
          <p>No attended appointments with an accompaniment yet. Mark an appointment attended to see it here.</p>
        }
      } @else {
        <p aria-live="polite">Loading…</p>
      }
    </div>
  `,
})
export class TrendSection {
  readonly journeyId = input.required<string>();
  protected readonly store = inject(TimelineStore);

  constructor() {
    effect(() => {
      const id = this.journeyId();
      untracked(() => void this.store.loadTrend(id));
    });
  }
}
