import { Inject } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { StatusResponse } from '@beside/shared/contracts';
import { Route, RouteGroup } from '../authz';
import { DATABASE_KIND } from '../../database/database.tokens';
import { Environment } from '../../config/environment';
import { findDatabaseStatus } from './status.repository';

/** What the service runs on: no personal data, so it is public. */
@RouteGroup('health', { path: 'status' })
export class StatusController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(DATABASE_KIND) private readonly databaseKind: 'embedded' | 'external',
    private readonly env: Environment,
  ) {}

  @Route.get('/', 'public', { ok: 'Service, database (major version only) and schema version' })
  async status(): Promise<StatusResponse> {
    // The major version only: the exact release would tell anyone which known flaws it has (issue 14.13).
    const db = await findDatabaseStatus(this.dataSource.manager);
    return {
      service: 'beside',
      version: process.env['npm_package_version'] ?? '0.1.0',
      database: this.databaseKind,
      databaseVersion: db.version,
      migrations: db.migrations,
      time: new Date().toISOString(),
      developmentInbox: this.env.MESSAGE_DELIVERY_ENABLED && !this.env.SMTP_URL && this.env.NODE_ENV !== 'production',
    };
  }
}
