import type { EntityManager } from 'typeorm';
import type { Role } from '@beside/shared/contracts';
import { changedRows } from '../../../database/changed-rows';
import { execute, insertId, selectRow, selectRows } from '../../../database/sql';

export type SessionStage = 'mfa_challenge' | 'mfa_enrolment' | 'full';

/** What beside_session_for_token tells about a cookie's session and its account. */
export interface SessionRow {
  session_id: string;
  user_id: string;
  organisation_id: string;
  role: Role;
  status: string;
  stage: SessionStage;
  csrf_token: string;
  last_seen_at: Date;
  absolute_expires_at: Date;
  revoked_at: Date | null;
  display_name: string;
  mfa_enabled: boolean;
}

/** One of her live sessions, as "where you are signed in" lists it. */
export interface LiveSessionRow {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  ip: string | null;
  userAgent: string | null;
}

export interface NewSessionRow {
  tokenHash: string;
  userId: string;
  organisationId: string;
  stage: SessionStage;
  csrfToken: string;
  absoluteExpiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

export async function insertSession(em: EntityManager, s: NewSessionRow): Promise<string> {
  return insertId(
    em,
    `INSERT INTO user_session (token_hash, user_id, organisation_id, stage, csrf_token, absolute_expires_at, ip, user_agent)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [s.tokenHash, s.userId, s.organisationId, s.stage, s.csrfToken, s.absoluteExpiresAt, s.ip, s.userAgent],
  );
}

/** Revokes the session; its absolute expiry, for the session that replaces it (null if it was already revoked). */
export async function revokeSessionForRotation(em: EntityManager, sessionId: string): Promise<Date | null> {
  const [old] = await changedRows<{ absolute_expires_at: Date }>(
    em,
    `UPDATE user_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING absolute_expires_at`,
    [sessionId],
  );
  return old?.absolute_expires_at ?? null;
}

export async function revokeSession(em: EntityManager, sessionId: string): Promise<void> {
  await execute(em, `UPDATE user_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
}

/** Revokes one of her own sessions; false if it is not hers or has already ended. */
export async function revokeOwnSession(em: EntityManager, sessionId: string, userId: string): Promise<boolean> {
  const rows = await changedRows<{ id: string }>(
    em,
    `UPDATE user_session SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING id`,
    [sessionId, userId],
  );
  return rows.length > 0;
}

/** Revokes every live session of the account but `exceptSessionId`; how many there were. */
export async function revokeSessionsOfUser(em: EntityManager, userId: string, exceptSessionId: string | null): Promise<number> {
  const rows = await changedRows<{ id: string }>(
    em,
    `UPDATE user_session SET revoked_at = now()
     WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid) RETURNING id`,
    [userId, exceptSessionId],
  );
  return rows.length;
}

export async function revokeCalendarFeedsOfUser(em: EntityManager, userId: string): Promise<void> {
  await execute(em, `UPDATE calendar_feed SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
}

export async function findLiveSessionsOfUser(em: EntityManager, userId: string, idleTimeoutSeconds: number): Promise<LiveSessionRow[]> {
  return selectRows<LiveSessionRow>(
    em,
    `SELECT id, created_at AS "createdAt", last_seen_at AS "lastSeenAt", ip, user_agent AS "userAgent"
     FROM user_session
     WHERE user_id = $1 AND revoked_at IS NULL AND stage = 'full'
       AND last_seen_at > now() - make_interval(secs => $2) AND absolute_expires_at > now()
     ORDER BY last_seen_at DESC`,
    [userId, idleTimeoutSeconds],
  );
}

/** The only way to a session before the organisation is known (a SECURITY DEFINER function). */
export async function findSessionByTokenHash(em: EntityManager, tokenHash: string): Promise<SessionRow | null> {
  return selectRow<SessionRow>(em, `SELECT * FROM beside_session_for_token($1)`, [tokenHash]);
}

export async function touchSession(em: EntityManager, sessionId: string): Promise<void> {
  await execute(em, `UPDATE user_session SET last_seen_at = now() WHERE id = $1`, [sessionId]);
}
