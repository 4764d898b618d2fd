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
  /** The account the event is about (an account change, a manager's approval), so account events say which. */
  account?: { id: string; name: string | null; email: string | null } | null;
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

/**
 * "Who has looked at my record", in plain words: one line per person per day. `what` says everything they did that day,
 * each thing once; `times` how many separate times they looked; `firstAt`–`occurredAt` when (first and last).
 * Every event stays in the audit trail: only this view is grouped.
 */
export interface AccessLogEntry {
  /** The line's newest event. */
  id: string;
  occurredAt: string;
  firstAt: string;
  who: string;
  role: Role | null;
  what: string;
  times: number;
}
