// A private PostgreSQL 15 cluster on its own port, for the outage check: it is stopped and
// started mid-load, which must never happen to the shared server on 5432.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../run.mjs';

const BIN = process.env.PG_BIN_DIR ?? '/usr/lib/postgresql/15/bin';

function exec(command, args) {
  // initdb and pg_ctl refuse to run as root: run them as the postgres user then.
  const [cmd, argv] = process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} failed (${code}): ${output.trim()}`))));
  });
}

export async function createPrivatePostgres() {
  if (!existsSync(join(BIN, 'initdb'))) throw new Error(`PostgreSQL binaries not found in ${BIN} (set PG_BIN_DIR)`);
  const dir = mkdtempSync(join(tmpdir(), 'beside-outage-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const port = await freePort();
  await exec(join(BIN, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
  const ctl = (action, extra = []) =>
    exec(join(BIN, 'pg_ctl'), ['-D', data, '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, '-l', join(dir, 'server.log'), '-w', ...extra, action]);
  await ctl('start');
  // The postmaster and its children (this cluster's own processes only, by process id).
  const signalServer = (signal) => {
    const postmaster = readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0].trim();
    const children = execFileSync('ps', ['--ppid', postmaster, '-o', 'pid=']).toString().trim().split(/\s+/).filter(Boolean);
    for (const pid of [postmaster, ...children]) {
      try {
        process.kill(Number(pid), `SIG${signal}`);
      } catch {
        // a backend that ended meanwhile
      }
    }
  };
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    logPath: join(dir, 'server.log'),
    /** As in a restart or a crash: sessions are ended at once (fast shutdown). */
    stop: () => ctl('stop', ['-m', 'fast']),
    /** As a server that stops answering (a hung host, a network cut): every process paused, connections left open. */
    freeze: () => signalServer('STOP'),
    thaw: () => signalServer('CONT'),
    start: () => ctl('start'),
    async destroy() {
      try {
        signalServer('CONT');
      } catch {
        // not running
      }
      await ctl('stop', ['-m', 'immediate']).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
