import { afterNextRender, ChangeDetectionStrategy, Component, computed, DestroyRef, ElementRef, inject, input, signal, viewChild } from '@angular/core';
import { SUPPORT_LEVELS, type TrendPoint } from '@beside/shared/contracts';
import { formatLondonDate } from '@beside/shared/util';
import { LondonPipe } from '@beside/web/ui';
import { PROFESSIONAL_ROLE_LABELS, SUPPORT_LEVEL_SHORT } from './labels';

const WIDTH = 560;
const MIN_WIDTH = 260;
const HEIGHT = 240;
const LEFT = 110;
const RIGHT = 16;
const TOP = 16;
const BOTTOM = 40;

/** The road to self-advocacy: the support level of each attended appointment, in order; the table beside it holds the same data. */
@Component({
  selector: 'bs-trend-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LondonPipe],
  template: `
    <div class="bs-trend">
      <figure class="bs-trend__figure" #figure>
        <svg [attr.viewBox]="'0 0 ' + width() + ' ' + height" [attr.width]="width()" [attr.height]="height" role="img" aria-labelledby="trend-title trend-desc" class="bs-trend__svg">
          <title id="trend-title">Support level at each attended appointment</title>
          <desc id="trend-desc">{{ summary() }}</desc>
          @for (level of levels; track level; let i = $index) {
            <line [attr.x1]="left" [attr.x2]="width() - right" [attr.y1]="y(i)" [attr.y2]="y(i)" class="bs-trend__grid" />
            <text [attr.x]="left - 8" [attr.y]="y(i) + 5" text-anchor="end" class="bs-trend__label">{{ short[level] }}</text>
          }
          @if (path()) {
            <polyline [attr.points]="path()" class="bs-trend__line" />
          }
          @for (p of plotted(); track p.key) {
            <circle [attr.cx]="p.x" [attr.cy]="p.y" r="6" class="bs-trend__dot" />
          }
          <text [attr.x]="left" [attr.y]="height - 10" class="bs-trend__label">Earliest</text>
          <text [attr.x]="width() - right" [attr.y]="height - 10" text-anchor="end" class="bs-trend__label">Latest</text>
        </svg>
        <figcaption class="bs-secondary-text">Higher is more independent.</figcaption>
      </figure>
      <table class="bs-trend__table">
        <caption>Support level by appointment</caption>
        <thead>
          <tr><th scope="col">Date</th><th scope="col">Appointment</th><th scope="col">Support level</th></tr>
        </thead>
        <tbody>
          @for (p of points(); track p.appointmentId) {
            <tr>
              <td>{{ p.startsAt | london: 'shortDate' }}</td>
              <td>{{ roles[p.professionalRole] }}</td>
              <td>{{ short[p.supportLevel] }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .bs-trend {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      gap: 1.5rem;
      align-items: start;
    }
    @media (max-width: 48rem) {
      .bs-trend {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .bs-trend__figure {
      margin: 0;
    }
    .bs-trend__svg {
      display: block;
      max-width: 100%;
    }
    .bs-trend__grid {
      stroke: #c9c4d0;
      stroke-width: 1;
    }
    .bs-trend__label {
      font-size: 14px;
      fill: #3b3645;
    }
    .bs-trend__line {
      fill: none;
      stroke: #553a82;
      stroke-width: 3;
    }
    .bs-trend__dot {
      fill: #553a82;
      stroke: #fff;
      stroke-width: 2;
    }
    .bs-trend__table {
      border-collapse: collapse;
      width: 100%;
    }
    .bs-trend__table caption {
      text-align: left;
      font-weight: 700;
      margin-bottom: 0.5rem;
    }
    .bs-trend__table th,
    .bs-trend__table td {
      text-align: left;
      padding: 0.375rem 0.75rem 0.375rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      /* Only a word too long for any line breaks, rather than push a column off the screen. */
      overflow-wrap: break-word;
    }
    @media (max-width: 30rem) {
      .bs-trend__table th,
      .bs-trend__table td {
        padding-right: 0.5rem;
      }
    }
  `,
})
export class TrendChart {
  readonly points = input.required<TrendPoint[]>();
  /** Drawn at the figure's own width, one unit to a pixel, so the labels keep their size on a phone. */
  protected readonly width = signal(WIDTH);
  protected readonly height = HEIGHT;
  protected readonly left = LEFT;
  protected readonly right = RIGHT;
  protected readonly levels = SUPPORT_LEVELS;
  protected readonly short = SUPPORT_LEVEL_SHORT;
  protected readonly roles = PROFESSIONAL_ROLE_LABELS;

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

  protected y(levelIndex: number): number {
    const step = (HEIGHT - TOP - BOTTOM) / (SUPPORT_LEVELS.length - 1);
    return HEIGHT - BOTTOM - levelIndex * step;
  }

  protected readonly plotted = computed(() => {
    const points = this.points();
    const span = this.width() - LEFT - RIGHT - 20;
    return points.map((p, i) => ({
      key: p.appointmentId,
      x: LEFT + 10 + (points.length === 1 ? span / 2 : (i * span) / (points.length - 1)),
      y: this.y(SUPPORT_LEVELS.indexOf(p.supportLevel)),
    }));
  });

  protected readonly path = computed(() => {
    const plotted = this.plotted();
    return plotted.length > 1 ? plotted.map((p) => `${p.x},${p.y}`).join(' ') : '';
  });

  protected readonly summary = computed(() => {
    const points = this.points();
    if (!points.length) return 'No attended appointments yet.';
    const first = points[0];
    const last = points[points.length - 1];
    return `${points.length} attended appointments, from ${SUPPORT_LEVEL_SHORT[first.supportLevel]} on ${formatLondonDate(first.startsAt)} to ${SUPPORT_LEVEL_SHORT[last.supportLevel]} on ${formatLondonDate(last.startsAt)}.`;
  });
}
