// The SQL floor of a path: the statements the API sent for one request of it (captured by
// capture-sql.cjs), replayed directly through `pg` at the same concurrency, in the same
// order, as one sequence per request. What the API adds on top (HTTP, Nest, validation,
// JSON, its pool) is the ratio the benchmark reports.
//
// A replay must do what a real request would, so that writes neither fail on unique keys
// nor fork the audit chain: ids a statement returned (RETURNING) are mapped to the ids the
// replay got back, and an audit append takes the chain head it locked, numbers and hashes
// its events after it, and moves the head on, exactly as audit-writer.ts did before the
// audit sealing migration; since then, an unsealed event gets a new id and content hash,
// and the captured beside_audit_seal() call after commit seals it into the chain.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { hashAuditContent, hashAuditEvent } from '../../api-code.mjs';
import { summarise } from './stats.mjs';

const require = createRequire(import.meta.url);
const { Client } = require('pg');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function readCapture(file, fromLine, toLine) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(fromLine, toLine)
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

export function lineCount(file) {
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean).length;
  } catch {
    return 0;
  }
}

/**
 * An audit_event row (column names as keys, as a statement's values give them) as the fields
 * the API's own audit hash covers.
 * @param {Record<string, any>} e
 * @returns {import('../../api-code.mjs').AuditEventContent}
 */
export function auditContentOfRow(e) {
  return {
    id: e.id, organisationId: e.organisation_id, seq: e.seq, occurredAt: e.occurred_at, actorUserId: e.actor_user_id,
    actorRole: e.actor_role, action: e.action, entityType: e.entity_type, entityId: e.entity_id, subjectId: e.subject_id,
    outcome: e.outcome, reason: e.reason, requestId: e.request_id, ip: e.ip, userAgent: e.user_agent,
    detail: typeof e.detail === 'string' ? JSON.parse(e.detail) : e.detail, prevHash: e.prev_hash,
  };
}

export function auditColumns(text) {
  const m = /INSERT INTO audit_event\s*\(([^)]+)\)/i.exec(text);
  return m ? m[1].split(',').map((c) => c.trim()) : null;
}

/**
 * Turns the captured statements of a path (one list per HTTP request) into a function that
 * runs them once on a client, request after request, and returns each request's time (ms).
 */
export function replayer(requests) {
  return async function replay(client) {
    const mapped = new Map();
    const heads = new Map();
    const times = [];
    for (const statements of requests) {
      const t0 = performance.now();
      for (const s of statements) await replayStatement(client, s, mapped, heads);
      times.push(performance.now() - t0);
    }
    return times;
  };
}

async function replayStatement(client, s, mapped, heads) {
  let values = s.values.map((v) => (typeof v === 'string' && mapped.has(v) ? mapped.get(v) : v));
  const columns = auditColumns(s.text);
  if (columns?.includes('hash')) values = renumberAuditRows(columns, values, heads);
  else if (columns?.includes('content_hash')) values = freshAuditRows(columns, values);
  if (/^\s*UPDATE audit_chain_head SET seq = \$2, hash = \$3/i.test(s.text)) {
    const head = heads.get(values[0]);
    if (head) values = [values[0], head.seq, head.hash];
  }
  const res = await client.query({ text: s.text, values, rowMode: 'array' });
  if (/FROM audit_chain_head\b.*FOR UPDATE/is.test(s.text) && res.rows[0]) {
    const seqAt = res.fields.findIndex((f) => f.name === 'seq');
    const hashAt = res.fields.findIndex((f) => f.name === 'hash');
    heads.set(values[0], { seq: Number(res.rows[0][seqAt]), hash: res.rows[0][hashAt] });
  }
  // Ids the original got back, as the replay got them: later statements use the replay's.
  if (/RETURNING/i.test(s.text)) {
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const now = res.rows[r]?.[c];
        if (typeof v === 'string' && UUID.test(v) && typeof now === 'string' && now !== v) mapped.set(v, now);
      }),
    );
  }
}

/** Unsealed events (written without a chain position): new ids and time, their content hash to match. */
export function freshAuditRows(columns, values) {
  const width = columns.length;
  const out = [...values];
  const occurredAt = new Date().toISOString();
  for (let base = 0; base + width <= out.length; base += width) {
    const row = Object.fromEntries(columns.map((c, i) => [c, out[base + i]]));
    row.id = randomUUID();
    row.occurred_at = occurredAt;
    row.content_hash = hashAuditContent(auditContentOfRow(row));
    for (const name of ['id', 'occurred_at', 'content_hash']) out[base + columns.indexOf(name)] = row[name];
  }
  return out;
}

function renumberAuditRows(columns, values, heads) {
  const width = columns.length;
  const out = [...values];
  const col = (name) => columns.indexOf(name);
  const occurredAt = new Date().toISOString();
  for (let base = 0; base + width <= out.length; base += width) {
    const row = Object.fromEntries(columns.map((c, i) => [c, out[base + i]]));
    const head = heads.get(row.organisation_id);
    if (!head) continue;
    row.id = randomUUID();
    row.seq = head.seq + 1;
    row.occurred_at = occurredAt;
    row.prev_hash = head.hash;
    row.hash = hashAuditEvent(auditContentOfRow(row));
    head.seq = row.seq;
    head.hash = row.hash;
    for (const name of ['id', 'seq', 'occurred_at', 'prev_hash', 'hash']) if (col(name) >= 0) out[base + col(name)] = row[name];
  }
  return out;
}

/** Runs a path's captured requests, as one sequence per iteration, on `connections` clients for `seconds`. */
export async function runFloor(databaseUrl, requests, { connections, seconds }) {
  const replay = replayer(requests);
  const clients = await Promise.all(
    Array.from({ length: connections }, async () => {
      const c = new Client({ connectionString: databaseUrl, application_name: 'beside-bench-floor' });
      await c.connect();
      return c;
    }),
  );
  const latencies = [];
  let errors = 0;
  let firstError = null;
  const started = performance.now();
  const until = started + seconds * 1000;
  try {
    await Promise.all(
      clients.map(async (client) => {
        while (performance.now() < until) {
          try {
            latencies.push(...(await replay(client)));
          } catch (error) {
            errors += 1;
            firstError ??= error.message;
            await client.query('ROLLBACK').catch(() => undefined);
          }
        }
      }),
    );
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
  const elapsed = (performance.now() - started) / 1000;
  return { ...summarise(latencies, elapsed, errors), latencies, seconds: elapsed, firstError };
}
