import type { Role } from './roles';

export type AuditOutcome = 'success' | 'denied' | 'error';

/** One audit event as a manager sees it (FHIR AuditEvent: who, what, when, where, outcome, purpose). */
export interface AuditEventView {
  id: string;
  seq: number;
  occurredAt: string;
  actor: { id: string | null; name: string | null; role: Role | null };
  action: string;
  entityType: string;
  entityId: string | null;
  subject: { id: string | null; name: string | null };
  outcome: AuditOutcome;
  reason: string | null;
  requestId: string | null;
  ip: string | null;
  userAgent: string | null;
  detail: Record<string, unknown>;
}

export interface ChainVerification {
  intact: boolean;
  events: number;
  brokenAt: { seq: number; eventId: string | null; problem: string } | null;
  checkedAt: string;
}

/** "Who has looked at my record", in plain words. */
export interface AccessLogEntry {
  id: string;
  occurredAt: string;
  who: string;
  role: Role | null;
  what: string;
}
