import { Header, Res } from '@nestjs/common';
import { ApiProduces } from '@nestjs/swagger';
import type { MyData } from '@beside/shared/contracts';
import type { Response } from 'express';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { MY_DATA_HTML_CSP } from './my-data.html';
import { MyDataService } from './my-data.service';

// The file lands in her Downloads folder, where anyone with her phone can read its name: it does not name the service.
const fileName = (ext: string) => `my-data-${new Date().toISOString().slice(0, 10)}.${ext}`;

@RouteGroup('my data', { path: 'my', policy: 'portal:use' })
export class MyDataController {
  constructor(private readonly data: MyDataService) {}

  @Route.get('data.json', { ok: 'Everything held about you that you are entitled to, machine-readable; the download is recorded' })
  @Header('Cache-Control', 'no-store')
  json(@CurrentCaller() { actor, origin }: Caller, @Res({ passthrough: true }) res: Response): Promise<MyData> {
    res.setHeader('Content-Disposition', `attachment; filename="${fileName('json')}"`);
    return this.data.json(actor, origin);
  }

  @Route.get('data.html', { ok: 'The same, as a readable, print-friendly page (no scripts, nothing loaded from elsewhere)' })
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/html')
  async html(@CurrentCaller() { actor, origin }: Caller, @Res({ passthrough: true }) res: Response): Promise<string> {
    const html = await this.data.html(actor, origin);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', MY_DATA_HTML_CSP);
    res.setHeader('Content-Disposition', `attachment; filename="${fileName('html')}"`);
    return html;
  }
}
