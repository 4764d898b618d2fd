import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Actor, RequestOrigin } from '../../authz';
import { NO_CONTEXT, UnitOfWork } from '../../../database/unit-of-work';
import { randomToken, sha256Hex } from '../credentials/secrets';
import {
  findLiveSessionsOfUser,
  findSessionByTokenHash,
  insertSession,
  type LiveSessionRow,
  revokeCalendarFeedsOfUser,
  revokeSession,
  revokeSessionForRotation,
  revokeSessionsOfUser,
  type SessionStage,
  touchSession,
} from './session.repository';

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
// Recording every request's time would write on every read; a minute's precision is enough.
const TOUCH_AFTER_MS = 60 * 1000;

export type { SessionStage } from './session.repository';

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
    const sessionId = await insertSession(em, {
      tokenHash: sha256Hex(token),
      userId: user.id,
      organisationId: user.organisationId,
      stage,
      csrfToken,
      absoluteExpiresAt,
      ip: origin.ip,
      userAgent: origin.userAgent,
    });
    return { token, sessionId, csrfToken };
  }

  /** A new id for the same sign-in (after the second factor, or a change of privilege); the old one stops working. */
  async rotate(em: EntityManager, actor: Actor, stage: SessionStage, origin: RequestOrigin): Promise<NewSession> {
    const absoluteExpiresAt = await revokeSessionForRotation(em, actor.sessionId);
    return this.start(em, { id: actor.userId, organisationId: actor.organisationId }, stage, origin, absoluteExpiresAt ?? undefined);
  }

  async revoke(em: EntityManager, sessionId: string): Promise<void> {
    await revokeSession(em, sessionId);
  }

  /**
   * Ends every session of the account (but `exceptSessionId`), and her calendar-feed address with them:
   * a password change, a reset, "sign out everywhere" and a change of role or access all end what
   * could still be reading as her without her password.
   */
  async revokeAllForUser(em: EntityManager, userId: string, exceptSessionId?: string): Promise<number> {
    const ended = await revokeSessionsOfUser(em, userId, exceptSessionId ?? null);
    await revokeCalendarFeedsOfUser(em, userId);
    return ended;
  }

  listForUser(em: EntityManager, userId: string): Promise<LiveSessionRow[]> {
    return findLiveSessionsOfUser(em, userId, IDLE_TIMEOUT_MS / 1000);
  }

  /** The session a cookie names, if it is still alive; renews its idle timer. */
  async authenticate(token: string | undefined): Promise<ActiveSession | null> {
    if (!token || token.length > 100) return null;
    const row = await this.uow.run(NO_CONTEXT, (em) => findSessionByTokenHash(em, sha256Hex(token)));
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
      await this.uow.run({ organisationId: actor.organisationId, userId: actor.userId, role: actor.role }, (em) => touchSession(em, actor.sessionId));
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
