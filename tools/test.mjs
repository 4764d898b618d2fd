// `npm test`: every suite, in order — lint, unit, API integration (real PostgreSQL from
// DATABASE_URL, else embedded), the built app end to end in Chromium, then the reliability
// checks in their CI setting.
import { run } from './run.mjs';

const suites = [
  ['lint', 'npm', ['run', 'lint', '--', '--outputStyle=static']],
  ['unit', 'npm', ['run', 'test:unit', '--', '--outputStyle=static']],
  ['integration', 'npm', ['run', 'test:int']],
  ['end-to-end', 'npm', ['run', 'test:e2e']],
  // The smaller setting (docs/RELIABILITY.md); `npm run test:reliability` alone runs the full one.
  ['reliability', 'npm', ['run', 'test:reliability'], { RELIABILITY_SCALE: 'ci' }],
];
const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const started = Date.now();
for (const [name, command, args, env = {}] of suites) {
  if (only.length && !only.includes(name)) continue;
  const t0 = Date.now();
  console.log(`\n=== ${name} ===`);
  const code = await run(command, args, { env });
  console.log(`=== ${name}: ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(0)} s ===`);
  if (code === 0) passed += 1;
  else failed += 1;
}
console.log(`\nAll suites finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`suites: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
