// `npm test`: every suite — lint, unit and API integration (real PostgreSQL from DATABASE_URL,
// else embedded) side by side, then the built app end to end in Chromium, then the reliability
// checks in their CI setting.
import { spawn } from 'node:child_process';
import { projectEnv, root, run } from './run.mjs';

/** @type {[name: string, command: string, args: string[], env?: Record<string, string>][]} */
const suites = [
  ['lint', 'npm', ['run', 'lint', '--', '--outputStyle=static']],
  ['unit', 'npm', ['run', 'test:unit', '--', '--outputStyle=static']],
  ['integration', 'npm', ['run', 'test:int']],
  ['end-to-end', 'npm', ['run', 'test:e2e']],
  // The smaller setting (docs/RELIABILITY.md); `npm run test:reliability` alone runs the full one.
  ['reliability', 'npm', ['run', 'test:reliability'], { RELIABILITY_SCALE: 'ci' }],
];
/** These do not share anything (each integration test file makes its own database), so they run side by side. */
const SIDE_BY_SIDE = new Set(['lint', 'unit', 'integration']);

/**
 * A suite run with its output held back and printed whole when it ends, so suites running side by
 * side do not interleave their lines.
 * @param {string} command @param {string[]} args @param {Record<string, string>} env
 * @returns {Promise<{ code: number, output: string }>}
 */
function runHeld(command, args, env) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd: root, env: projectEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    /** @type {Buffer[]} */
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => chunks.push(c));
    child.on('exit', (code, signal) => resolvePromise({ code: signal ? 1 : (code ?? 1), output: Buffer.concat(chunks).toString() }));
    child.on('error', () => resolvePromise({ code: 127, output: `${command} could not start` }));
  });
}

const only = process.argv.slice(2);
const chosen = suites.filter(([name]) => !only.length || only.includes(name));
let passed = 0;
let failed = 0;
const started = Date.now();
/** @param {string} name @param {number} code @param {number} t0 */
const report = (name, code, t0) => {
  console.log(`=== ${name}: ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(0)} s ===`);
  if (code === 0) passed += 1;
  else failed += 1;
};
const together = chosen.filter(([name]) => SIDE_BY_SIDE.has(name));
if (together.length > 1) {
  const t0 = Date.now();
  console.log(`\n=== ${together.map(([name]) => name).join(', ')}: side by side ===`);
  const results = await Promise.all(together.map(([, command, args, env = {}]) => runHeld(command, args, env)));
  together.forEach(([name], i) => {
    console.log(`\n=== ${name} ===`);
    process.stdout.write(results[i].output);
    report(name, results[i].code, t0);
  });
}
for (const [name, command, args, env = {}] of chosen) {
  if (together.length > 1 && SIDE_BY_SIDE.has(name)) continue;
  const t0 = Date.now();
  console.log(`\n=== ${name} ===`);
  report(name, await run(command, args, { env }), t0);
}
console.log(`\nAll suites finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`suites: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
