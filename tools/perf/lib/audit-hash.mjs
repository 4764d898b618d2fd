// The audit event hash of apps/api/src/modules/audit/audit-hash.ts, for the SQL floor's
// replay of an audit append (which must extend the chain as the API would, not fork it).
import { createHash } from 'node:crypto';

export function canonicalJson(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
}

/** `e` has the audit_event column names (snake_case) as keys. */
export function hashAuditRow(e) {
  const canonical = canonicalJson([
    e.id, e.organisation_id, String(e.seq), e.occurred_at, e.actor_user_id, e.actor_role, e.action, e.entity_type,
    e.entity_id, e.subject_id, e.outcome, e.reason, e.request_id, e.ip, e.user_agent,
    typeof e.detail === 'string' ? JSON.parse(e.detail) : (e.detail ?? {}), e.prev_hash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** The content hash the writer stores with an unsealed event (hashAuditContent). */
export function contentHashOfRow(e) {
  const canonical = canonicalJson([
    e.id, e.organisation_id, e.occurred_at, e.actor_user_id, e.actor_role, e.action, e.entity_type, e.entity_id,
    e.subject_id, e.outcome, e.reason, e.request_id, e.ip, e.user_agent,
    typeof e.detail === 'string' ? JSON.parse(e.detail) : (e.detail ?? {}),
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
