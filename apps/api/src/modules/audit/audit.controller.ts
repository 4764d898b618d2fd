import { Header, Query, Res } from '@nestjs/common';
import { ApiProduces } from '@nestjs/swagger';
import type { Response } from 'express';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../authz';
import { AuditQueryService } from './audit-query.service';
import { AccessLogQueryDto, AuditSearchDto } from './dto/audit-search.dto';

@RouteGroup('audit')
export class AuditController {
  constructor(private readonly audit: AuditQueryService) {}

  @Route.get('audit/events', 'audit:read', { ok: 'Audit events of the organisation, newest first, keyset-paginated' })
  search(@Query() query: AuditSearchDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.audit.search(actor, query, origin);
  }

  @Route.get('audit/events.csv', 'audit:read', { ok: 'The same search as CSV (at most 10,000 events); the export is itself audited' })
  @ApiProduces('text/csv')
  @Header('Cache-Control', 'no-store')
  async exportCsv(@Query() query: AuditSearchDto, @CurrentCaller() { actor, origin }: Caller, @Res({ passthrough: true }) res: Response): Promise<string> {
    const csv = await this.audit.exportCsv(actor, query, origin);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="beside-audit-${new Date().toISOString().slice(0, 10)}.csv"`);
    return csv;
  }

  @Route.get('audit/account-events', 'audit:read-account-events', { ok: 'Sign-in and account events only (what admins may see)' })
  accountEvents(@Query() query: AuditSearchDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.audit.search(actor, query, origin, true);
  }

  @Route.get('audit/verify', 'audit:verify', { ok: "Walks the organisation's hash chain: intact, or the first broken link" })
  verify(@CurrentCaller() { actor, origin }: Caller) {
    return this.audit.verify(actor, origin);
  }

  @Route.get('my/access-log', 'portal:use', { ok: 'Who has looked at my record: every access by someone other than me' })
  accessLog(@Query() query: AccessLogQueryDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.audit.accessLog(actor, query, origin);
  }
}
