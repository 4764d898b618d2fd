import { changedRows } from '../../database/changed-rows';
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { AccountView, SessionListItem } from '@beside/shared/contracts';
import type { Actor, RequestOrigin } from '../authz/actor';
import { AuditWriter } from '../audit/audit-writer';
import { UnitOfWork } from '../../database/unit-of-work';
import { accountView, AccountRow } from './account-view';
import { identityContext } from './identity-context';
import { PasswordHasher } from './password-hasher';
import { passwordProblem } from './password-policy';
import { NewSession, SessionService } from './session.service';
import { SignInThrottle } from './sign-in-throttle';
import { TooManyAttemptsException } from './too-many-attempts.exception';

/** What every signed-in person may do with her own account. */
@Injectable()
export class OwnAccountService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditWriter,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottle,
  ) {}

  async read(actor: Actor): Promise<AccountView> {
    return this.uow.run(identityContext(actor), async (em) => {
      const [row]: AccountRow[] = await em.query(`SELECT * FROM user_account WHERE id = $1`, [actor.userId]);
      return accountView(row);
    });
  }

  async changePassword(actor: Actor, currentPassword: string, newPassword: string, origin: RequestOrigin): Promise<NewSession> {
    const throttleKey = `password:${actor.userId}`;
    const [row]: (AccountRow & { wait: number })[] = await this.uow.run(identityContext(actor), async (em) => {
      const wait = await this.throttle.secondsToWait(em, throttleKey, origin.ip);
      return (await em.query(`SELECT *, $2::int AS wait FROM user_account WHERE id = $1`, [actor.userId, wait])) as (AccountRow & { wait: number })[];
    });
    if (row.wait > 0) throw new TooManyAttemptsException(row.wait);
    if (!(await this.hasher.verify(row.password_hash, currentPassword))) {
      await this.uow.run(identityContext(actor), async (em) => {
        await this.throttle.recordFailure(em, throttleKey, origin.ip);
        await this.audit.append(em, actor, origin, [
          { action: 'account.password_changed', entityType: 'user_account', entityId: actor.userId, outcome: 'denied', detail: { why: 'wrong_current_password' } },
        ]);
      });
      throw new BadRequestException({ message: ['currentPassword: That is not your current password.'] });
    }
    const problem = passwordProblem(newPassword, { hasSecondFactor: !!row.mfa_enabled_at, email: row.email });
    if (problem) throw new BadRequestException({ message: [`newPassword: ${problem}`] });
    const hash = await this.hasher.hash(newPassword);
    return this.uow.run(identityContext(actor), async (em) => {
      await em.query(
        `UPDATE user_account SET password_hash = $2, password_changed_at = now(), updated_at = now(), updated_by = $1, version = version + 1 WHERE id = $1`,
        [actor.userId, hash],
      );
      const ended = await this.sessions.revokeAllForUser(em, actor.userId, actor.sessionId);
      const session = await this.sessions.rotate(em, actor, 'full', origin);
      await this.audit.append(em, actor, origin, [
        { action: 'account.password_changed', entityType: 'user_account', entityId: actor.userId, detail: { otherSessionsEnded: ended } },
      ]);
      return session;
    });
  }

  async listSessions(actor: Actor): Promise<SessionListItem[]> {
    const rows = await this.uow.run(identityContext(actor), (em) => this.sessions.listForUser(em, actor.userId));
    return rows.map((r) => ({
      id: r.id,
      current: r.id === actor.sessionId,
      createdAt: new Date(r.createdAt).toISOString(),
      lastSeenAt: new Date(r.lastSeenAt).toISOString(),
      ip: r.ip,
      userAgent: r.userAgent,
    }));
  }

  async endSession(actor: Actor, sessionId: string, origin: RequestOrigin): Promise<void> {
    await this.uow.run(identityContext(actor), async (em) => {
      const rows: unknown[] = await changedRows(em,
        `UPDATE user_session SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING id`,
        [sessionId, actor.userId],
      );
      if (!rows.length) throw new NotFoundException('Session not found');
      await this.audit.append(em, actor, origin, [{ action: 'auth.session_ended', entityType: 'user_session', entityId: sessionId }]);
    });
  }

  async signOut(actor: Actor, origin: RequestOrigin): Promise<void> {
    await this.uow.run(identityContext(actor), async (em) => {
      await this.sessions.revoke(em, actor.sessionId);
      await this.audit.append(em, actor, origin, [{ action: 'auth.sign_out', entityType: 'user_session', entityId: actor.sessionId }]);
    });
  }

  async signOutEverywhere(actor: Actor, origin: RequestOrigin): Promise<void> {
    await this.uow.run(identityContext(actor), async (em) => {
      const ended = await this.sessions.revokeAllForUser(em, actor.userId);
      await this.audit.append(em, actor, origin, [
        { action: 'auth.sign_out_everywhere', entityType: 'user_account', entityId: actor.userId, detail: { sessionsEnded: ended } },
      ]);
    });
  }
}
