import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { AccountView, SessionListItem } from '@beside/shared/contracts';
import type { Actor, RequestOrigin } from '../../authz';
import { AuditWriter } from '../../audit';
import { UnitOfWork } from '../../../database/unit-of-work';
import { accountView } from './account-view';
import { findAccount, setEmailAlerts, setPassword } from './account.repository';
import { PasswordHasher } from '../credentials/password-hasher';
import { passwordProblem } from '../credentials/password-policy';
import { revokeOwnSession } from '../sessions/session.repository';
import { NewSession, SessionService } from '../sessions/session.service';
import { SignInThrottle } from '../throttling/sign-in-throttle';
import { TooManyAttemptsException } from '../throttling/too-many-attempts.exception';

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
    return this.uow.runAs(actor, async (em) => {
      return accountView(await findAccount(em, actor.userId));
    });
  }

  /** Staff choose whether in-app notifications also come by email (a link only); she has no in-app notifications. */
  async setEmailAlerts(actor: Actor, on: boolean, origin: RequestOrigin): Promise<AccountView> {
    if (actor.role === 'service_user') throw new ForbiddenException('Email alerts are for staff; your messages come by the ways you chose as safe.');
    return this.uow.runAs(actor, async (em) => {
      await setEmailAlerts(em, actor.userId, on);
      await this.audit.append(em, actor, origin, [{ action: 'account.updated', entityType: 'user_account', entityId: actor.userId, detail: { fields: ['emailAlerts'], on } }]);
      return accountView(await findAccount(em, actor.userId));
    });
  }

  async changePassword(actor: Actor, currentPassword: string, newPassword: string, origin: RequestOrigin): Promise<NewSession> {
    const throttleKey = `password:${actor.userId}`;
    const { wait, row } = await this.uow.runAs(actor, async (em) => ({
      wait: await this.throttle.secondsToWait(em, throttleKey, origin.ip),
      row: await findAccount(em, actor.userId),
    }));
    if (wait > 0) throw new TooManyAttemptsException(wait);
    if (!(await this.hasher.verify(row.password_hash, currentPassword))) {
      await this.uow.runAs(actor, async (em) => {
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
    return this.uow.runAs(actor, async (em) => {
      await setPassword(em, actor.userId, hash);
      const ended = await this.sessions.revokeAllForUser(em, actor.userId, actor.sessionId);
      const session = await this.sessions.rotate(em, actor, 'full', origin);
      await this.audit.append(em, actor, origin, [
        { action: 'account.password_changed', entityType: 'user_account', entityId: actor.userId, detail: { otherSessionsEnded: ended } },
      ]);
      return session;
    });
  }

  async listSessions(actor: Actor): Promise<SessionListItem[]> {
    const rows = await this.uow.runAs(actor, (em) => this.sessions.listForUser(em, actor.userId));
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
    await this.uow.runAs(actor, async (em) => {
      if (!(await revokeOwnSession(em, sessionId, actor.userId))) throw new NotFoundException('Session not found');
      await this.audit.append(em, actor, origin, [{ action: 'auth.session_ended', entityType: 'user_session', entityId: sessionId }]);
    });
  }

  async signOut(actor: Actor, origin: RequestOrigin): Promise<void> {
    await this.uow.runAs(actor, async (em) => {
      await this.sessions.revoke(em, actor.sessionId);
      await this.audit.append(em, actor, origin, [{ action: 'auth.sign_out', entityType: 'user_session', entityId: actor.sessionId }]);
    });
  }

  async signOutEverywhere(actor: Actor, origin: RequestOrigin): Promise<void> {
    await this.uow.runAs(actor, async (em) => {
      const ended = await this.sessions.revokeAllForUser(em, actor.userId);
      await this.audit.append(em, actor, origin, [
        { action: 'auth.sign_out_everywhere', entityType: 'user_account', entityId: actor.userId, detail: { sessionsEnded: ended } },
      ]);
    });
  }
}
