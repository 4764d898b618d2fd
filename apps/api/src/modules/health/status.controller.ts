import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { StatusResponse } from '@beside/shared/contracts';
import { Public } from '../authz/policy.decorator';
import { DATABASE_KIND } from '../../database/database.tokens';

/** What the service runs on: no personal data, so it is public. */
@ApiTags('health')
@Controller('status')
export class StatusController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(DATABASE_KIND) private readonly databaseKind: 'embedded' | 'external',
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ description: 'Service, database and schema version' })
  async status(): Promise<StatusResponse> {
    const [row]: { version: string; migrations: string }[] = await this.dataSource.query(
      `SELECT current_setting('server_version') AS version, (SELECT count(*) FROM schema_migration) AS migrations`,
    );
    return {
      service: 'beside',
      version: process.env['npm_package_version'] ?? '0.1.0',
      database: this.databaseKind,
      databaseVersion: row.version,
      migrations: Number(row.migrations),
      time: new Date().toISOString(),
    };
  }
}
