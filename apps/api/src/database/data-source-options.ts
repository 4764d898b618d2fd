import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

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
    extra: {
      max: poolSize,
      // Fail fast when the database is unreachable instead of queueing requests forever.
      connectionTimeoutMillis: kind === 'embedded' ? 30000 : 5000,
      idleTimeoutMillis: 30000,
    },
  };
}
