import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { MyData } from '@beside/shared/contracts';
import type { Response } from 'express';
import { type Actor, Allow, CurrentActor, Origin, type RequestOrigin } from '../../authz';
import { MY_DATA_HTML_CSP } from './my-data.html';
import { MyDataService } from './my-data.service';

// The file lands in her Downloads folder, where anyone with her phone can read its name: it does not name the service.
const fileName = (ext: string) => `my-data-${new Date().toISOString().slice(0, 10)}.${ext}`;

@ApiTags('my data')
@Controller('my')
export class MyDataController {
  constructor(private readonly data: MyDataService) {}

  @Get('data.json')
  @Allow('portal:use')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'Everything held about you that you are entitled to, machine-readable; the download is recorded' })
  json(@CurrentActor() actor: Actor, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<MyData> {
    res.setHeader('Content-Disposition', `attachment; filename="${fileName('json')}"`);
    return this.data.json(actor, origin);
  }

  @Get('data.html')
  @Allow('portal:use')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'The same, as a readable, print-friendly page (no scripts, nothing loaded from elsewhere)' })
  async html(@CurrentActor() actor: Actor, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<string> {
    const html = await this.data.html(actor, origin);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', MY_DATA_HTML_CSP);
    res.setHeader('Content-Disposition', `attachment; filename="${fileName('html')}"`);
    return html;
  }
}
