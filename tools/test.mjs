// `npm test`: every suite, in three stages of steps that run side by side (each stage after the one
// before), packed for a small machine:
//   1. lint, unit tests and the API integration tests (real PostgreSQL from DATABASE_URL, else embedded);
//   2. the built app end to end in Chromium (in shards of its own, e2e/run.mjs);
//   3. the reliability checks in their CI setting, alone: they measure timings under load.
// Integration tests beside the end-to-end shards were tried: the machine is then so busy that the
// sign-in throttle's few-second blocks lapse before a test looks at them.
//   node tools/test.mjs [step…]   e.g. node tools/test.mjs lint unit
import { spawn } from 'node:child_process';
import { projectEnv, root } from './run.mjs';

/** @typedef {{ name: string, command: string, args: string[], env?: Record<string, string>, suite: boolean }} Step */
/** @type {Step[][]} */
const stages = [
  [
    { name: 'lint', command: 'npm', args: ['run', 'lint', '--', '--outputStyle=static'], suite: true },
    { name: 'unit', command: 'npm', args: ['run', 'test:unit', '--', '--outputStyle=static'], suite: true },
    { name: 'integration', command: 'npm', args: ['run', 'test:int'], suite: true },
  ],
  [{ name: 'end-to-end', command: 'npm', args: ['run', 'test:e2e'], suite: true }],
  // The smaller setting (docs/RELIABILITY.md); `npm run test:reliability` alone runs the full one.
  [{ name: 'reliability', command: 'npm', args: ['run', 'test:reliability'], env: { RELIABILITY_SCALE: 'ci' }, suite: true }],
];

/**
 * A step run with its output held back and printed whole when it ends, so steps running side by
 * side do not interleave their lines; a step alone prints as it goes.
 * @param {Step} step @param {boolean} held
 * @returns {Promise<number>}
 */
function runStep(step, held) {
  return new Promise((resolvePromise) => {
    const child = spawn(step.command, step.args, {
      cwd: root,
      env: projectEnv(step.env ?? {}),
      stdio: ['ignore', held ? 'pipe' : 'inherit', held ? 'pipe' : 'inherit'],
    });
    /** @type {Buffer[]} */
    const chunks = [];
    child.stdout?.on('data', (c) => chunks.push(c));
    child.stderr?.on('data', (c) => chunks.push(c));
    child.on('exit', (code, signal) => {
      if (held) process.stdout.write(`\n=== ${step.name} ===\n${Buffer.concat(chunks).toString()}`);
      resolvePromise(signal ? 1 : (code ?? 1));
    });
    child.on('error', () => {
      if (held) process.stdout.write(`\n=== ${step.name} ===\n${step.command} could not start\n`);
      resolvePromise(127);
    });
  });
}

const names = stages.flat().map((s) => s.name);
const only = process.argv.slice(2);
const unknown = only.filter((n) => !names.includes(n));
if (unknown.length) {
  console.error(`unknown step(s): ${unknown.join(', ')}; known: ${names.join(', ')}`);
  process.exit(2);
}
let passed = 0;
let failed = 0;
const started = Date.now();
for (const stage of stages) {
  const chosen = stage.filter((s) => !only.length || only.includes(s.name));
  if (!chosen.length) continue;
  const t0 = Date.now();
  const held = chosen.length > 1;
  if (held) console.log(`\n=== ${chosen.map((s) => s.name).join(', ')}: side by side ===`);
  else console.log(`\n=== ${chosen[0].name} ===`);
  const codes = await Promise.all(
    chosen.map((step) =>
      runStep(step, held).then((code) => {
        const took = ((Date.now() - t0) / 1000).toFixed(0);
        console.log(`=== ${step.name}: ${code === 0 ? 'passed' : 'FAILED'} in ${took} s ===`);
        return code;
      }),
    ),
  );
  chosen.forEach((step, i) => {
    if (!step.suite && codes[i] === 0) return;
    if (codes[i] === 0) passed += 1;
    else failed += 1;
  });
}
console.log(`\nAll suites finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`suites: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
