import { Header, Query, Res } from '@nestjs/common';
import { ApiProduces } from '@nestjs/swagger';
import type { Response } from 'express';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { MonthlyReportQueryDto } from './dto/monthly-report-query.dto';
import { monthlyReportCsv } from './monthly-report-csv';
import { ReportsService } from './reports.service';

@RouteGroup('reports', { path: 'reports', policy: 'report:read' })
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Route.get('monthly', { ok: 'Aggregates for one month; counts from 1 to 4 shown as "<5"' })
  @Header('Cache-Control', 'no-store')
  monthly(@Query() query: MonthlyReportQueryDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.reports.monthly(actor, query.month, origin, 'json');
  }

  @Route.get('monthly.csv', { ok: 'The same report as CSV (month, section, measure, value)' })
  @ApiProduces('text/csv')
  async monthlyCsv(@Query() query: MonthlyReportQueryDto, @CurrentCaller() { actor, origin }: Caller, @Res() res: Response) {
    const report = await this.reports.monthly(actor, query.month, origin, 'csv');
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Disposition', `attachment; filename="beside-monthly-report-${report.month}.csv"`);
    res.send(monthlyReportCsv(report.month, report.rows));
  }
}
