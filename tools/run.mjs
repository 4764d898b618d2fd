// Helpers for the project's scripts: every child runs with node_modules/.bin first on PATH,
// so `node` is the pinned Node.js 24 even on a machine whose own node is older.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const bin = join(root, 'node_modules', '.bin');

export function projectEnv(extra = {}) {
  return {
    ...process.env,
    PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
    NX_DAEMON: process.env.NX_DAEMON ?? 'false',
    NX_NO_CLOUD: 'true',
    NX_TUI: 'false',
    ...extra,
  };
}

/** Runs a command to completion; resolves with its exit code. */
export function run(command, args, { env = {}, cwd = root, quiet = false } = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd, env: projectEnv(env), stdio: quiet ? 'ignore' : 'inherit' });
    child.on('exit', (code, signal) => resolvePromise(signal ? 1 : (code ?? 1)));
    child.on('error', () => resolvePromise(127));
  });
}

/**
 * A TCP port on 127.0.0.1 that nothing listens on (now).
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolvePromise(port));
    });
  });
}

/**
 * The same PostgreSQL server's URL, for the database `name`.
 * @param {string} url
 * @param {string} name
 */
export function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function mustRun(command, args, options) {
  const code = await run(command, args, options);
  if (code !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed with exit code ${code}`);
    process.exit(code);
  }
}
