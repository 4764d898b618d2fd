import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentActor, Origin, type Actor, type RequestOrigin } from '../authz';
import { NetworkFiguresQueryDto } from './dto/network-figures-query.dto';
import { networkFiguresCsv } from './network-figures-csv';
import { NetworkFiguresService } from './network-figures.service';

@ApiTags('network figures')
@Controller('network')
export class NetworkFiguresController {
  constructor(private readonly figures: NetworkFiguresService) {}

  @Get('figures')
  @Allow('network:figures')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'Pooled figures by month across the sharing member organisations; "<5" and "suppressed" where a figure could identify' })
  read(@Query() query: NetworkFiguresQueryDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.figures.figures(actor, query, origin, 'json');
  }

  @Get('figures.csv')
  @Allow('network:figures')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The same figures as CSV (month, measure, column, value)' })
  async csv(@Query() query: NetworkFiguresQueryDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin, @Res() res: Response) {
    const view = await this.figures.figures(actor, query, origin, 'csv');
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Disposition', `attachment; filename="beside-network-figures-${view.from}-to-${view.to}.csv"`);
    res.send(networkFiguresCsv(view));
  }
}
