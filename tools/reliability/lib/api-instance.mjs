// Shared by every reliability check: a fresh database on a PostgreSQL server, the built API
// started on it (as e2e/run.mjs starts it, with the demo organisation), and signed-in sessions.
//
// The API is run from RELIABILITY_API_DIST (a private copy of dist/apps made by run.mjs, so a
// rebuild by someone else cannot change it mid-run), or from dist/apps when that is unset.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { demoTotpSecret } from '../../api-code.mjs';
import { freePort, projectEnv, root, withDatabase } from '../../run.mjs';

const require = createRequire(import.meta.url);
const { Client } = require('pg');
const { authenticator } = require('otplib');

export const DEMO_PASSWORD = 'walk beside me, demo 2026';
export const DEMO = {
  admin: 'ada.admin@demo.beside.test',
  manager: 'maya.manager@demo.beside.test',
  advocate: 'amara.advocate@demo.beside.test',
  otherAdvocate: 'bea.advocate@demo.beside.test',
  serviceUser: 'nia@demo.beside.test',
  otherServiceUser: 'rosa@demo.beside.test',
  thirdServiceUser: 'lena@demo.beside.test',
};

export const SCALE = process.env.RELIABILITY_SCALE === 'ci' ? 'ci' : 'full';
export const artifactsDir = join(root, 'artifacts', 'reliability');
const READY_WITHIN_MS = 180_000;

export function apiDist() {
  return process.env.RELIABILITY_API_DIST ?? join(root, 'dist', 'apps');
}

/** Prints a check's figures in the one line run.mjs collects. */
export function reportFigures(check, figures) {
  console.log(`FIGURES ${JSON.stringify({ check, scale: SCALE, ...figures })}`);
}

/** Runs `work(client)` on one connection to `url`, always closing it. */
export async function withClient(url, work) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function query(url, sql, params = []) {
  return withClient(url, async (c) => (await c.query(sql, params)).rows);
}

/** A new, empty database on that server; the API migrates it when it starts. */
export async function freshDatabase(serverUrl) {
  if (!serverUrl) throw new Error('DATABASE_URL (a PostgreSQL server) is required by the reliability checks');
  const name = `beside_rel_${randomBytes(6).toString('hex')}`;
  await query(serverUrl, `CREATE DATABASE ${name}`);
  return {
    name,
    url: withDatabase(serverUrl, name),
    drop: () => query(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).then(() => undefined),
  };
}

/**
 * Starts the built API on `databaseUrl` and waits until /api/health/ready answers 200.
 * @param {{ databaseUrl?: string, port?: number, env?: Record<string, string>, label?: string }} [options]
 */
export async function startApi({ databaseUrl, port, env = {}, label = 'api' } = {}) {
  const dist = apiDist();
  const main = join(dist, 'api', 'main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: build the API (npm run build) or run through tools/reliability/run.mjs`);
  port ??= await freePort();
  const baseUrl = `http://localhost:${port}`;
  mkdirSync(artifactsDir, { recursive: true });
  const logPath = join(artifactsDir, `${label}-${port}.log`);
  const log = createWriteStream(logPath);
  const child = spawn('node', [main], {
    cwd: root,
    env: projectEnv({
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: baseUrl,
      WEB_DIST_DIR: join(dist, 'web', 'browser'),
      LOG_LEVEL: 'info',
      DEMO_SEED: 'true',
      AUTH_RATE_LIMIT_PER_MINUTE: '600',
      DATABASE_URL: databaseUrl,
      BESIDE_DATA_DIR: '',
      ...env,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })));
  exited.then(() => log.end());

  const deadline = Date.now() + READY_WITHIN_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the API (${label}) exited during start-up (${child.exitCode ?? child.signalCode}); log: ${logPath}\n${tail(logPath)}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/health/ready`, { signal: AbortSignal.timeout(5000) });
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the API (${label}) was not ready within ${READY_WITHIN_MS / 1000} s; log: ${logPath}`);
    }
    await sleep(300);
  }

  return {
    baseUrl,
    port,
    process: child,
    logPath,
    exited,
    /**
     * Sends the signal and resolves with how it ended; SIGKILL after `withinMs`.
     * @param {NodeJS.Signals} [signal]
     */
    async stop(signal = 'SIGTERM', withinMs = 20_000) {
      if (child.exitCode !== null || child.signalCode !== null) return { code: child.exitCode, signal: child.signalCode, ms: 0 };
      const t0 = Date.now();
      const timer = setTimeout(() => child.kill('SIGKILL'), withinMs);
      child.kill(signal);
      const end = await exited;
      clearTimeout(timer);
      return { code: end.code, signal: end.signal, ms: end.at - t0, killed: end.signal === 'SIGKILL' };
    },
  };
}

