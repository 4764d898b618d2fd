import { inject, Injectable } from '@angular/core';
import type { MonthlyReport } from '@beside/shared/contracts';
import { LoadedValue } from './loaded-value';
import { SafeguardingApi } from './safeguarding-api';

/** The monthly report for one month ("2026-03"). */
@Injectable()
export class MonthlyReportStore extends LoadedValue<MonthlyReport> {
  private readonly api = inject(SafeguardingApi);

  show(month: string): Promise<void> {
    return this.load(this.api.monthlyReport(month));
  }
}
