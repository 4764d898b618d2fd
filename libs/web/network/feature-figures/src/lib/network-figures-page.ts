import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { SMALL_NUMBER_THRESHOLD } from '@beside/shared/contracts';
import { isMonth, monthsBetween, thisMonth } from '@beside/shared/util';
import { type FieldDescriptions, FormFlow, monthSoFar } from '@beside/web/core';
import { networkFiguresCsvUrl, NetworkFiguresStore } from '@beside/web/network/data-access';
import { ErrorSummary, MonthNamePipe, Notice, PageHeader } from '@beside/web/ui';
import { defaultRange, MAX_MONTHS } from './figures-months';

type Field = 'from' | 'to';

const FORMAT = 'as year and month, for example 2026-02';

const FIELDS: FieldDescriptions<Field> = {
  from: {
    id: 'figures-from',
    label: 'From',
    messages: { required: `Enter the first month ${FORMAT}`, format: `Enter the first month ${FORMAT}`, future: 'Choose a first month that is not still to come' },
  },
  to: {
    id: 'figures-to',
    label: 'To',
    messages: {
      required: `Enter the last month ${FORMAT}`,
      format: `Enter the last month ${FORMAT}`,
      future: 'Choose this month or an earlier one as the last month: figures cannot cover a month still to come',
      order: 'The last month must be the same as the first month or after it',
      tooLong: `Choose at most ${MAX_MONTHS} months at a time`,
    },
  },
};

/** The last month comes after the first, at most 24 months on (the API checks the same). */
function range(control: AbstractControl<string>): ValidationErrors | null {
  const to = (control.value ?? '').trim();
  const from = ((control.parent?.get('from')?.value as string | undefined) ?? '').trim();
  if (!isMonth(to) || !isMonth(from)) return null;
  const months = monthsBetween(from, to);
  if (months < 1) return { order: true };
  return months > MAX_MONTHS ? { tooLong: true } : null;
}

