import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { authenticator } from 'otplib';

/** The fictional demo organisation seeded by the API (apps/api/src/database/seeds/demo-seed.ts). */
export const DEMO_PASSWORD = 'walk beside me, demo 2026';
export const DEMO = {
  admin: 'ada.admin@demo.beside.test',
  manager: 'maya.manager@demo.beside.test',
  advocate: 'amara.advocate@demo.beside.test',
  otherAdvocate: 'bea.advocate@demo.beside.test',
  serviceUser: 'nia@demo.beside.test',
  otherServiceUser: 'rosa@demo.beside.test',
  // The network (issue 17): its operator, and a second fictional member organisation.
  networkOperator: 'noor.network@demo.beside.test',
  harbourAdmin: 'hana.admin@harbour.demo.beside.test',
  harbourManager: 'ines.manager@harbour.demo.beside.test',
  harbourAdvocate: 'joy.advocate@harbour.demo.beside.test',
  harbourServiceUser: 'kezia@harbour.demo.beside.test',
} as const;

/** The running app's address, from e2e/run.mjs. */
export function baseUrl(): string {
  const url = process.env['E2E_BASE_URL'];
  if (!url) throw new Error('E2E_BASE_URL is not set: run the end-to-end suites with `npm run test:e2e`.');
  return url.replace(/\/$/, '');
}

export function artifactsDir(): string {
  const dir = process.env['E2E_ARTIFACTS_DIR'] ?? join(__dirname, '..', 'artifacts');
  mkdirSync(dir, { recursive: true });
  return dir;
}

// The same derivation as tools/demo-code.mjs and the demo seed.
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export function demoTotpSecret(email: string): string {
  const bytes = createHash('sha256').update(`beside-demo-totp:${email.toLowerCase()}`).digest().subarray(0, 20);
  let bits = '';
  for (const b of bytes) bits += b.toString(2).padStart(8, '0');
  let secret = '';
  for (let i = 0; i + 5 <= bits.length; i += 5) secret += BASE32[parseInt(bits.slice(i, i + 5), 2)];
  return secret;
}

/**
 * A two-step code for a demo staff account that the API has not seen yet. The API accepts the
 * codes of the 30-second step before, the current one and the one after (clock drift), and refuses
 * a code from a step at or before one it already accepted; so this hands out the earliest step still
 * open (the one before only while it cannot expire on the way), and waits only when all three are
 * used. Used steps are kept in a file (one per shard: each has its own API and database), so API
 * and browser suites (separate module registries in one run) never hand out the same code twice.
 */
export async function freshDemoCode(email: string): Promise<string> {
  const shard = process.env['E2E_SHARD'];
  const file = join(artifactsDir(), shard ? `totp-steps-${shard}.json` : 'totp-steps.json');
  const key = email.toLowerCase();
  for (;;) {
    let used: Record<string, number> = {};
    try {
      used = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      // first use in this run
    }
    const now = Date.now();
    const step = Math.floor(now / 30000);
    const open = (now % 30000 < 20000 ? [step - 1] : []).concat(step, step + 1);
    const usable = open.find((s) => s > (used[key] ?? -1));
    if (usable !== undefined) {
      used[key] = usable;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(used));
      return authenticator.clone({ epoch: usable * 30000 + 15000 }).generate(demoTotpSecret(email));
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * fetch() against the app under test. `Connection: close`, so that no idle keep-alive
 * socket holds jest open after the last test.
 */
export function http(path: string, init: RequestInit & { headers?: Record<string, string> } = {}): Promise<Response> {
  return fetch(`${baseUrl()}${path}`, { redirect: 'manual', ...init, headers: { Connection: 'close', ...init.headers } });
}

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface RequestOptions {
  body?: unknown;
  /** Sent as is, instead of JSON-encoding `body`. */
  rawBody?: string;
  headers?: Record<string, string>;
}

/**
 * A minimal HTTP client for the API that keeps the session cookie and the CSRF token,
 * as the web app does. The cookie is `Secure`; Node's fetch keeps no cookie jar, so the
 * client reads Set-Cookie and sends the Cookie header itself.
 */
export class ApiClient {
  cookie: string | null = null;
  csrfToken: string | null = null;

  constructor(readonly base = baseUrl()) {}

  async request<T = any>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    let body: string | undefined = options.rawBody;
    if (body === undefined && options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
      headers['Content-Type'] = 'application/json';
    }
    if (this.cookie) headers['Cookie'] = this.cookie;
    if (this.csrfToken && !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase())) headers['X-CSRF-Token'] = this.csrfToken;
    const res = await fetch(`${this.base}${path}`, { method, headers: { Connection: 'close', ...headers }, body, redirect: 'manual' });
    this.keepCookie(res.headers);
    const text = await res.text();
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('application/json') && text) parsed = JSON.parse(text);
    const answer = { status: res.status, headers: res.headers, body: parsed as T, text };
    const csrf = (parsed as { csrfToken?: unknown } | null)?.csrfToken;
    if (typeof csrf === 'string') this.csrfToken = csrf;
    return answer;
  }

  get<T = any>(path: string, options?: RequestOptions) {
    return this.request<T>('GET', path, options);
  }
  post<T = any>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('POST', path, { ...options, body });
  }
  put<T = any>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('PUT', path, { ...options, body });
  }
  patch<T = any>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('PATCH', path, { ...options, body });
  }
  delete<T = any>(path: string, options?: RequestOptions) {
    return this.request<T>('DELETE', path, options);
  }

  /** The session cookie's value (for checks that it never reaches a log). */
  get sessionToken(): string | null {
    return this.cookie?.split('=').slice(1).join('=') ?? null;
  }

  private keepCookie(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      if (!/^(__Host-)?beside_session$/.test(name)) continue;
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => {
        const [k, v = ''] = a.trim().split('=');
        return (k.toLowerCase() === 'max-age' && Number(v) <= 0) || (k.toLowerCase() === 'expires' && Date.parse(v) <= Date.now());
      });
      this.cookie = value && !expired ? `${name}=${value}` : null;
    }
  }
}

/** Signs a demo person in over HTTP, with the two-step code for staff. */
export async function signIn(email: string, password = DEMO_PASSWORD): Promise<ApiClient> {
  const client = new ApiClient();
  const first = await client.post('/api/auth/sign-in', { email, password });
  if (first.status !== 200) throw new Error(`sign-in of ${email} failed: ${first.status} ${first.text}`);
  if (first.body.stage === 'mfa_challenge') {
    const second = await client.post('/api/auth/mfa/challenge', { code: await freshDemoCode(email) });
    if (second.status !== 200) throw new Error(`two-step sign-in of ${email} failed: ${second.status} ${second.text}`);
  }
  if (!client.cookie) throw new Error(`sign-in of ${email} set no session cookie`);
  return client;
}
