import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { chartTable, type ChartData } from './chart-data';

// Only what the dashboard draws: this file is the one place Chart.js is imported, in the lazy dashboard route.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

/** A chart with its figures in a table beside it (not hidden): the table is what screen readers and keyboards use. */
@Component({
  selector: 'bs-chart-with-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="bs-chart" [attr.aria-labelledby]="id() + '-title'">
      <figcaption class="bs-chart__title" [id]="id() + '-title'">
        <h3>{{ heading() }}</h3>
        @if (description()) {
          <p class="bs-secondary-text">{{ description() }}</p>
        }
      </figcaption>
      <div class="bs-chart__body">
        <div class="bs-chart__canvas" aria-hidden="true">
          <canvas #canvas></canvas>
        </div>
        <div class="bs-chart__table" role="region" [attr.aria-labelledby]="id() + '-caption'" tabindex="0">
          <table>
            <caption [id]="id() + '-caption'">{{ heading() }}: the figures</caption>
            <thead>
              <tr>
                @for (h of table().headings; track $index) {
                  <th scope="col">{{ breakable(h) }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (row of table().rows; track row.label) {
                <tr>
                  <th scope="row">{{ row.label }}</th>
                  @for (cell of row.cells; track $index) {
                    <td>{{ cell }}</td>
                  }
                </tr>
              } @empty {
                <tr><td [attr.colspan]="table().headings.length">No figures yet.</td></tr>
              }
            </tbody>
          </table>
        </div>
      </div>
    </figure>
  `,
  styles: `
    .bs-chart {
      margin: 0 0 2.5rem;
    }
    .bs-chart__title h3 {
      margin: 0 0 0.25rem;
    }
    .bs-chart__title p {
      margin: 0 0 1rem;
    }
    .bs-chart__body {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 1.5rem;
      align-items: start;
    }
    @media (max-width: 56rem) {
      .bs-chart__body {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .bs-chart__canvas {
      position: relative;
      height: 16rem;
    }
    @media (max-width: 30rem) {
      .bs-chart__canvas {
        height: 18rem;
      }
    }
    .bs-chart__table {
      overflow-x: auto;
    }
    .bs-chart__table:focus-visible {
      outline: 3px solid var(--bs-focus, #fd0);
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font-size: 0.9375rem;
    }
    caption {
      text-align: left;
      font-weight: 700;
      padding-bottom: 0.25rem;
      /* When the figures are wider than a phone they scroll sideways; their title stays in view, wrapped. */
      position: sticky;
      left: 0;
      max-width: calc(100vw - 2rem);
    }
    th,
    td {
      text-align: left;
      padding: 0.375rem 0.5rem 0.375rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    td {
      font-variant-numeric: tabular-nums;
    }
    thead th {
      border-bottom-width: 2px;
    }
    tbody th {
      font-weight: 600;
      white-space: nowrap;
    }
    /* On a phone every column fits (the last one was cut off): smaller type, headings that wrap, tighter cells. */
    @media (max-width: 30rem) {
      table {
        font-size: 0.8125rem;
      }
      th,
      td {
        padding-right: 0.25rem;
      }
      thead th {
        white-space: normal;
        hyphens: manual;
        vertical-align: bottom;
      }
      td {
        text-align: right;
      }
      caption {
        font-size: 0.9375rem;
      }
    }
  `,
})
export class ChartWithTable {
  readonly id = input.required<string>();
  readonly heading = input.required<string>();
  readonly description = input<string>();
  readonly data = input.required<ChartData>();
  protected readonly table = computed(() => chartTable(this.data()));
  protected readonly breakable = breakable;
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart | null = null;

  /** A phone-sized window: the chart is drawn again when the window crosses it. */
  private readonly narrow = signal(false);

  constructor() {
    const phone = typeof matchMedia === 'function' ? matchMedia(`(max-width: ${NARROW_CHART_PX}px)`) : null;
    this.narrow.set(!!phone?.matches);
    const onChange = (e: MediaQueryListEvent) => this.narrow.set(e.matches);
    phone?.addEventListener('change', onChange);
    inject(DestroyRef).onDestroy(() => phone?.removeEventListener('change', onChange));
    afterRenderEffect(() => {
      const canvas = this.canvas().nativeElement;
      const narrow = this.narrow();
      const config = toChartConfig(this.data(), narrow);
      this.chart?.destroy();
      this.chart = new Chart(canvas, config);
      // What the labels were drawn at, for the browser test (the canvas has no text to measure).
      canvas.dataset['labelSize'] = String(labelSize(narrow));
    });
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
  }
}

// Where the long words of the tables' headings may break on a phone, with a hyphen (soft hyphens: unseen when they fit).
const SYLLABLES: Record<string, string> = {
  Accompanied: 'Accom\u00ADpanied',
  Independent: 'Inde\u00ADpendent',
  Advocate: 'Advo\u00ADcate',
  Prepared: 'Pre\u00ADpared',
  Accompaniments: 'Accom\u00ADpaniments',
};

function breakable(heading: string): string {
  return heading.replace(/[A-Za-z]+/g, (word) => SYLLABLES[word] ?? word);
}

/** Below this width (a phone) the chart keeps its labels readable: larger type, fewer and flat month labels. */
const NARROW_CHART_PX = 480;

function labelSize(narrow: boolean): number {
  return narrow ? 14 : 13;
}

function toChartConfig(data: ChartData, narrow: boolean): ChartConfiguration {
  const stacked = data.kind === 'stacked-bar';
  const percent = data.unit === 'percent';
  const font = { size: labelSize(narrow) };
  return {
    type: data.kind === 'line' ? 'line' : 'bar',
    data: {
      labels: data.categories,
      datasets: data.series.map((s) => ({
        label: s.label,
        data: s.values,
        backgroundColor: s.colour,
        borderColor: s.colour,
        borderWidth: data.kind === 'line' ? 3 : 0,
        spanGaps: true,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: data.series.length > 1, position: 'bottom', labels: { font, boxWidth: 14 } } },
      scales: {
        x: { stacked, ticks: { font, autoSkip: true, maxRotation: narrow ? 0 : 50, ...(narrow ? { maxTicksLimit: 4 } : {}) } },
        y: {
          stacked,
          beginAtZero: true,
          ...(percent
            ? { max: 100, ticks: { font, callback: (v: string | number) => `${v}%` } }
            : { ticks: { font, precision: 0, ...(narrow ? { maxTicksLimit: 6 } : {}) } }),
        },
      },
    },
  };
}
