import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ConsultationQuestionResult } from '@beside/shared/contracts';
import { countWords } from './consultation-words';

/**
 * One question's counts: bars drawn with CSS (hidden from screen readers) beside a table of the same figures, which is
 * what a screen reader or keyboard uses. A "<5" or hidden count has no bar: its length would tell what it hides.
 */
@Component({
  selector: 'bs-result-bars',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="bs-result">
      <div class="bs-result__bars" aria-hidden="true">
        @for (row of rows(); track row.key) {
          <div class="bs-result__row">
            <span class="bs-result__label">{{ row.words }}</span>
            <span class="bs-result__track">
              @if (row.share !== null) {
                <span class="bs-result__bar" [style.width.%]="row.share"></span>
              }
              <span class="bs-result__value">{{ row.shown }}</span>
            </span>
          </div>
        }
      </div>
      <div class="bs-result__table" role="region" [attr.aria-labelledby]="id() + '-caption'" tabindex="0">
        <table>
          <caption [id]="id() + '-caption'">{{ caption() }}: the figures</caption>
          <thead>
            <tr>
              <th scope="col">Answer</th>
              <th scope="col">Women</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.key) {
              <tr>
                <th scope="row">{{ row.words }}</th>
                <td>{{ row.shown }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </div>
  `,
  styles: `
    .bs-result {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 1.5rem;
      align-items: start;
    }
    @media (max-width: 56rem) {
      .bs-result {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .bs-result__row {
      display: grid;
      grid-template-columns: minmax(6rem, 40%) 1fr;
      gap: 0.5rem;
      align-items: center;
      margin: 0 0 0.375rem;
    }
    .bs-result__label {
      overflow-wrap: break-word;
    }
    .bs-result__track {
      display: flex;
      align-items: center;
      gap: 0.375rem;
    }
    .bs-result__bar {
      display: block;
      height: 1.25rem;
      min-width: 2px;
      background: #1d4e89;
    }
    .bs-result__value {
      min-width: 0;
      font-variant-numeric: tabular-nums;
    }
    .bs-result__table {
      overflow-x: auto;
    }
    .bs-result__table:focus-visible {
      outline: 3px solid var(--bs-focus, #fd0);
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    caption {
      text-align: left;
      font-weight: 700;
      padding-bottom: 0.25rem;
    }
    th,
    td {
      text-align: left;
      padding: 0.375rem 0.5rem 0.375rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      overflow-wrap: break-word;
    }
    thead th {
      border-bottom-width: 2px;
      white-space: nowrap;
    }
    td {
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class ResultBars {
  readonly id = input.required<string>();
  readonly caption = input.required<string>();
  readonly result = input.required<ConsultationQuestionResult>();
  protected readonly rows = computed(() => {
    const counts = this.result().counts;
    const most = Math.max(1, ...counts.map((c) => (typeof c.count === 'number' ? c.count : 0)));
    return counts.map((c) => ({
      key: c.key,
      words: c.words,
      shown: countWords(c.count),
      // No bar for nothing; none either for a "<5" or hidden count.
      share: typeof c.count === 'number' && c.count > 0 ? (c.count / most) * 100 : null,
    }));
  });
}
