// `npm start`: build the API and the web app (cached by Nx), then run the API, which
// serves the web app on the same origin. With no DATABASE_URL it uses the embedded
// PostgreSQL in ./.data and seeds the fictional demo organisation on first start.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { mustRun, projectEnv, root } from './run.mjs';

const started = Date.now();
// BESIDE_SKIP_BUILD=true starts the last build as it is (a quick restart; the end-to-end test of npm start).
if (process.env.BESIDE_SKIP_BUILD === 'true') {
  console.log(`Starting the last build of Beside on Node.js ${process.version}…`);
} else {
  await mustRun('nx', ['run-many', '-t', 'build', '-p', 'api', 'web', '--configuration=production', '--outputStyle=static']);
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s; starting Beside on Node.js ${process.version}…`);
}

// In development the full JSON log goes to a file and the console shows warnings and errors
// as readable lines, so the banner with the demo logins stays on screen (README, "Try it").
// Production keeps JSON lines on stdout, as in the containers; so does LOG_FILE= (empty).
const logFile = process.env.NODE_ENV === 'production' ? process.env.LOG_FILE : (process.env.LOG_FILE ?? '.data/logs/api.log');

// A bounded V8 heap, as in apps/api/Dockerfile (docs/PERFORMANCE.md, "Memory").
const api = spawn('node', ['--max-semi-space-size=16', '--max-old-space-size=256', join(root, 'dist/apps/api/main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: projectEnv({ WEB_DIST_DIR: process.env.WEB_DIST_DIR ?? join(root, 'dist/apps/web/browser'), LOG_FILE: logFile ?? '' }),
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => api.kill(signal));
api.on('exit', (code) => process.exit(code ?? 0));
