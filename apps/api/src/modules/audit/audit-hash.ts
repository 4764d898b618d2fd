import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);
export const NO_ORGANISATION = '00000000-0000-0000-0000-000000000000';

/** The fields of an audit event that its hash covers, in a fixed order. */
export interface AuditEventContent {
  id: string;
  organisationId: string;
  seq: number;
  occurredAt: string;
  actorUserId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  subjectId: string | null;
  outcome: string;
  reason: string | null;
  requestId: string | null;
  ip: string | null;
  userAgent: string | null;
  detail: unknown;
  prevHash: string;
}

/** JSON with object keys sorted, so that jsonb's own key order never changes a hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value as Record<string, unknown>).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

/** What an event says, without its place in the chain: hashed when it is written, before it is sealed. */
export type AuditEventBody = Omit<AuditEventContent, 'seq' | 'prevHash'>;

/** The fields after the id and organisation, in the order both hashes take them. */
function described(e: AuditEventBody): unknown[] {
  return [e.occurredAt, e.actorUserId, e.actorRole, e.action, e.entityType, e.entityId, e.subjectId, e.outcome, e.reason, e.requestId, e.ip, e.userAgent, e.detail ?? {}];
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The hash of an event sealed before the AuditSealing migration: its content and its place in the chain, together. */
export function hashAuditEvent(e: AuditEventContent): string {
  return sha256(canonicalJson([e.id, e.organisationId, String(e.seq), ...described(e), e.prevHash]));
}

export function hashAuditContent(e: AuditEventBody): string {
  return sha256(canonicalJson([e.id, e.organisationId, ...described(e)]));
}

/** The link beside_audit_seal() computes when it seals an event: sha256(prev_hash ':' seq ':' content_hash). */
export function linkHash(prevHash: string, seq: number, contentHash: string): string {
  return sha256(`${prevHash}:${seq}:${contentHash}`);
}
