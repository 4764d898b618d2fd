// `npm run bench -- [--connections 20] [--duration 15] [--warmup 3] [--rounds 2] [--pool 20] [--skip-build] [--only <text>]`
//
// Builds the API for production, starts it against DATABASE_URL (filled by seed:scale),
// signs in as an advocate, a service user and a manager, and drives each key path with
// autocannon. For each path it also measures, in the same run:
//   (a) the SQL floor: the statements the API sent for one request of the path (captured),
//       replayed directly through `pg` at the same concurrency;
//   (b) for audited reads, the same load against the API started with
//       BENCH_SKIP_READ_AUDIT=true (it then skips audit events of reads, never of writes);
// each variant measured in turns, `rounds` times, so background load weighs on all alike;
// and runs the growth paths against a database with one tenth of the data
// (BENCH_TENTH_DATABASE_URL, or <database>_tenth on the same server, seeded if missing).
// Results: tmp/perf/bench-results.json, docs/performance/bench-results.json and the
// table between the bench markers in docs/PERFORMANCE.md.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root, run } from '../run.mjs';
import { buildApi, peakRssMb, startApi, stopApi, workDir } from './lib/api-process.mjs';
import { lineCount, readCapture, runFloor } from './lib/floor.mjs';
import { load, once } from './lib/load.mjs';
import { signIn } from './lib/sign-in.mjs';
import { summarise } from './lib/stats.mjs';
import { definePaths, findFixtures, peopleOf } from './paths.mjs';
import { renderTable, TARGETS, updateDoc } from './report.mjs';

const require = createRequire(import.meta.url);
const { Client } = require('pg');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  return process.argv[i + 1];
}
const flag = (name) => process.argv.includes(`--${name}`);
const settings = {
  connections: Number(option('connections', 20)),
  seconds: Number(option('duration', 15)),
  warmup: Number(option('warmup', 3)),
  rounds: Number(option('rounds', 2)),
};
// The API gets as many database connections as the load has HTTP connections, like the floor.
const poolSize = Math.max(2, Number(option('pool', settings.connections)));
const only = option('only', null);
const say = (m) => console.log(`[bench] ${m}`);
const fullUrl = process.env.DATABASE_URL;
if (!fullUrl) {
  console.error('npm run bench needs DATABASE_URL: a database filled by `npm run seed:scale`');
  process.exit(2);
}

/**
 * @param {string} url
 * @param {string} sql
 * @param {unknown[]} [params]
 * @returns {Promise<any[]>}
 */
async function ownerQuery(url, sql, params = []) {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows;
  } finally {
    await c.end();
  }
}

async function scaleOf(url) {
  const [row] = await ownerQuery(url, `SELECT (SELECT count(*) FROM service_user)::int AS service_users, (SELECT count(*) FROM audit_event)::bigint AS audit_events`);
  return { serviceUsers: row.service_users, auditEvents: Number(row.audit_events) };
}

