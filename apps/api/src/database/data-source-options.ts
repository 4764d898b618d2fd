import { DataSourceOptions } from 'typeorm';
import { Logger } from '@nestjs/common';
import { MIGRATIONS } from './migrations';

const poolLogger = new Logger('DatabasePool');

/**
 * How long the API waits for any one answer from a database server before giving up on the
 * connection: a server that stopped answering (frozen, or cut off by the network) fails the
 * request in seconds instead of hanging it. Longer than the statement timeout the server itself
 * applies (unit-of-work.ts), so a merely slow statement is cancelled by the server first.
 */
export const QUERY_TIMEOUT_MS = 8500;

/**
 * `kind` is given for the API's own pool only. The embedded database runs one transaction at a
 * time, so under load a request can wait longer for a connection there; a real server gets the
 * short timeouts that fail fast in an outage. Without `kind` (migrations, the seed, the CLI,
 * tests' owner connection) no query timeout applies: a migration may rightly take minutes.
 */
export function dataSourceOptions(url: string, poolSize: number, kind?: 'embedded' | 'external'): DataSourceOptions {
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
      ...(kind === 'external' ? { query_timeout: QUERY_TIMEOUT_MS } : {}),
    },
  };
}
