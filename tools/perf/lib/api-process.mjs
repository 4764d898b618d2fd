// Builds the API for production once, copies the build aside (so another build into dist/
// cannot change it mid-run), and starts and stops it against a database.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, mustRun, projectEnv, root } from '../../run.mjs';

export const workDir = join(root, 'tmp', 'perf');
const buildCopy = join(workDir, 'api');

export async function buildApi({ skipBuild }) {
  if (!skipBuild) {
    // dist/ is shared with every other build on the machine: hold its lock while building and copying.
    const hasFlock = spawnSync('sh', ['-c', 'command -v flock'], { stdio: 'ignore' }).status === 0;
    const nx = ['nx', 'build', 'api', '--configuration=production', '--outputStyle=static'];
    if (hasFlock) await mustRun('flock', ['/tmp/beside-e2e.lock', ...nx, '--skip-nx-cache=false']);
    else await mustRun(nx[0], nx.slice(1));
  }
  if (!existsSync(join(root, 'dist/apps/api/main.js'))) throw new Error('dist/apps/api/main.js is missing: the build did not produce it');
  rmSync(buildCopy, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  cpSync(join(root, 'dist/apps/api'), buildCopy, { recursive: true });
  return join(buildCopy, 'main.js');
}

/**
 * V8's heap as production runs the API (apps/api/Dockerfile, tools/start.mjs): without a cap
 * its young and old generations grow lazily towards a limit set by the machine's memory (4 GB
 * here), and the API's resident memory with them (370 MB after 15 s at 20 connections; 196 MB
 * with these, at the same throughput).
 */
export const NODE_MEMORY_FLAGS = '--max-semi-space-size=16 --max-old-space-size=256';

/** Starts the built API; resolves when /api/health/ready answers. */
export async function startApi(main, { databaseUrl, env = {}, logName }) {
  const port = await freePort();
  const log = openSync(join(workDir, `${logName}.log`), 'w');
  const child = spawn('node', ['--require', join(root, 'tools/perf/capture-sql.cjs'), main], {
    cwd: root,
    stdio: ['ignore', log, log],
    env: projectEnv({
      NODE_ENV: 'development',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_SEED: 'false',
      JOBS_ENABLED: 'false',
      // Like the jobs, the message worker's polling would land in the SQL captured for a path (and its floor).
      MESSAGE_DELIVERY_ENABLED: 'false',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
      NODE_OPTIONS: NODE_MEMORY_FLAGS,
      ...env,
    }),
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited during start-up; see ${join(workDir, `${logName}.log`)}`);
    try {
      const res = await fetch(`${url}/api/health/ready`, { signal: AbortSignal.timeout(3000) });
      if (res.status === 200) return { child, url };
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  child.kill('SIGKILL');
  throw new Error('the API was not ready within 120 s');
}

/** Peak resident memory of the process so far (VmHWM), in MB; `current` for VmRSS. */
export function peakRssMb(child, field = 'VmHWM') {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1]);
    return Math.round((kb / 1024) * 10) / 10;
  } catch {
    return null;
  }
}

export function stopApi(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
