import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentActor, Origin, type Actor, type RequestOrigin } from '../authz';
import { AuditQueryService } from './audit-query.service';
import { AccessLogQueryDto, AuditSearchDto } from './dto/audit-search.dto';

@ApiTags('audit')
@Controller()
export class AuditController {
  constructor(private readonly audit: AuditQueryService) {}

  @Get('audit/events')
  @Allow('audit:read')
  @ApiOkResponse({ description: 'Audit events of the organisation, newest first, keyset-paginated' })
  search(@Query() query: AuditSearchDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.audit.search(actor, query, origin);
  }

  @Get('audit/events.csv')
  @Allow('audit:read')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The same search as CSV (at most 10,000 events); the export is itself audited' })
  @Header('Cache-Control', 'no-store')
  async exportCsv(
    @Query() query: AuditSearchDto,
    @CurrentActor() actor: Actor,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const csv = await this.audit.exportCsv(actor, query, origin);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="beside-audit-${new Date().toISOString().slice(0, 10)}.csv"`);
    return csv;
  }

  @Get('audit/account-events')
  @Allow('audit:read-account-events')
  @ApiOkResponse({ description: 'Sign-in and account events only (what admins may see)' })
  accountEvents(@Query() query: AuditSearchDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.audit.search(actor, query, origin, true);
  }

  @Get('audit/verify')
  @Allow('audit:verify')
  @ApiOkResponse({ description: "Walks the organisation's hash chain: intact, or the first broken link" })
  verify(@CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.audit.verify(actor, origin);
  }

  @Get('my/access-log')
  @Allow('portal:use')
  @ApiOkResponse({ description: 'Who has looked at my record: every access by someone other than me' })
  accessLog(@Query() query: AccessLogQueryDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.audit.accessLog(actor, query, origin);
  }
}
