import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { RequestOrigin } from '../authz/actor';
import { AuditWriter } from '../audit/audit-writer';
import { NO_CONTEXT, UnitOfWork } from '../../database/unit-of-work';
import { Environment } from '../../config/environment';
import { MailOutbox } from './mail-outbox';
import { PasswordHasher } from './password-hasher';
import { passwordProblem } from './password-policy';
import { findLiveToken, issueToken, spendToken } from './one-time-tokens';
import { SessionService } from './session.service';
import { SignInThrottle } from './sign-in-throttle';
import { TooManyAttemptsException } from './too-many-attempts.exception';

export const RESET_REQUESTED =
  'If there is an account with that email address, we have sent it a link to set a new password. The link works for 1 hour.';
const INVALID_LINK = 'This link is not valid any more. It may have been used already or be more than 1 hour old. Please ask for a new one.';

/** "Forgot my password": the same answer whether or not the account exists. */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditWriter,
    private readonly outbox: MailOutbox,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottle,
    private readonly env: Environment,
  ) {}

  async request(email: string, origin: RequestOrigin): Promise<string> {
    const key = `reset:${email.trim().toLowerCase()}`;
    const account = await this.uow.run(NO_CONTEXT, async (em) => {
      const wait = await this.throttle.secondsToWait(em, key, origin.ip);
      if (wait > 0) throw new TooManyAttemptsException(wait);
      const rows: { id: string; organisation_id: string; status: string }[] = await em.query(
        `SELECT id, organisation_id, status FROM beside_account_for_sign_in($1)`,
        [email],
      );
      // Every request counts towards the throttle, so asking about many addresses is slowed down too.
      await this.throttle.recordFailure(em, key, origin.ip);
      return rows[0];
    });
    if (account?.status === 'active') {
      await this.uow.run({ organisationId: account.organisation_id, userId: account.id, role: null }, async (em) => {
        const { token } = await issueToken(em, 'password_reset', { id: account.id, organisationId: account.organisation_id }, null);
        await this.outbox.send(em, {
          organisationId: account.organisation_id,
          recipient: email.trim(),
          template: 'password_reset',
          subject: 'Set a new password for Beside',
          body: `Someone asked to set a new password for your Beside account. If it was you, use this link within 1 hour:\n${this.env.PUBLIC_URL}/password-reset/complete#token=${token}\nIf it was not you, you can ignore this message.\n`,
        });
        await this.audit.append(em, null, origin, [
          { action: 'account.password_reset_requested', entityType: 'user_account', entityId: account.id, organisationId: account.organisation_id },
        ]);
      });
    }
    return RESET_REQUESTED;
  }

  async complete(token: string, password: string, origin: RequestOrigin): Promise<void> {
    const live = await findLiveToken(this.uow, token, 'password_reset');
    if (!live) throw new NotFoundException(INVALID_LINK);
    const context = { organisationId: live.organisationId, userId: live.userId, role: null };
    const [account]: { email: string; role: string; mfa_enabled: boolean }[] = await this.uow.run(context, (em) =>
      em.query(`SELECT email, role, mfa_enabled_at IS NOT NULL AS mfa_enabled FROM user_account WHERE id = $1 AND status = 'active'`, [live.userId]),
    );
    if (!account) throw new NotFoundException(INVALID_LINK);
    const problem = passwordProblem(password, { hasSecondFactor: account.mfa_enabled, email: account.email });
    if (problem) throw new BadRequestException({ message: [`password: ${problem}`] });
    const hash = await this.hasher.hash(password);
    await this.uow.run(context, async (em) => {
      if (!(await spendToken(em, live.tokenId))) throw new NotFoundException(INVALID_LINK);
      await em.query(
        `UPDATE user_account SET password_hash = $2, password_changed_at = now(), updated_at = now(), updated_by = $1, version = version + 1 WHERE id = $1`,
        [live.userId, hash],
      );
      const ended = await this.sessions.revokeAllForUser(em, live.userId);
      await this.audit.append(em, { userId: live.userId, role: account.role, organisationId: live.organisationId }, origin, [
        { action: 'account.password_reset', entityType: 'user_account', entityId: live.userId, detail: { sessionsEnded: ended } },
      ]);
    });
  }
}
