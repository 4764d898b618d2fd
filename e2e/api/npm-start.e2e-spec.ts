import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// `npm start` as a newcomer runs it (tools/start.mjs, development, embedded database): the
// console must end with the banner of demo logins and hold no JSON log lines, while the full
// JSON log goes to the file the banner names.
const root = resolve(__dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited early:\n${output()}`);
    try {
      if ((await fetch(`${url}/api/health/ready`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`npm start was not ready within 240 s:\n${output()}`);
}

describe('npm start in development', () => {
  const dir = mkdtempSync(join(tmpdir(), 'beside-npm-start-'));
  const logFile = join(dir, 'logs', 'api.log');
  let child: ChildProcess;
  let output = '';
  let url = '';

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    // The build e2e/run.mjs just made: start.mjs would only find it in Nx's cache.
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), BESIDE_DATA_DIR: 'memory', DATABASE_URL: '', LOG_FILE: logFile, BESIDE_SKIP_BUILD: 'true' };
    for (const key of ['NODE_ENV', 'LOG_LEVEL', 'PUBLIC_URL', 'DEMO_SEED', 'WEB_DIST_DIR']) delete env[key];
    // Its own process group, so that stopping it stops start.mjs and the API together.
    child = spawn(process.execPath, [join(root, 'tools/start.mjs')], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitUntilReady(url, child, () => output);
    // Requests after the banner: in the console they would push the logins off the screen.
    expect((await fetch(`${url}/api/status`)).status).toBe(200);
    expect((await fetch(`${url}/api/no-such-thing`)).status).toBe(404);
    const signIn = await fetch(`${url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: url },
      body: JSON.stringify({ email: 'nia@demo.beside.test', password: 'walk beside me, demo 2026' }),
    });
    expect(signIn.status).toBe(200);
    await new Promise((r) => setTimeout(r, 1000));
  }, 300_000);

  afterAll(async () => {
    if (child?.pid && child.exitCode === null) {
      process.kill(-child.pid, 'SIGTERM');
      await new Promise<void>((done) => {
        const timer = setTimeout(() => {
          if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
          done();
        }, 20_000);
        child.on('exit', () => {
          clearTimeout(timer);
          done();
        });
      });
    }
    rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  const lines = () => output.split('\n').map((l) => l.trimEnd());

  it('should say which Node.js Beside runs on', () => {
    expect(output).toMatch(/Starting the last build of Beside on Node\.js v24\./);
    expect(output).toMatch(/Beside is running at http:\/\/localhost:\d+ \(Node\.js v24\./);
  });

  it('should print no JSON log lines on the console', () => {
    expect(lines().filter((l) => l.trimStart().startsWith('{'))).toEqual([]);
  });

  it('should end the console with the banner: the demo logins and where the log is', () => {
    const all = lines();
    const start = all.findIndex((l) => /^\s+Beside is running at /.test(l));
    expect(start).toBeGreaterThan(-1);
    const banner = all.slice(start).filter((l) => l !== '');
    expect(banner).toContain(`  Log: ${logFile} (JSON lines); only warnings and errors show here`);
    // With no SMTP_URL, a newcomer is told where messages go and where to read them.
    expect(banner).toContain('  Messages: no email or text leaves this computer; a development inbox catches them (admins: Sent messages page)');
    expect(banner.some((l) => /^\s{4}service_user\s+nia@demo\.beside\.test\s+Nia Campbell$/.test(l))).toBe(true);
    // Nothing after the last banner line, though requests were made after it.
    expect(banner[banner.length - 1]).toBe('    npm run demo:code -- <email>');
  });

  it('should write the full JSON log, requests included, to the file', () => {
    expect(existsSync(logFile)).toBe(true);
    const records = readFileSync(logFile, 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as { msg?: string; req?: { path?: string } });
    expect(records.some((r) => /^Mapped \{/.test(r.msg ?? ''))).toBe(true);
    expect(records.some((r) => r.msg === 'request completed' && r.req?.path === '/api/status')).toBe(true);
    expect(records.some((r) => r.msg === 'request completed' && r.req?.path === '/api/auth/sign-in')).toBe(true);
  });
});
