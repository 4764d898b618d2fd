// Drives one path over HTTP with autocannon (fixed connections and duration), and makes
// single requests of it (for the SQL capture and to check it answers at all).
import { createRequire } from 'node:module';
import { summarise } from './stats.mjs';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');

function headersFor(session, withBody) {
  const h = { cookie: session.cookie, accept: 'application/json' };
  if (withBody) {
    h['content-type'] = 'application/json';
    h['x-csrf-token'] = session['x-csrf-token'];
  }
  return h;
}

const resolve = (value, ctx) => (typeof value === 'function' ? value(ctx) : value);

/** One use of the path, request by request; throws on anything but 2xx. */
export async function once(url, path, session, afterEach = () => undefined) {
  const ctx = {};
  for (const r of path.requests) {
    const body = r.body ? JSON.stringify(r.body(ctx)) : undefined;
    const res = await fetch(`${url}${resolve(r.path, ctx)}`, { method: r.method, headers: headersFor(session, !!body), body });
    const text = await res.text();
    if (res.status >= 300) {
      const error = /** @type {Error & { status?: number }} */ (new Error(`${r.method} ${resolve(r.path, ctx)} answered ${res.status}: ${text.slice(0, 300)}`));
      error.status = res.status;
      throw error;
    }
    if (r.keep) Object.assign(ctx, r.keep(JSON.parse(text)));
    await afterEach();
  }
}

export function load(url, path, session, { connections, seconds }) {
  const latencies = [];
  let non2xx = 0;
  const requests = path.requests.map((r) => ({
    method: r.method,
    setupRequest: (req, ctx) => {
      const body = r.body ? JSON.stringify(r.body(ctx)) : undefined;
      return { ...req, path: resolve(r.path, ctx), headers: headersFor(session, !!body), body };
    },
    onResponse: (status, body, ctx) => {
      if (r.keep && status < 300) Object.assign(ctx, r.keep(JSON.parse(body)));
    },
  }));
  return new Promise((done, fail) => {
    const instance = autocannon({ url, connections, duration: seconds, requests, timeout: 30 }, (error, result) => {
      if (error) return fail(error);
      const errors = non2xx + result.errors + result.timeouts;
      done({ ...summarise(latencies, result.duration, errors), latencies, seconds: result.duration });
    });
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode >= 300) non2xx += 1;
    });
  });
}
