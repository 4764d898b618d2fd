import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { MyCheckIn } from '@beside/shared/contracts';
import { chartPoints } from './chart-points';
import { londonDay, londonShortDateTime, londonShortDay, sameLondonDay } from '@beside/shared/util';

const W = 320;
const H = 160;
const PAD = 24;

/** Her check-ins over time: a simple line she can see, and the same in a table for everyone. */
@Component({
  selector: 'bs-check-in-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (checkIns().length) {
      <figure class="bs-chart">
        <svg [attr.viewBox]="'0 0 ' + w + ' ' + h" role="img" aria-labelledby="check-in-chart-caption" focusable="false">
          @for (g of grid; track g) {
            <line [attr.x1]="pad" [attr.x2]="w - pad" [attr.y1]="yFor(g)" [attr.y2]="yFor(g)" class="bs-chart__grid" />
            <text [attr.x]="pad - 6" [attr.y]="yFor(g) + 4" text-anchor="end" class="bs-chart__label">{{ g }}</text>
          }
          <polyline [attr.points]="line()" class="bs-chart__line" />
          @for (p of points(); track p.checkIn.id) {
            <circle [attr.cx]="p.x" [attr.cy]="p.y" r="5" class="bs-chart__dot" />
          }
          @if (points().length) {
            <text [attr.x]="points()[0].x" [attr.y]="h - 4" text-anchor="start" class="bs-chart__label">{{ short(points()[0].checkIn.recordedAt) }}</text>
            @if (points().length > 1 && !oneDay()) {
              <text [attr.x]="points()[points().length - 1].x" [attr.y]="h - 4" text-anchor="end" class="bs-chart__label">
                {{ short(points()[points().length - 1].checkIn.recordedAt) }}
              </text>
            }
          }
        </svg>
        <figcaption id="check-in-chart-caption">{{ summary() }}</figcaption>
      </figure>
      <details class="bs-chart__table">
        <summary>See your check-ins as a list</summary>
        <table>
          <caption class="bs-visually-hidden">Your check-ins, newest first</caption>
          <thead>
            <tr><th scope="col">When</th><th scope="col">Score</th><th scope="col">Your words</th></tr>
          </thead>
          <tbody>
            @for (c of checkIns(); track c.id) {
              <tr>
                <td>{{ when(c.recordedAt) }}</td>
                <td>{{ c.confidence }} out of 10</td>
                <td>{{ c.words ?? '' }}</td>
              </tr>
            }
          </tbody>
        </table>
      </details>
    } @else {
      <p>You have not done a check-in yet. Your first one will show here.</p>
    }
  `,
  styles: `
    .bs-chart {
      margin: 0 0 0.75rem;
    }
    svg {
      width: 100%;
      max-width: 32rem;
      height: auto;
      display: block;
    }
    .bs-chart__grid {
      stroke: #ded6ee;
      stroke-width: 1;
    }
    .bs-chart__label {
      font-size: 12px;
      fill: #4a4458;
    }
    .bs-chart__line {
      fill: none;
      stroke: #4a3a6b;
      stroke-width: 3;
      stroke-linejoin: round;
    }
    .bs-chart__dot {
      fill: #4a3a6b;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      margin-top: 0.5rem;
    }
    th,
    td {
      text-align: left;
      padding: 0.375rem 0.5rem 0.375rem 0;
      border-bottom: 1px solid #ded6ee;
      vertical-align: top;
    }
    td {
      overflow-wrap: anywhere;
    }
    td:nth-child(2) {
      white-space: nowrap;
    }
    summary {
      cursor: pointer;
      font-weight: 600;
      min-height: 1.5rem;
    }
  `,
})
export class CheckInChart {
  /** Newest first. */
  readonly checkIns = input.required<MyCheckIn[]>();
  protected readonly w = W;
  protected readonly h = H;
  protected readonly pad = PAD;
  protected readonly grid = [0, 5, 10];
  protected readonly points = computed(() => chartPoints(this.checkIns().slice(0, 20), W, H - 8, PAD));
  protected readonly line = computed(() => this.points().map((p) => `${p.x},${p.y}`).join(' '));
  /** All the drawn check-ins are from one day: one date under the line, said once in words. */
  protected readonly oneDay = computed(() => {
    const p = this.points();
    return p.length > 1 && sameLondonDay(p[0].checkIn.recordedAt, p[p.length - 1].checkIn.recordedAt);
  });
  protected readonly summary = computed(() => {
    const list = this.checkIns();
    if (!list.length) return '';
    const latest = list[0];
    const first = list[Math.min(list.length, 20) - 1];
    const count = Math.min(list.length, 20);
    if (count === 1) return `One check-in: ${latest.confidence} out of 10 on ${londonDay(latest.recordedAt)}.`;
    if (this.oneDay()) return `Your last ${count} check-ins, all on ${londonDay(latest.recordedAt)}. From ${first.confidence} out of 10 to ${latest.confidence} out of 10.`;
    return `Your last ${count} check-ins. From ${first.confidence} out of 10 on ${londonDay(first.recordedAt)} to ${latest.confidence} out of 10 on ${londonDay(latest.recordedAt)}.`;
  });

  protected yFor(value: number): number {
    return Math.round(PAD + ((10 - value) / 10) * (H - 8 - 2 * PAD));
  }

  protected when(value: string): string {
    return londonShortDateTime(value);
  }

  protected short(value: string): string {
    return londonShortDay(value);
  }
}
