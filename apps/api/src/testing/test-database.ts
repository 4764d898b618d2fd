import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { EmbeddedPostgres } from '../database/embedded-postgres';
import { migrate } from '../database/migrate';

export const TEMPLATE_ENV = 'BESIDE_TEST_TEMPLATE_URL';

export interface TestDatabase {
  url: string;
  kind: 'embedded' | 'external';
  drop(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** One statement on its own connection to `url`: creating or dropping a database, which cannot happen from inside it. */
async function onServer(url: string, statement: string): Promise<void> {
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** Run once per test run (jest globalSetup): a migrated template on DATABASE_URL's server. */
export async function prepareTemplate(serverUrl: string): Promise<string> {
  const name = `beside_template_${randomBytes(4).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const url = withDatabase(serverUrl, name);
  await migrate(url);
  return url;
}

export async function dropTemplate(templateUrl: string): Promise<void> {
  const name = new URL(templateUrl).pathname.slice(1);
  await onServer(withDatabase(templateUrl, 'postgres'), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

/**
 * A fresh, migrated database for one test file: a clone of the template on the real
 * server when DATABASE_URL is set, else an in-memory embedded PostgreSQL.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = process.env[TEMPLATE_ENV];
  if (template) {
    const name = `beside_test_${randomBytes(6).toString('hex')}`;
    const server = withDatabase(template, 'postgres');
    await onServer(server, `CREATE DATABASE ${name} TEMPLATE ${new URL(template).pathname.slice(1)}`);
    return {
      url: withDatabase(template, name),
      kind: 'external',
      drop: () => onServer(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const embedded = await EmbeddedPostgres.start('memory', 24);
  await migrate(embedded.url);
  return { url: embedded.url, kind: 'embedded', drop: () => embedded.stop() };
}
