// `npm run test:e2e`: build the API and the web app for production, then run the suites in e2e/api
// and e2e/web with jest in shards side by side (E2E_SHARDS, default 2), each against its own built
// API (which serves the web app on the same origin) on a free port with the demo organisation in
// its own throw-away database; then stop each API with SIGTERM and check that it shuts down in time.
//
//   node e2e/run.mjs [jest arguments…]   e.g. node e2e/run.mjs api/health (one shard, unless E2E_SHARDS)
//   E2E_SKIP_BUILD=true                   reuse dist/ as it is
//   E2E_SHARDS=1                          one API and one jest run, its output as it comes
//
// With DATABASE_URL set, each shard gets its own fresh database on that server (dropped at the
// end); without, an in-memory embedded PostgreSQL each.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { freePort, mustRun, projectEnv, root, withDatabase } from '../tools/run.mjs';

const require = createRequire(import.meta.url);
const STOP_WITHIN_MS = 15_000;
const READY_WITHIN_MS = 180_000;
const artifacts = join(root, 'e2e', 'artifacts');

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const say = (message) => console.log(`[e2e] ${message}`);

/** Host, port and database of a URL, never its password. */
function describeUrl(url) {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
}

async function adminQuery(serverUrl, sql) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function waitUntilReady(url, api) {
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    if (api.exitCode !== null || api.signalCode !== null) throw new Error(`the API exited during start-up (${api.exitCode ?? api.signalCode})`);
    try {
      const res = await fetch(`${url}/api/health/ready`, { signal: AbortSignal.timeout(5000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the API was not ready within ${READY_WITHIN_MS / 1000} s`);
}

function stopApi(api) {
  return new Promise((resolve) => {
    if (api.exitCode !== null || api.signalCode !== null) return resolve({ code: api.exitCode, signal: api.signalCode, ms: 0 });
    const t0 = Date.now();
    const timer = setTimeout(() => {
      api.kill('SIGKILL');
      resolve({ code: null, signal: 'timeout', ms: Date.now() - t0 });
    }, STOP_WITHIN_MS);
    api.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, ms: Date.now() - t0 });
    });
    api.kill('SIGTERM');
  });
}

function logTail(logFile, lines = 40) {
  if (!existsSync(logFile)) return '';
  return readFileSync(logFile, 'utf8').split('\n').slice(-lines).join('\n');
}

const started = Date.now();
mkdirSync(artifacts, { recursive: true });
for (const stale of ['api.log', 'api-1.log', 'api-2.log', 'api-3.log', 'api-4.log', 'totp-steps.json', 'totp-steps-1.json', 'totp-steps-2.json', 'totp-steps-3.json', 'totp-steps-4.json']) rmSync(join(artifacts, stale), { force: true });

if (process.env.E2E_SKIP_BUILD !== 'true') {
  const t0 = Date.now();
  await mustRun('nx', ['run-many', '-t', 'build', '-p', 'api', 'web', '--configuration=production', '--outputStyle=static'], {
    env: { NX_DAEMON: 'false' },
  });
  say(`built in ${seconds(t0)}`);
}
for (const built of ['dist/apps/api/main.js', 'dist/apps/web/browser/index.html']) {
  if (!existsSync(join(root, built))) {
    console.error(`[e2e] ${built} is missing: the build did not produce it`);
    process.exit(1);
  }
}

/**
 * The suites run in E2E_SHARDS shards side by side (2 by default; 1 runs them in one go). Each shard
 * has its own built API on its own port and its own fresh database with the demo organisation, so
 * suites that change the demo data never meet those of another shard; each ends with its own log
 * privacy check over its own API log.
 */
const shards = Math.max(1, Number.parseInt(process.env.E2E_SHARDS ?? (process.argv.length > 2 ? '1' : '2'), 10) || 1);
const serverUrl = process.env.DATABASE_URL;
/** @type {{ api: import('node:child_process').ChildProcess, databaseName: string | null, log: import('node:fs').WriteStream }[]} */
const shardProcesses = [];

async function startShard(index) {
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  let databaseUrl = null;
  let databaseName = null;
  if (serverUrl) {
    databaseName = `beside_e2e_${randomBytes(6).toString('hex')}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${databaseName}`);
    databaseUrl = withDatabase(serverUrl, databaseName);
    say(`shard ${index}: database ${describeUrl(databaseUrl)} (fresh for this run)`);
  } else {
    say(`shard ${index}: embedded PostgreSQL in memory`);
  }
  const logFile = join(artifacts, shards === 1 ? 'api.log' : `api-${index}.log`);
  const log = createWriteStream(logFile);
  const apiEnv = {
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: baseUrl,
    WEB_DIST_DIR: join(root, 'dist/apps/web/browser'),
    LOG_LEVEL: 'info',
    DEMO_SEED: 'true',
    // Every suite signs in from 127.0.0.1; the limit itself is covered by the API's integration tests.
    AUTH_RATE_LIMIT_PER_MINUTE: '600',
    DATABASE_URL: databaseUrl ?? '',
    BESIDE_DATA_DIR: databaseUrl ? '' : 'memory',
  };
  const t0 = Date.now();
  const api = spawn('node', [join(root, 'dist/apps/api/main.js')], { cwd: root, env: projectEnv(apiEnv), stdio: ['ignore', 'pipe', 'pipe'] });
  api.stdout.pipe(log, { end: false });
  api.stderr.pipe(log, { end: false });
  shardProcesses.push({ api, databaseName, log });
  await waitUntilReady(baseUrl, api).catch((error) => {
    throw new Error(`shard ${index}: ${error.message}\n--- last lines of ${logFile} ---\n${logTail(logFile)}`);
  });
  say(`shard ${index}: API ready at ${baseUrl} in ${seconds(t0)}; log: ${logFile}`);
  return { index, baseUrl, api, logFile };
}

/** One shard's jest run, its output held back and printed whole when it ends (shards do not interleave). */
function runShard(shard) {
  return new Promise((resolvePromise) => {
    const args = ['-c', 'e2e/jest.config.cjs', '--ci', ...(shards > 1 ? [`--shard=${shard.index}/${shards}`, '--passWithNoTests'] : []), ...process.argv.slice(2)];
    const child = spawn('jest', args, {
      cwd: root,
      env: projectEnv({ E2E_BASE_URL: shard.baseUrl, E2E_API_LOG: shard.logFile, E2E_ARTIFACTS_DIR: artifacts, E2E_SHARD: String(shard.index) }),
      stdio: ['ignore', shards > 1 ? 'pipe' : 'inherit', shards > 1 ? 'pipe' : 'inherit'],
    });
    const chunks = [];
    child.stdout?.on('data', (c) => chunks.push(c));
    child.stderr?.on('data', (c) => chunks.push(c));
    child.on('exit', (code, signal) => {
      if (shards > 1) process.stdout.write(`\n[e2e] --- shard ${shard.index} of ${shards} ---\n${Buffer.concat(chunks).toString()}`);
      resolvePromise(signal ? 1 : (code ?? 1));
    });
    child.on('error', () => resolvePromise(127));
  });
}

let cleaned = false;
async function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  for (const { api, databaseName, log } of shardProcesses) {
    if (api.exitCode === null && api.signalCode === null) api.kill('SIGKILL');
    if (databaseName) {
      try {
        await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
      } catch (error) {
        console.error(`[e2e] could not drop ${databaseName}: ${error.message}`);
      }
    }
    log.end();
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => void cleanUp().then(() => process.exit(130)));
}

let exitCode = 1;
try {
  const running = await Promise.all(Array.from({ length: shards }, (_, i) => startShard(i + 1)));
  const tJest = Date.now();
  const codes = await Promise.all(running.map(runShard));
  exitCode = codes.every((c) => c === 0) ? 0 : 1;
  say(`suites finished in ${seconds(tJest)} (jest exit codes ${codes.join(', ')})`);

  for (const shard of running) {
    const stop = await stopApi(shard.api);
    if (stop.signal === 'timeout') {
      console.error(`[e2e] FAILED: shard ${shard.index}'s API did not stop within ${STOP_WITHIN_MS / 1000} s of SIGTERM`);
      exitCode = 1;
    } else if (stop.code !== 0) {
      console.error(`[e2e] FAILED: shard ${shard.index}'s API exited with ${stop.code ?? stop.signal} after SIGTERM`);
      exitCode = 1;
    } else {
      say(`shard ${shard.index}: API stopped cleanly ${(stop.ms / 1000).toFixed(1)} s after SIGTERM`);
    }
  }
} catch (error) {
  console.error(`[e2e] FAILED: ${error.message}`);
  exitCode = 1;
} finally {
  await cleanUp();
}
say(`finished in ${seconds(started)}`);
process.exit(exitCode);
