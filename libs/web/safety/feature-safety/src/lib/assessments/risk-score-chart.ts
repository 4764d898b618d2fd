import { afterNextRender, ChangeDetectionStrategy, Component, computed, DestroyRef, ElementRef, inject, input, signal, viewChild } from '@angular/core';
import type { RiskAssessmentView } from '@beside/shared/contracts';
import { formatLondonShortDate } from '@beside/shared/util';
import { RISK_LEVEL_WORDS } from '@beside/web/safety/data-access';
import { LondonPipe } from '@beside/web/ui';

const WIDTH = 560;
const MIN_WIDTH = 260;
const HEIGHT = 220;
const LEFT = 40;
const RIGHT = 12;
const TOP = 12;
const BOTTOM = 32;

/** Her scores over time, oldest first, as bars with the latest checklist's MARAC threshold drawn across; the table beside it holds the same figures. */
@Component({
  selector: 'bs-risk-score-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LondonPipe],
  template: `
    <div class="bs-scores">
      <figure class="bs-scores__figure" #figure>
        <svg [attr.viewBox]="'0 0 ' + width() + ' ' + height" [attr.width]="width()" [attr.height]="height" role="img" aria-labelledby="risk-scores-title risk-scores-desc">
          <title id="risk-scores-title">Risk scores over time</title>
          <desc id="risk-scores-desc">{{ summary() }}</desc>
          @for (tick of ticks(); track tick) {
            <line [attr.x1]="left" [attr.x2]="width() - right" [attr.y1]="y(tick)" [attr.y2]="y(tick)" class="bs-scores__grid" />
            <text [attr.x]="left - 6" [attr.y]="y(tick) + 5" text-anchor="end" class="bs-scores__label">{{ tick }}</text>
          }
          @for (bar of bars(); track bar.key) {
            <rect [attr.x]="bar.x" [attr.y]="bar.y" [attr.width]="bar.width" [attr.height]="bar.height" [class]="'bs-scores__bar bs-scores__bar--' + bar.level" />
            @if (bar.label) {
              <text [attr.x]="bar.x + bar.width / 2" [attr.y]="height - 10" text-anchor="middle" class="bs-scores__label">{{ bar.label }}</text>
            }
          }
          @if (marac(); as m) {
            <line [attr.x1]="left" [attr.x2]="width() - right" [attr.y1]="y(m)" [attr.y2]="y(m)" class="bs-scores__threshold" />
            <text [attr.x]="width() - right" [attr.y]="y(m) - 6" text-anchor="end" class="bs-scores__label bs-scores__label--strong">MARAC {{ m }}</text>
          }
        </svg>
        <figcaption class="bs-secondary-text">Higher is more risk. The dashed line is the score at which a MARAC referral is recommended.</figcaption>
      </figure>
      <div class="bs-table-scroll" role="region" aria-labelledby="risk-scores-caption" tabindex="0">
        <table class="bs-scores__table">
          <caption id="risk-scores-caption">Risk scores by date</caption>
          <thead>
            <tr><th scope="col">Date</th><th scope="col">Score</th><th scope="col">Level</th></tr>
          </thead>
          <tbody>
            @for (a of assessments(); track a.id) {
              <tr>
                <th scope="row">{{ a.assessedOn | london: 'shortDate' }}</th>
                <td>{{ a.score }}</td>
                <td>{{ levels[a.level] }}{{ a.maracRecommended ? ', MARAC referral recommended' : '' }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </div>
  `,
  styles: `
    .bs-scores {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      gap: 1.5rem;
      align-items: start;
      margin: 0 0 1.5rem;
    }
    @media (max-width: 48rem) {
      .bs-scores {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .bs-scores__figure {
      margin: 0;
    }
    svg {
      display: block;
      max-width: 100%;
    }
    .bs-scores__grid {
      stroke: #d6d2dc;
      stroke-width: 1;
    }
    .bs-scores__threshold {
      stroke: #8c1d18;
      stroke-width: 2;
      stroke-dasharray: 6 4;
    }
    .bs-scores__label {
      font-size: 13px;
      fill: #3b3645;
    }
    .bs-scores__label--strong {
      font-weight: 700;
      fill: #8c1d18;
    }
    .bs-scores__bar--standard {
      fill: #6b6675;
    }
    .bs-scores__bar--medium {
      fill: #b36b00;
    }
    .bs-scores__bar--high {
      fill: #8c1d18;
    }
    .bs-scores__table {
      border-collapse: collapse;
      width: 100%;
    }
    .bs-scores__table caption {
      text-align: left;
      font-weight: 700;
      margin-bottom: 0.5rem;
    }
    .bs-scores__table th,
    .bs-scores__table td {
      text-align: left;
      padding: 0.375rem 0.75rem 0.375rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .bs-scores__table tbody th {
      font-weight: 600;
      white-space: nowrap;
    }
  `,
})
export class RiskScoreChart {
  /** Oldest first. */
  readonly assessments = input.required<RiskAssessmentView[]>();
  protected readonly width = signal(WIDTH);
  protected readonly height = HEIGHT;
  protected readonly left = LEFT;
  protected readonly right = RIGHT;
  protected readonly levels = RISK_LEVEL_WORDS;
  private readonly figure = viewChild.required<ElementRef<HTMLElement>>('figure');

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const figure = this.figure().nativeElement;
      const fit = () => this.width.set(Math.max(MIN_WIDTH, Math.min(WIDTH, Math.floor(figure.clientWidth))));
      fit();
      if (typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(fit);
      observer.observe(figure);
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }

  /** The latest assessment's MARAC threshold. */
  protected readonly marac = computed(() => this.assessments()[this.assessments().length - 1]?.thresholds.marac ?? null);
  private readonly top = computed(() => {
    const highest = Math.max(0, this.marac() ?? 0, ...this.assessments().map((a) => a.score));
    return Math.max(5, Math.ceil((highest + 2) / 5) * 5);
  });
  protected readonly ticks = computed(() => {
    const top = this.top();
    const step = top <= 20 ? 5 : 10;
    return Array.from({ length: Math.floor(top / step) + 1 }, (_, i) => i * step);
  });

  protected y(score: number): number {
    return HEIGHT - BOTTOM - (score / this.top()) * (HEIGHT - TOP - BOTTOM);
  }

  protected readonly bars = computed(() => {
    const list = this.assessments();
    const span = this.width() - LEFT - RIGHT;
    const slot = span / Math.max(list.length, 1);
    const width = Math.min(48, slot * 0.6);
    // Dates under the bars only while they fit: the table always has them.
    const every = Math.max(1, Math.ceil((list.length * 72) / span));
    return list.map((a, i) => ({
      key: a.id,
      level: a.level,
      x: LEFT + i * slot + (slot - width) / 2,
      y: this.y(a.score),
      width,
      height: Math.max(1, HEIGHT - BOTTOM - this.y(a.score)),
      label: i % every === 0 || i === list.length - 1 ? formatLondonShortDate(a.assessedOn).replace(/ \d{4}$/, '') : '',
    }));
  });

  protected readonly summary = computed(() => {
    const list = this.assessments();
    if (!list.length) return 'No assessments yet.';
    const last = list[list.length - 1];
    const lastWords = `${last.score} (${RISK_LEVEL_WORDS[last.level]}) on ${formatLondonShortDate(last.assessedOn)}`;
    if (list.length === 1) return `One assessment: score ${lastWords}.`;
    return `${list.length} assessments, from score ${list[0].score} on ${formatLondonShortDate(list[0].assessedOn)} to ${lastWords}.`;
  });
}
