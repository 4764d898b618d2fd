import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Runs pending migrations as the connecting (owner) role; returns how many ran. */
export async function migrate(url: string): Promise<{ ran: string[]; total: number }> {
  const ds = new DataSource({ ...dataSourceOptions(url, 2), migrationsTransactionMode: 'each' });
  await ds.initialize();
  try {
    const ran = await ds.runMigrations();
    const rows: { count: string }[] = await ds.query(`SELECT count(*) FROM schema_migration`);
    return { ran: ran.map((m) => m.name), total: Number(rows[0].count) };
  } finally {
    await ds.destroy();
  }
}
