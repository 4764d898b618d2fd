import { EntityManager } from 'typeorm';
import { existing } from '../../common/existing';
import { selectRow } from '../../database/sql';

export interface DatabaseStatus {
  /** The major version only. */
  version: string;
  /** How many migrations have run. */
  migrations: number;
}

export async function findDatabaseStatus(em: EntityManager): Promise<DatabaseStatus> {
  const row = await selectRow<{ version: string; migrations: string }>(
    em,
    `SELECT (current_setting('server_version_num')::int / 10000)::text AS version, (SELECT count(*) FROM schema_migration) AS migrations`,
  );
  const { version, migrations } = existing(row, 'the database status');
  return { version, migrations: Number(migrations) };
}
