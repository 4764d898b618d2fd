import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentActor, Origin, type Actor, type RequestOrigin } from '../../authz';
import { MonthlyReportQueryDto } from './dto/monthly-report-query.dto';
import { monthlyReportCsv } from './monthly-report-csv';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('monthly')
  @Allow('report:read')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'Aggregates for one month; counts from 1 to 4 shown as "<5"' })
  monthly(@Query() query: MonthlyReportQueryDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.reports.monthly(actor, query.month, origin, 'json');
  }

  @Get('monthly.csv')
  @Allow('report:read')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The same report as CSV (month, section, measure, value)' })
  async monthlyCsv(@Query() query: MonthlyReportQueryDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin, @Res() res: Response) {
    const report = await this.reports.monthly(actor, query.month, origin, 'csv');
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Disposition', `attachment; filename="beside-monthly-report-${report.month}.csv"`);
    res.send(monthlyReportCsv(report.month, report.rows));
  }
}
