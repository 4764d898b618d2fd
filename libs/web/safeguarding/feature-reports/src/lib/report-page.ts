import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { SMALL_NUMBER_THRESHOLD, type MonthlyReport, type MonthlyReportRow } from '@beside/shared/contracts';
import { formatLondonDateTime } from '@beside/shared/util';
import { LoadedValue, monthlyReportCsvUrl, SafeguardingApi } from '@beside/web/safeguarding/data-access';
import { Notice, PageHeader } from '@beside/web/ui';
import { isReportMonth, lastCompleteMonth, monthName } from './report-month';

const SECTION_LABELS: Record<MonthlyReportRow['section'], string> = {
  referrals: 'Referrals',
  journeys: 'Journeys',
  appointments: 'Appointments',
  accompaniments: 'Accompaniments',
  concerns: 'Concerns',
  closures: 'Closures',
};

/** The monthly report: aggregates only, small numbers suppressed, on screen and as CSV. */
@Component({
  selector: 'bs-report-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, Notice, PageHeader],
  templateUrl: './report-page.html',
  styleUrl: './report-page.scss',
})
export class ReportPage {
  private readonly api = inject(SafeguardingApi);
  protected readonly report = new LoadedValue<MonthlyReport>();
  protected readonly threshold = SMALL_NUMBER_THRESHOLD;
  protected readonly dateTime = formatLondonDateTime;
  protected readonly monthName = monthName;
  protected readonly month = signal(lastCompleteMonth());
  protected readonly csvUrl = computed(() => monthlyReportCsvUrl(this.month()));
  protected readonly sections = computed(() => {
    const rows = this.report.value()?.rows ?? [];
    const order = Object.keys(SECTION_LABELS) as MonthlyReportRow['section'][];
    return order
      .map((section) => ({ section, label: SECTION_LABELS[section], rows: rows.filter((r) => r.section === section) }))
      .filter((s) => s.rows.length);
  });
  protected readonly form = new FormGroup({
    month: new FormControl(this.month(), { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly monthError = signal<string | null>(null);

  constructor() {
    void this.report.load(this.api.monthlyReport(this.month()));
  }

  protected show(): void {
    const month = this.form.controls.month.value.trim();
    if (!isReportMonth(month)) {
      this.monthError.set('Enter a month as year and month, for example 2026-02');
      this.form.controls.month.setErrors({ server: 'Enter a month as year and month, for example 2026-02' });
      return;
    }
    this.monthError.set(null);
    this.month.set(month);
    void this.report.load(this.api.monthlyReport(month));
  }
}
