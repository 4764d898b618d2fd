// `npm run db:backup [-- <file>]`: a full backup of the database in DATABASE_URL with
// pg_dump in its custom format (compressed, restorable table by table with pg_restore).
// Default file: ./backups/beside-<UTC timestamp>.dump. Needs pg_dump on the PATH, of the
// server's major version or newer.
import { spawn } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const USAGE = `usage: DATABASE_URL=postgres://… npm run db:backup [-- <file>]
  <file>  where to write the backup (default ./backups/beside-<timestamp>.dump)`;

/** Host, port and database of a URL, never its password. */
export function describeUrl(url) {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
}

export function runTool(command, args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (error) => reject(new Error(`${command} could not be started (${/** @type {NodeJS.ErrnoException} */ (error).code}); is it installed and on the PATH?`)));
    child.on('exit', (code, signal) => (code === 0 ? resolvePromise() : reject(new Error(`${command} failed with ${signal ?? `exit code ${code}`}`))));
  });
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h') || args.length > 1) {
    console.log(USAGE);
    return args.length > 1 ? 2 : 0;
  }
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(`DATABASE_URL is not set: it names the database to back up.\n${USAGE}`);
    return 2;
  }
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const file = resolve(args[0] ?? `backups/beside-${stamp}.dump`);
  mkdirSync(dirname(file), { recursive: true });
  const started = Date.now();
  // --no-owner/--no-privileges are NOT used: the grants to beside_app are part of what
  // keeps row-level security working after a restore.
  await runTool('pg_dump', ['--format=custom', '--compress=6', `--file=${file}`, `--dbname=${url}`]);
  const size = statSync(file).size;
  console.log(`backed up ${describeUrl(url)} to ${file} (${(size / 1024).toFixed(1)} KiB, pg_dump custom format, ${Date.now() - started} ms)`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(`backup failed: ${error.message}`);
      process.exit(1);
    },
  );
}
