// Preloaded into the API by the benchmark only (node --require): when BENCH_CAPTURE_SQL
// names a file, every statement the API sends through `pg` is appended to it as one JSON
// line, with its parameters and (the first rows of) its result. The benchmark makes one
// request of each path while capturing, and replays exactly those statements as the
// path's SQL floor. Never part of the application.
const { appendFileSync } = require('node:fs');
const pg = require('pg');

const file = process.env.BENCH_CAPTURE_SQL;
if (file) {
  const ids = new WeakMap();
  let nextId = 1;
  const clientId = (c) => {
    if (!ids.has(c)) ids.set(c, nextId++);
    return ids.get(c);
  };
  const plain = (v) => (v instanceof Date ? v.toISOString() : Buffer.isBuffer(v) ? v.toString('hex') : v);
  const record = (client, text, values, res, error) => {
    const rows = Array.isArray(res?.rows) ? res.rows.slice(0, 5) : [];
    appendFileSync(
      file,
      `${JSON.stringify({
        client: clientId(client),
        text,
        values: (values ?? []).map(plain),
        fields: res?.fields?.map((f) => f.name) ?? [],
        rows: rows.map((r) => (Array.isArray(r) ? r.map(plain) : Object.values(r).map(plain))),
        rowCount: res?.rowCount ?? null,
        error: error ? String(error.message) : null,
      })}\n`,
    );
  };
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function capturedQuery(...args) {
    const [config, values, callback] = args;
    const text = typeof config === 'string' ? config : config?.text;
    const params = typeof config === 'object' && config?.values ? config.values : Array.isArray(values) ? values : [];
    if (typeof text !== 'string') return original.apply(this, args);
    const cb = typeof values === 'function' ? values : callback;
    if (typeof cb === 'function') {
      const wrapped = (err, res) => {
        record(this, text, params, res, err);
        cb(err, res);
      };
      return typeof values === 'function' ? original.call(this, config, wrapped) : original.call(this, config, values, wrapped);
    }
    const result = original.apply(this, args);
    if (result && typeof result.then === 'function') {
      return result.then(
        (res) => {
          record(this, text, params, res, null);
          return res;
        },
        (err) => {
          record(this, text, params, null, err);
          throw err;
        },
      );
    }
    return result;
  };
}
