import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { type MonthlyReportRow, SMALL_NUMBER_THRESHOLD } from '@beside/shared/contracts';
import { thisMonth } from '@beside/shared/util';
import { monthlyReportCsvUrl, MonthlyReportStore } from '@beside/web/safeguarding/data-access';
import { ErrorSummary, LondonPipe, MonthNamePipe, Notice, PageHeader } from '@beside/web/ui';
import { type FieldDescriptions, FormFlow, monthSoFar, SessionStore } from '@beside/web/core';
import { RouterLink } from '@angular/router';
import { lastCompleteMonth } from './report-month';

const FIELDS: FieldDescriptions<'month'> = {
  month: {
    id: 'report-month',
    label: 'Month',
    messages: {
      required: 'Enter a month as year and month, for example 2026-02',
      format: 'Enter a month as year and month, for example 2026-02',
      future: 'Choose this month or an earlier one: a report cannot cover a month still to come',
    },
  },
};

const SECTION_LABELS: Record<MonthlyReportRow['section'], string> = {
  referrals: 'Referrals',
  journeys: 'Journeys',
  appointments: 'Appointments',
  accompaniments: 'Accompaniments',
  concerns: 'Concerns',
  closures: 'Closures',
  safety: 'Safety and multi-agency work',
};

/** The monthly report: aggregates only, small numbers suppressed, on screen and as CSV. */
@Component({
  selector: 'bs-report-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary, LondonPipe, MonthNamePipe, Notice, PageHeader],
  providers: [MonthlyReportStore],
  templateUrl: './report-page.html',
  styleUrl: './report-page.scss',
})
export class ReportPage {
  protected readonly report = inject(MonthlyReportStore);
  protected readonly networkFigures = inject(SessionStore).can('network:figures');
  protected readonly threshold = SMALL_NUMBER_THRESHOLD;
  protected readonly month = signal(lastCompleteMonth());
  protected readonly csvUrl = computed(() => monthlyReportCsvUrl(this.month()));
  protected readonly sections = computed(() => {
    const rows = this.report.value()?.rows ?? [];
    const order = Object.keys(SECTION_LABELS) as MonthlyReportRow['section'][];
    return order
      .map((section) => ({ section, label: SECTION_LABELS[section], rows: rows.filter((r) => r.section === section) }))
      .filter((s) => s.rows.length);
  });
  protected readonly fields = FIELDS;
  /** This month: the latest a report can cover. */
  protected readonly latestMonth = thisMonth();
  protected readonly form = new FormGroup({
    month: new FormControl(this.month(), { nonNullable: true, validators: [Validators.required, monthSoFar] }),
  });
  /** Every problem, the form's and the API's, in the one summary at the top. */
  protected readonly flow = new FormFlow(this.form, FIELDS);

  constructor() {
    void this.load(this.month());
  }

  protected show(): void {
    if (!this.flow.validate()) return;
    const month = this.form.controls.month.value.trim();
    this.month.set(month);
    void this.load(month);
  }

  private async load(month: string): Promise<void> {
    this.flow.errors.set([]);
    await this.report.show(month);
    const problem = this.report.apiProblem();
    if (problem) this.flow.showProblem(problem);
  }
}
