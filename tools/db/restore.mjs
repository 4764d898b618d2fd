// `npm run db:restore -- <file> <database> [--force]`: restores a backup made by
// `npm run db:backup` into the database <database> on the server in DATABASE_URL (its own
// database part is ignored). The database is created when it does not exist. A database
// that already holds tables is refused unless --force is given; then its objects are
// dropped and replaced by the backup's. The restored database gets a new audit installation id
// (see apps/api/src/modules/audit/audit-checkpoints.ts).
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeUrl, runTool } from './backup.mjs';

const require = createRequire(import.meta.url);
const USAGE = `usage: DATABASE_URL=postgres://… npm run db:restore -- <file> <database> [--force]
  <file>      a backup made by npm run db:backup (pg_dump custom format)
  <database>  the database to restore into, on the server of DATABASE_URL (created if missing)
  --force     restore even over a database that already holds tables (they are replaced)`;

function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function withClient(url, work) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function main() {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const [file, database, ...rest] = args.filter((a) => a !== '--force');
  if (args.includes('--help') || args.includes('-h') || !file || !database || rest.length) {
    console.log(USAGE);
    return args.includes('--help') || args.includes('-h') ? 0 : 2;
  }
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(`DATABASE_URL is not set: it names the server to restore to.\n${USAGE}`);
    return 2;
  }
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(database)) {
    console.error(`"${database}" is not a plain database name (lower-case letters, digits and _).`);
    return 2;
  }
  const path = resolve(file);
  if (!existsSync(path)) {
    console.error(`${path} does not exist.`);
    return 2;
  }
  const target = withDatabase(url, database);
  const exists = await withClient(url, async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount > 0);
  let clean = false;
  if (!exists) {
    await withClient(url, (c) => c.query(`CREATE DATABASE "${database}"`));
    console.log(`created database ${describeUrl(target)}`);
  } else {
    const tables = await withClient(target, async (c) =>
      Number((await c.query(`SELECT count(*) AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`)).rows[0].n),
    );
    if (tables > 0 && !force) {
      console.error(`${describeUrl(target)} already holds ${tables} tables: refusing to restore over it. Use a new database name, or --force to replace its contents.`);
      return 1;
    }
    clean = tables > 0;
  }
  const started = Date.now();
  await runTool('pg_restore', [
    '--exit-on-error',
    '--single-transaction',
    ...(clean ? ['--clean', '--if-exists'] : []),
    `--dbname=${target}`,
    path,
  ]);
  const tables = await withClient(target, async (c) => Number((await c.query(`SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`)).rows[0].n));
  console.log(`restored ${path} into ${describeUrl(target)}${clean ? ' (replacing its previous contents)' : ''}: ${tables} tables, ${Date.now() - started} ms`);
  // A restored database is a new installation: its audit chains are checked against signed
  // checkpoints from now on, apart from those of the database it was backed up from (which,
  // still running, goes on writing its own). Those show how far the backup was behind.
  const installation = await withClient(target, async (c) => {
    const known = (await c.query(`SELECT to_regclass('public.audit_installation') IS NOT NULL AS present`)).rows[0].present;
    if (!known) return null;
    const before = (await c.query(`SELECT id FROM audit_installation`)).rows[0]?.id ?? null;
    const after = (await c.query(`UPDATE audit_installation SET id = gen_random_uuid(), created_at = now() RETURNING id`)).rows[0]?.id ?? null;
    return { before, after };
  });
  if (installation?.after) {
    console.log(`audit installation ${installation.after} (the backup was of installation ${installation.before}: its checkpoints in AUDIT_CHECKPOINT_DIR show how far the backup was behind)`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`restore failed: ${error.message}`);
    process.exit(1);
  },
);
