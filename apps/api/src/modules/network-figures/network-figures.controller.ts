import { Header, Query, Res } from '@nestjs/common';
import { ApiProduces } from '@nestjs/swagger';
import type { Response } from 'express';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../authz';
import { NetworkFiguresQueryDto } from './dto/network-figures-query.dto';
import { networkFiguresCsv } from './network-figures-csv';
import { NetworkFiguresService } from './network-figures.service';

@RouteGroup('network figures', { path: 'network', policy: 'network:figures' })
export class NetworkFiguresController {
  constructor(private readonly figures: NetworkFiguresService) {}

  @Route.get('figures', { ok: 'Pooled figures by month across the sharing member organisations; "<5" and "suppressed" where a figure could identify' })
  @Header('Cache-Control', 'no-store')
  read(@Query() query: NetworkFiguresQueryDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.figures.figures(actor, query, origin, 'json');
  }

  @Route.get('figures.csv', { ok: 'The same figures as CSV (month, measure, column, value)' })
  @ApiProduces('text/csv')
  async csv(@Query() query: NetworkFiguresQueryDto, @CurrentCaller() { actor, origin }: Caller, @Res() res: Response) {
    const view = await this.figures.figures(actor, query, origin, 'csv');
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Disposition', `attachment; filename="beside-network-figures-${view.from}-to-${view.to}.csv"`);
    res.send(networkFiguresCsv(view));
  }
}