export function tail(path, lines = 30) {
  if (!existsSync(path)) return '';
  return readFileSync(path, 'utf8').split('\n').slice(-lines).join('\n');
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The API accepts the codes of the step before, the current 30-second step and the one after, and
// refuses a code from a step at or before one it accepted for that person; within one process, hand
// out the earliest step still open (the one before only while it cannot expire on the way), and wait
// only when all three are used.
const usedSteps = new Map();
export async function freshDemoCode(email) {
  const key = email.toLowerCase();
  for (;;) {
    const now = Date.now();
    const step = Math.floor(now / 30_000);
    const open = (now % 30_000 < 20_000 ? [step - 1] : []).concat(step, step + 1);
    const usable = open.find((s) => s > (usedSteps.get(key) ?? -1));
    if (usable !== undefined) {
      usedSteps.set(key, usable);
      return authenticator.clone({ epoch: usable * 30_000 + 15_000 }).generate(demoTotpSecret(email));
    }
    await sleep(500);
  }
}

/**
 * A signed-in person: keeps the session cookie and the CSRF token as the web app does.
 * `request` never throws on an HTTP status; it resolves { status, body, text, ms, headers }.
 */
export class Session {
  constructor(baseUrl) {
    this.baseUrl = baseUrl.replace(/\/$/, '');
    this.cookie = null;
    this.csrfToken = null;
  }

  /** The same session against another instance of the API (cookie and token carried over). */
  on(baseUrl) {
    const other = new Session(baseUrl);
    other.cookie = this.cookie;
    other.csrfToken = this.csrfToken;
    return other;
  }

  async request(method, path, body, { headers = {}, timeoutMs = 30_000 } = {}) {
    const h = { Accept: 'application/json', ...headers };
    if (body !== undefined) h['Content-Type'] = 'application/json';
    if (this.cookie) h['Cookie'] = this.cookie;
    if (this.csrfToken && !['GET', 'HEAD'].includes(method)) h['X-CSRF-Token'] = this.csrfToken;
    const t0 = performance.now();
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: h,
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    const ms = performance.now() - t0;
    this.keepCookie(res.headers);
    /** @type {any} JSON when the API answered JSON, else the text */
    let parsed = text;
    if ((res.headers.get('content-type') ?? '').includes('application/json') && text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        // leave as text
      }
    }
    if (typeof parsed?.csrfToken === 'string') this.csrfToken = parsed.csrfToken;
    return { status: res.status, body: parsed, text, ms, headers: res.headers };
  }

  get(path, options) {
    return this.request('GET', path, undefined, options);
  }
  post(path, body, options) {
    return this.request('POST', path, body ?? {}, options);
  }

  keepCookie(headers) {
    for (const line of headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      if (!/^(__Host-)?beside_session$/.test(name)) continue;
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^max-age=(0|-)/i.test(a.trim()) || /^expires=Thu, 01 Jan 1970/i.test(a.trim()));
      this.cookie = value && !expired ? `${name}=${value}` : null;
    }
  }
}

/** Signs a demo person in (with the two-step code for staff); resolves a Session. */
export async function signIn(baseUrl, email, password = DEMO_PASSWORD) {
  const session = new Session(baseUrl);
  const first = await session.post('/api/auth/sign-in', { email, password });
  if (first.status !== 200) throw new Error(`sign-in of ${email} failed: ${first.status} ${first.text}`);
  if (first.body?.stage === 'mfa_challenge') {
    const second = await session.post('/api/auth/mfa/challenge', { code: await freshDemoCode(email) });
    if (second.status !== 200) throw new Error(`two-step sign-in of ${email} failed: ${second.status} ${second.text}`);
  }
  if (!session.cookie) throw new Error(`sign-in of ${email} set no session cookie`);
  if (!session.csrfToken) {
    const current = await session.get('/api/auth/session');
    if (typeof current.body?.csrfToken === 'string') session.csrfToken = current.body.csrfToken;
  }
  return session;
}

/** Verifies the audit chain in the database itself (the built cli.js audit-verify); resolves { ok, output }. */
export function verifyAuditChain(databaseUrl) {
  return new Promise((resolve) => {
    const child = spawn('node', [join(apiDist(), 'api', 'cli.js'), 'audit-verify'], {
      cwd: root,
      env: projectEnv({ DATABASE_URL: databaseUrl }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ ok: code === 0, output: output.trim() }));
  });
}
