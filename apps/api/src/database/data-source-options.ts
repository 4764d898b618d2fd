import { DataSourceOptions } from 'typeorm';
import { Logger } from '@nestjs/common';
import { MIGRATIONS } from './migrations';

const poolLogger = new Logger('DatabasePool');

/**
 * The embedded database runs one transaction at a time, so under load a request can wait
 * longer for a connection there; a real server gets the short timeout that fails fast in an outage.
 */
export function dataSourceOptions(url: string, poolSize: number, kind: 'embedded' | 'external' = 'external'): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    logging: false,
    applicationName: 'beside-api',
    // pg emits 'error' on the pool when the server closes an idle connection (a restart, a
    // failover); without a handler that would end the process. The pool replaces the connection.
    poolErrorHandler: (error: Error & { code?: string }) => poolLogger.warn({ err: { name: error.name, code: error.code } }, 'a pooled database connection was lost'),
    extra: {
      max: poolSize,
      keepAlive: true,
      // Fail fast when the database is unreachable instead of queueing requests forever.
      connectionTimeoutMillis: kind === 'embedded' ? 30000 : 5000,
      idleTimeoutMillis: 30000,
    },
  };
}