/** Pooled figures across the network: counts by month, small and derivable numbers hidden, on screen and as CSV. */
@Component({
  selector: 'bs-network-figures-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary, MonthNamePipe, Notice, PageHeader],
  providers: [NetworkFiguresStore],
  template: `
    <bs-page-header heading="Network figures">
      <p>
        Figures pooled from the member organisations that chose to share theirs. They are counts only: no names and no details about
        any woman, and no one organisation’s own figures can be worked out from them.
      </p>
    </bs-page-header>

    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-figures-range" [formGroup]="form" (ngSubmit)="show()" novalidate aria-label="Choose the months">
      <mat-form-field>
        <mat-label>From</mat-label>
        <input matInput type="month" [id]="fields.from.id" formControlName="from" [max]="latestMonth" />
        <mat-hint>For example 2026-02</mat-hint>
        @if (flow.message('from'); as m) {
          <mat-error>{{ m }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field>
        <mat-label>To</mat-label>
        <input matInput type="month" [id]="fields.to.id" formControlName="to" [max]="latestMonth" />
        <mat-hint>At most {{ maxMonths }} months after the first</mat-hint>
        @if (flow.message('to'); as m) {
          <mat-error>{{ m }}</mat-error>
        }
      </mat-form-field>
      <button mat-flat-button type="submit" [disabled]="store.loading()">Show figures</button>
    </form>

    @if (store.value(); as f) {
      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">{{ f.from | monthName }} to {{ f.to | monthName }}</h2>
        <p>
          @if (f.organisationsPooled === 1) {
            Pooled from 1 member organisation.
          } @else {
            Pooled from {{ f.organisationsPooled }} member organisations.
          }
          Each member decides whether its figures join the pool.
        </p>
        <div class="bs-actions">
          <a mat-stroked-button [href]="csvUrl()" download>Download these figures as CSV</a>
        </div>
        @for (table of f.tables; track table.measure; let t = $index) {
          <h3 [id]="'figures-table-' + t">{{ table.title }}</h3>
          <div class="bs-table-scroll" role="region" [attr.aria-labelledby]="'figures-table-' + t" tabindex="0">
            <table class="bs-figures">
              <caption class="bs-visually-hidden">{{ table.title }}, by month</caption>
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  @for (column of table.columns; track $index) {
                    <th scope="col" class="bs-figures__value">{{ column }}</th>
                  }
                </tr>
              </thead>
              <tbody>
                @for (row of table.rows; track row.month) {
                  <tr>
                    <th scope="row">{{ row.month | monthName }}</th>
                    @for (cell of row.cells; track $index) {
                      <td class="bs-figures__value">
                        @if (cell === '<5') {
                          <abbr title="fewer than five">&lt;5</abbr>
                        } @else if (cell === 'suppressed') {
                          <span class="bs-figures__hidden">suppressed</span>
                        } @else {
                          {{ cell }}
                        }
                      </td>
                    }
                  </tr>
                } @empty {
                  <tr>
                    <td [attr.colspan]="table.columns.length + 1">No figures for these months.</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        } @empty {
          <p>No figures for these months.</p>
        }
        <section class="bs-figures-protection" aria-labelledby="protection-heading">
          <h3 id="protection-heading">How these figures protect people</h3>
          <ul>
            <li>“&lt;5” means a count from 1 to {{ threshold - 1 }}: a small number could point to someone, so it is not shown exactly.</li>
            <li>
              “suppressed” means the number is held back so that no one can work out one organisation’s own figure, for example by
              taking the others away from the total.
            </li>
            <li>A 0 is shown as 0. The CSV follows the same rules.</li>
          </ul>
          @if (f.protection) {
            <p>{{ f.protection }}</p>
          }
        </section>
      </section>
    } @else if (store.loading()) {
      <p aria-live="polite">Loading the figures…</p>
    } @else if (store.apiProblem() && !flow.errors().length) {
      <bs-notice kind="warning">{{ store.apiProblem()?.messages?.join(' ') }}</bs-notice>
    }
  `,
  styles: `
    .bs-figures-range {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: flex-start;
      margin: 0 0 1.5rem;
    }
    .bs-figures-range button {
      margin-top: 0.5rem;
    }
    h3 {
      margin: 1.75rem 0 0.5rem;
    }
    .bs-figures-range mat-form-field {
      width: 15rem;
    }
    .bs-figures {
      border-collapse: collapse;
      min-width: min(100%, 28rem);
    }
    .bs-figures th,
    .bs-figures td {
      text-align: left;
      padding: 0.5rem 1.5rem 0.5rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      white-space: nowrap;
    }
    .bs-figures thead th {
      border-bottom-width: 2px;
      vertical-align: bottom;
      white-space: normal;
      min-width: 6rem;
    }
    .bs-figures tbody th {
      font-weight: 400;
    }
    .bs-figures .bs-figures__value {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .bs-figures__hidden {
      font-style: italic;
    }
    .bs-figures-protection {
      margin-top: 2rem;
      max-width: 48rem;
    }
  `,
})
export class NetworkFiguresPage {
  protected readonly store = inject(NetworkFiguresStore);
  protected readonly fields = FIELDS;
  protected readonly threshold = SMALL_NUMBER_THRESHOLD;
  protected readonly maxMonths = MAX_MONTHS;
  protected readonly latestMonth = thisMonth();
  private readonly range = signal(defaultRange());
  protected readonly csvUrl = computed(() => networkFiguresCsvUrl(this.range().from, this.range().to));
  protected readonly form = new FormGroup({
    from: new FormControl(this.range().from, { nonNullable: true, validators: [Validators.required, monthSoFar] }),
    to: new FormControl(this.range().to, { nonNullable: true, validators: [Validators.required, monthSoFar, range] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS);

  constructor() {
    // The last month's check depends on the first.
    this.form.controls.from.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.form.controls.to.updateValueAndValidity({ emitEvent: false }));
    void this.load();
  }

  protected show(): void {
    if (!this.flow.validate()) return;
    const v = this.form.getRawValue();
    this.range.set({ from: v.from.trim(), to: v.to.trim() });
    void this.load();
  }

  private async load(): Promise<void> {
    this.flow.errors.set([]);
    const { from, to } = this.range();
    await this.store.show(from, to);
    const problem = this.store.apiProblem();
    if (problem && problem.status >= 400 && problem.status < 500) this.flow.showProblem(problem);
  }
}
