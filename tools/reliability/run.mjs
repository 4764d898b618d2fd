// `npm run test:reliability`: build the API and the web app for production once, copy the build
// to a private folder, then run every reliability check (docs/RELIABILITY.md) against it.
//
//   node tools/reliability/run.mjs [check…]     e.g. node tools/reliability/run.mjs load outage
//   RELIABILITY_SCALE=ci                         the smaller setting CI runs (default: full)
//   RELIABILITY_SKIP_BUILD=true                  reuse dist/apps as it is
//   DATABASE_URL                                 the PostgreSQL server (default 127.0.0.1:5432)
//
// Prints each check's figures and `reliability: N passed, N failed`; exit code 1 if any failed.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectEnv, root, run } from '../run.mjs';

const CHECKS = ['load', 'outage', 'two-instances', 'shutdown', 'concurrent-edits', 'fuzz', 'backup-restore', 'smtp-outage', 'security'];
const scale = process.env.RELIABILITY_SCALE === 'ci' ? 'ci' : 'full';
const serverUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const say = (m) => console.log(`[reliability] ${m}`);
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

const wanted = process.argv.slice(2);
const unknown = wanted.filter((c) => !CHECKS.includes(c));
if (unknown.length) {
  console.error(`unknown check(s): ${unknown.join(', ')}; known: ${CHECKS.join(', ')}`);
  process.exit(2);
}
const checks = (wanted.length ? wanted : CHECKS).filter((c) => existsSync(join(root, 'tools', 'reliability', `${c}.mjs`)));

const started = Date.now();
const privateDist = join(root, 'tmp', `reliability-${process.pid}`);
if (process.env.RELIABILITY_SKIP_BUILD !== 'true') {
  const t0 = Date.now();
  // Everyone builds into the same dist/: build and copy under the shared lock.
  const code = await run('flock', [
    '/tmp/beside-e2e.lock',
    'sh',
    '-c',
    `nx run-many -t build -p api web --configuration=production --outputStyle=static && rm -rf '${privateDist}' && mkdir -p '${privateDist}' && cp -r dist/apps/api dist/apps/web '${privateDist}/'`,
  ]);
  if (code !== 0) {
    console.error('[reliability] the production build failed');
    process.exit(1);
  }
  say(`built and copied to ${privateDist} in ${seconds(t0)}`);
} else {
  mkdirSync(privateDist, { recursive: true });
  cpSync(join(root, 'dist', 'apps', 'api'), join(privateDist, 'api'), { recursive: true });
  cpSync(join(root, 'dist', 'apps', 'web'), join(privateDist, 'web'), { recursive: true });
}

function runCheck(check) {
  return new Promise((resolve) => {
    const figures = [];
    let buffered = '';
    const child = spawn('node', [join(root, 'tools', 'reliability', `${check}.mjs`)], {
      cwd: root,
      env: projectEnv({ RELIABILITY_SCALE: scale, RELIABILITY_API_DIST: privateDist, DATABASE_URL: serverUrl }),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop();
      for (const line of lines) {
        if (line.startsWith('FIGURES ')) {
          try {
            figures.push(JSON.parse(line.slice('FIGURES '.length)));
          } catch {
            // a malformed line is the check's bug; its exit code still counts
          }
        }
      }
    });
    child.on('exit', (code, signal) => resolve({ check, passed: code === 0, exit: code ?? signal, figures }));
  });
}

const results = [];
for (const check of checks) {
  const t0 = Date.now();
  say(`— ${check} (${scale}) —`);
  const result = await runCheck(check);
  result.seconds = Number(((Date.now() - t0) / 1000).toFixed(1));
  results.push(result);
  say(`${check}: ${result.passed ? 'passed' : `FAILED (exit ${result.exit})`} in ${result.seconds} s`);
}
rmSync(privateDist, { recursive: true, force: true });

mkdirSync(join(root, 'artifacts'), { recursive: true });
writeFileSync(
  join(root, 'artifacts', 'reliability.json'),
  JSON.stringify({ scale, finishedAt: new Date().toISOString(), seconds: Math.round((Date.now() - started) / 1000), results }, null, 2),
);
const passed = results.filter((r) => r.passed).length;
for (const r of results) say(`${r.passed ? 'ok  ' : 'FAIL'} ${r.check.padEnd(17)} ${r.figures.map((f) => JSON.stringify(f)).join(' ')}`);
console.log(`reliability: ${passed} passed, ${results.length - passed} failed (${seconds(started)}, artifacts/reliability.json)`);
process.exit(passed === results.length && results.length > 0 ? 0 : 1);