/** The one-tenth database: given, or <name>_tenth beside the full one, seeded when new. */
async function tenthDatabase(full) {
  if (process.env.BENCH_TENTH_DATABASE_URL) return process.env.BENCH_TENTH_DATABASE_URL;
  const u = new URL(fullUrl);
  const name = `${u.pathname.slice(1)}_tenth`;
  const tenth = new URL(fullUrl);
  tenth.pathname = `/${name}`;
  const server = new URL(fullUrl);
  server.pathname = '/postgres';
  const exists = await ownerQuery(server.toString(), `SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
  if (!exists.length) {
    say(`creating ${name} with one tenth of the data`);
    await ownerQuery(server.toString(), `CREATE DATABASE "${name}"`);
    const code = await run('node', [
      join(root, 'tools/perf/seed-scale.mjs'),
      '--service-users', String(Math.round(full.serviceUsers / 10)),
      '--audit-events', String(Math.round(full.auditEvents / 10)),
    ], { env: { DATABASE_URL: tenth.toString() } });
    if (code !== 0) throw new Error('seeding the one-tenth database failed');
  }
  return tenth.toString();
}

async function signInAll(url, fixtures) {
  const sessions = {};
  for (const [who, p] of Object.entries(peopleOf(fixtures))) sessions[who] = await signIn(url, p.email, { staff: p.staff });
  return sessions;
}

function machine() {
  const cpu = cpus();
  let pg = null;
  try {
    pg = execFileSync('psql', [fullUrl, '-Atc', 'SELECT version()'], { encoding: 'utf8' }).trim();
  } catch {
    // psql missing: the JSON says so
  }
  return {
    // Other work on the machine while the benchmark ran (1-minute load average at the end).
    loadAverage: Math.round(loadavg()[0] * 10) / 10,
    cpus: cpu.length,
    cpuModel: cpu[0]?.model ?? null,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    postgres: pg,
    date: new Date().toISOString(),
  };
}

async function main() {
  const started = Date.now();
  const full = await scaleOf(fullUrl);
  say(`full data: ${full.serviceUsers.toLocaleString('en-GB')} service users, ${full.auditEvents.toLocaleString('en-GB')} audit events`);
  const tenthUrl = await tenthDatabase(full);
  const tenth = await scaleOf(tenthUrl);
  say(`one tenth: ${tenth.serviceUsers.toLocaleString('en-GB')} service users, ${tenth.auditEvents.toLocaleString('en-GB')} audit events`);
  const main = await buildApi({ skipBuild: flag('skip-build') });
  const fixtures = await findFixtures(fullUrl);
  const paths = definePaths(fixtures).filter((p) => !only || p.name.includes(only));
  /** @type {Record<string, any>[]} what each path measured, written to the results file */
  const results = paths.map((p) => ({ name: p.name, as: p.as, audited: !!p.audited, write: !!p.write, growth: !!p.growth }));

  // 1. One request of each path with the SQL captured, for the floor.
  const capture = join(workDir, 'capture.jsonl');
  rmSync(capture, { force: true });
  const api = await startApi(main, { databaseUrl: fullUrl, env: { BENCH_CAPTURE_SQL: capture, DATABASE_POOL_SIZE: String(poolSize) }, logName: 'api-capture' });
  const sessions = await signInAll(api.url, fixtures);
  const steps = [];
  try {
    for (const [i, path] of paths.entries()) {
      try {
        await once(api.url, path, sessions[path.as]);
        // Statements per request: give the API's pool a moment to finish any trailing statement.
        const settle = () => new Promise((r) => setTimeout(r, 200));
        await settle();
        let from = lineCount(capture);
        steps[i] = [];
        await once(api.url, path, sessions[path.as], async () => {
          await settle();
          const to = lineCount(capture);
          steps[i].push(readCapture(capture, from, to));
          from = to;
        });
        say(`${path.name}: ${steps[i].map((s) => s.length).join(' + ')} statements captured`);
      } catch (error) {
        if (!path.optional || error.status !== 404) throw error;
        results[i].unavailable = `not yet available (${error.message.split(':')[0]})`;
        say(`${path.name}: ${results[i].unavailable}`);
      }
    }
  } finally {
    await stopApi(api.child);
  }
  const live = paths.map((p, i) => i).filter((i) => !results[i].unavailable);
  // For `node tools/perf/explain.mjs`: each path's statements, request by request.
  writeFileSync(join(workDir, 'steps.json'), JSON.stringify(live.map((i) => ({ name: paths[i].name, requests: steps[i] })), null, 1));

  // 2. Every variant of a path measured in turns (API, floor, API without read audit, API on
  //    one tenth of the data), round after round, so that whatever else the machine is doing
  //    weighs on all of them alike. All three API instances are up; the idle ones cost nothing.
  const pool = { DATABASE_POOL_SIZE: String(poolSize) };
  const instances = {};
  let rss = 0;
  const rssByInstance = {};
  try {
    instances.api = await startApi(main, { databaseUrl: fullUrl, env: pool, logName: 'api-load' });
    instances.noAudit = await startApi(main, { databaseUrl: fullUrl, env: { ...pool, BENCH_SKIP_READ_AUDIT: 'true' }, logName: 'api-no-read-audit' });
    instances.tenth = await startApi(main, { databaseUrl: tenthUrl, env: pool, logName: 'api-tenth' });
    const tenthFixtures = await findFixtures(tenthUrl);
    const tenthPaths = definePaths(tenthFixtures);
    const tenthSessions = await signInAll(instances.tenth.url, tenthFixtures);
    const slice = { connections: settings.connections, seconds: settings.seconds / settings.rounds };
    const warm = { connections: settings.connections, seconds: settings.warmup };
    for (const i of live) {
      const path = paths[i];
      const tenthPath = tenthPaths.find((p) => p.name === path.name);
      /** @typedef {[string, (o: { connections: number, seconds: number }) => Promise<any>]} Variant */
      /** @type {Variant[]} */
      const variants = [
        ['api', (o) => load(instances.api.url, path, sessions[path.as], o)],
        ['floor', (o) => runFloor(fullUrl, steps[i], o)],
        ...(path.audited ? [/** @type {Variant} */ (['noAudit', (o) => load(instances.noAudit.url, path, sessions[path.as], o)])] : []),
        ...(path.growth ? [/** @type {Variant} */ (['tenth', (o) => load(instances.tenth.url, tenthPath, tenthSessions[path.as], o)])] : []),
      ];
      if (settings.warmup > 0) for (const [, run] of variants) await run(warm);
      const parts = Object.fromEntries(variants.map(([name]) => [name, []]));
      for (let round = 0; round < settings.rounds; round += 1) {
        for (const [name, run] of variants) parts[name].push(await run(slice));
      }
      for (const [name] of variants) results[i][name] = merge(parts[name]);
      const r = results[i];
      r.apiPeakRssMbSoFar = peakRssMb(instances.api.child);
      r.floorRatio = ratio(r.api.p50, r.floor.p50);
      if (r.noAudit) r.auditOverhead = ratio(r.api.p50, r.noAudit.p50, -1);
      if (r.tenth) r.growthRatio = ratio(r.api.p50, r.tenth.p50);
      say(
        `${path.name}: p50 ${r.api.p50} ms, ${r.api.rps} req/s, ${r.api.errors} errors; floor ${r.floor.p50} ms (× ${r.floorRatio}` +
          `${r.floor.firstError ? `; floor error: ${r.floor.firstError}` : ''})` +
          (r.noAudit ? `; without read audit ${r.noAudit.p50} ms (+${pct(r.auditOverhead)})` : '') +
          (r.tenth ? `; at N/10 ${r.tenth.p50} ms (growth ${r.growthRatio})` : ''),
      );
    }
  } finally {
    for (const [name, instance] of Object.entries(instances)) {
      rssByInstance[name] = peakRssMb(instance.child);
      rss = Math.max(rss, rssByInstance[name] ?? 0);
      await stopApi(instance.child);
    }
  }

  const report = {
    machine: machine(),
    settings: { ...settings, databasePoolSize: poolSize, logLevel: process.env.BENCH_LOG_LEVEL ?? 'info' },
    data: { full, tenth },
    apiPeakRssMb: rss,
    apiPeakRssMbByInstance: rssByInstance,
    targets: TARGETS,
    paths: results,
    minutes: Math.round((Date.now() - started) / 6000) / 10,
  };
  mkdirSync(join(root, 'docs/performance'), { recursive: true });
  const json = JSON.stringify(report, null, 2);
  writeFileSync(join(workDir, 'bench-results.json'), json);
  if (!only && !flag('no-docs')) {
    writeFileSync(join(root, 'docs/performance/bench-results.json'), `${json}\n`);
    updateDoc(join(root, 'docs/PERFORMANCE.md'), 'bench', renderTable(report));
  }
  console.log(`\n${renderTable(report)}`);
  say(`done in ${report.minutes} min; results in ${join(workDir, 'bench-results.json')}`);
}

/** One summary from the rounds of a variant, over all their samples. */
function merge(parts) {
  const latencies = parts.flatMap((p) => p.latencies);
  const seconds = parts.reduce((t, p) => t + p.seconds, 0);
  const errors = parts.reduce((t, p) => t + p.errors, 0);
  const firstError = parts.find((p) => p.firstError)?.firstError ?? null;
  return { ...summarise(latencies, seconds, errors), ...(firstError ? { firstError } : {}) };
}

function ratio(a, b, offset = 0) {
  if (a === null || b === null || !b) return null;
  return Math.round((a / b + offset) * 100) / 100;
}
const pct = (r) => (r === null ? 'n/a' : `${Math.round(r * 100)}%`);

main().catch((error) => {
  console.error(`[bench] failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
