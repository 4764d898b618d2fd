import { changedRows } from '../../database/changed-rows';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Role } from '@beside/shared/contracts';
import type { Actor, RequestOrigin } from '../authz/actor';
import { NO_CONTEXT, UnitOfWork } from '../../database/unit-of-work';
import { randomToken, sha256Hex } from './secrets';

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
// Recording every request's time would write on every read; a minute's precision is enough.
const TOUCH_AFTER_MS = 60 * 1000;

export type SessionStage = 'mfa_challenge' | 'mfa_enrolment' | 'full';

export interface ActiveSession {
  actor: Actor;
  stage: SessionStage;
  csrfToken: string;
  mfaEnabled: boolean;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
}

export interface NewSession {
  token: string;
  sessionId: string;
  csrfToken: string;
}

interface SessionRow {
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

/** Server-side sessions in PostgreSQL: revocable at once, shared by every API instance. */
@Injectable()
export class SessionService {
  constructor(private readonly uow: UnitOfWork) {}

  async start(
    em: EntityManager,
    user: { id: string; organisationId: string },
    stage: SessionStage,
    origin: RequestOrigin,
    absoluteExpiresAt = new Date(Date.now() + ABSOLUTE_TIMEOUT_MS),
  ): Promise<NewSession> {
    const token = randomToken();
    const csrfToken = sha256Hex(randomToken());
    const [row]: { id: string }[] = await em.query(
      `INSERT INTO user_session (token_hash, user_id, organisation_id, stage, csrf_token, absolute_expires_at, ip, user_agent)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [sha256Hex(token), user.id, user.organisationId, stage, csrfToken, absoluteExpiresAt, origin.ip, origin.userAgent],
    );
    return { token, sessionId: row.id, csrfToken };
  }

  /** A new id for the same sign-in (after the second factor, or a change of privilege); the old one stops working. */
  async rotate(em: EntityManager, actor: Actor, stage: SessionStage, origin: RequestOrigin): Promise<NewSession> {
    const [old]: { absolute_expires_at: Date }[] = await changedRows(em,
      `UPDATE user_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING absolute_expires_at`,
      [actor.sessionId],
    );
    return this.start(em, { id: actor.userId, organisationId: actor.organisationId }, stage, origin, old?.absolute_expires_at);
  }

  async revoke(em: EntityManager, sessionId: string): Promise<void> {
    await em.query(`UPDATE user_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }

  async revokeAllForUser(em: EntityManager, userId: string, exceptSessionId?: string): Promise<number> {
    const rows: unknown[] = await changedRows(em,
      `UPDATE user_session SET revoked_at = now()
       WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid) RETURNING id`,
      [userId, exceptSessionId ?? null],
    );
    return rows.length;
  }

  async listForUser(em: EntityManager, userId: string) {
    return em.query(
      `SELECT id, created_at AS "createdAt", last_seen_at AS "lastSeenAt", ip, user_agent AS "userAgent"
       FROM user_session
       WHERE user_id = $1 AND revoked_at IS NULL AND stage = 'full'
         AND last_seen_at > now() - make_interval(secs => $2) AND absolute_expires_at > now()
       ORDER BY last_seen_at DESC`,
      [userId, IDLE_TIMEOUT_MS / 1000],
    ) as Promise<{ id: string; createdAt: Date; lastSeenAt: Date; ip: string | null; userAgent: string | null }[]>;
  }

  /** The session a cookie names, if it is still alive; renews its idle timer. */
  async authenticate(token: string | undefined): Promise<ActiveSession | null> {
    if (!token || token.length > 100) return null;
    const rows: SessionRow[] = await this.uow.run(NO_CONTEXT, (em) =>
      em.query(`SELECT * FROM beside_session_for_token($1)`, [sha256Hex(token)]),
    );
    const row = rows[0];
    const now = Date.now();
    if (!row || row.revoked_at || row.status !== 'active') return null;
    const lastSeen = new Date(row.last_seen_at).getTime();
    if (lastSeen + IDLE_TIMEOUT_MS <= now || new Date(row.absolute_expires_at).getTime() <= now) return null;
    const actor: Actor = {
      userId: row.user_id,
      organisationId: row.organisation_id,
      role: row.role,
      sessionId: row.session_id,
      displayName: row.display_name,
    };
    let seen = lastSeen;
    if (now - lastSeen > TOUCH_AFTER_MS) {
      await this.uow.run({ organisationId: actor.organisationId, userId: actor.userId, role: actor.role }, (em) =>
        em.query(`UPDATE user_session SET last_seen_at = now() WHERE id = $1`, [actor.sessionId]),
      );
      seen = now;
    }
    return {
      actor,
      stage: row.stage,
      csrfToken: row.csrf_token,
      mfaEnabled: row.mfa_enabled,
      idleExpiresAt: new Date(seen + IDLE_TIMEOUT_MS),
      absoluteExpiresAt: new Date(row.absolute_expires_at),
    };
  }
}
