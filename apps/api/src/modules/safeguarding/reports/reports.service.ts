import { BadRequestException, Injectable } from '@nestjs/common';
import type { MonthlyReport } from '@beside/shared/contracts';
import { Clock } from '../../../common/clock';
import { UnitOfWork } from '../../../database/unit-of-work';
import { AuditWriter } from '../../audit';
import type { Actor, RequestOrigin } from '../../authz';
import { findOrganisationName, monthlyReportRows } from './monthly-report.repository';

/** The month before `now` in London, 'YYYY-MM'. */
function lastCompleteMonth(now: Date): string {
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit' }).format(now).split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 2, 1));
  return d.toISOString().slice(0, 7);
}

@Injectable()
export class ReportsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
  ) {}

  monthly(actor: Actor, requested: string | undefined, origin: RequestOrigin, format: 'json' | 'csv'): Promise<MonthlyReport> {
    const now = this.clock.now();
    const month = requested ?? lastCompleteMonth(now);
    const thisMonth = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit' }).format(now);
    if (month > thisMonth) throw new BadRequestException(['month: Choose this month or an earlier one: a report cannot cover a month still to come']);
    if (month < '2000-01') throw new BadRequestException(['month: Choose January 2000 or a later month']);
    return this.uow.runAs(actor, async (em) => {
      const rows = await monthlyReportRows(em, `${month}-01`);
      const organisationName = await findOrganisationName(em, actor.organisationId);
      await this.audit.append(em, actor, origin, [
        { action: format === 'csv' ? 'report.exported' : 'report.read', entityType: 'monthly_report', detail: { month, format, rows: rows.length } },
      ]);
      return { month, organisationName, generatedAt: now.toISOString(), rows };
    });
  }
}
