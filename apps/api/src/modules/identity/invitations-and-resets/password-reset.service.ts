import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { RequestOrigin } from '../../authz';
import { AuditWriter } from '../../audit';
import { NO_CONTEXT, UnitOfWork } from '../../../database/unit-of-work';
import { Environment } from '../../../config/environment';
import { MailOutbox } from './mail-outbox';
import { PasswordHasher } from '../credentials/password-hasher';
import { passwordProblem } from '../credentials/password-policy';
import { emailThrottleKey, normaliseEmail } from '../credentials/email';
import { findLiveToken, issueResetTokenIfAccount, TOKEN_LIFETIME_MS } from './one-time-tokens';
import { spendToken, spendUnusedTokens } from './one-time-token.repository';
import { findAccountToReset } from './password-reset.repository';
import { setPassword } from '../accounts/account.repository';
import { findAccountForSignIn } from '../sign-in/sign-in.repository';
import { randomToken, sha256Hex } from '../credentials/secrets';
import { SessionService } from '../sessions/session.service';
import { SignInThrottle } from '../throttling/sign-in-throttle';
import { TooManyAttemptsException } from '../throttling/too-many-attempts.exception';

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

  /**
   * The same work for every address, with or without an account: one lookup, one throttle count,
   * a token made and hashed, the same two conditional inserts (which insert nothing without an
   * account), and one audit event. The link goes to the address stored on the account.
   */
  async request(email: string, origin: RequestOrigin): Promise<string> {
    const answerAt = Date.now() + (this.env.PASSWORD_RESET_ANSWER_MS ?? 0);
    try {
      return await this.issueIfAccount(email, origin);
    } finally {
      // Even the same statements take longer when they insert rows: answer at one fixed time instead.
      const wait = answerAt - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  private async issueIfAccount(email: string, origin: RequestOrigin): Promise<string> {
    const normalised = normaliseEmail(email);
    const key = `reset:${emailThrottleKey(email)}`;
    const account = await this.uow.run(NO_CONTEXT, async (em) => {
      const wait = await this.throttle.secondsToWait(em, key, origin.ip);
      if (wait > 0) throw new TooManyAttemptsException(wait);
      const found = await findAccountForSignIn(em, normalised.ok ? normalised.email : null);
      // Every request counts towards the throttle, so asking about many addresses is slowed down too.
      await this.throttle.recordFailure(em, key, origin.ip);
      return found;
    });
    const context = account ? { organisationId: account.organisation_id, userId: account.id, role: null } : NO_CONTEXT;
    await this.uow.run(context, async (em) => {
      const token = randomToken();
      const expiresAt = new Date(Date.now() + TOKEN_LIFETIME_MS.password_reset);
      // A suspended organisation's people cannot sign in, so a link would only lead to that refusal: none is issued.
      const usable = account && account.organisation_status === 'active' ? account.id : null;
      const issued = await issueResetTokenIfAccount(em, usable, sha256Hex(token), expiresAt);
      await this.outbox.sendToAccount(em, issued && account ? account.id : null, {
        template: 'password_reset',
        subject: 'Set a new password',
        body: `Someone asked to set a new password for your account. If it was you, use this link within 1 hour:\n${this.env.PUBLIC_URL}/password-reset/complete#token=${token}\nIf it was not you, you can ignore this message.\n`,
      });
      await this.audit.append(em, null, origin, [
        {
          action: 'account.password_reset_requested',
          entityType: 'user_account',
          entityId: account?.id ?? null,
          organisationId: account?.organisation_id ?? null,
          outcome: issued ? 'success' : 'denied',
          detail: issued ? {} : { why: resetRefusal(account) },
        },
      ]);
    });
    return RESET_REQUESTED;
  }

  async complete(token: string, password: string, origin: RequestOrigin): Promise<void> {
    const live = await findLiveToken(this.uow, token, 'password_reset');
    if (!live) throw new NotFoundException(INVALID_LINK);
    const context = { organisationId: live.organisationId, userId: live.userId, role: null };
    const account = await this.uow.run(context, (em) => findAccountToReset(em, live.userId));
    if (!account) throw new NotFoundException(INVALID_LINK);
    const problem = passwordProblem(password, { hasSecondFactor: account.mfa_enabled, email: account.email });
    if (problem) throw new BadRequestException({ message: [`password: ${problem}`] });
    const hash = await this.hasher.hash(password);
    await this.uow.run(context, async (em) => {
      if (!(await spendToken(em, live.tokenId))) throw new NotFoundException(INVALID_LINK);
      await setPassword(em, live.userId, hash);
      // Her other reset links stop working once one of them has set her password.
      await spendUnusedTokens(em, live.userId, 'password_reset');
      const ended = await this.sessions.revokeAllForUser(em, live.userId);
      await this.audit.append(em, { userId: live.userId, role: account.role, organisationId: live.organisationId }, origin, [
        { action: 'account.password_reset', entityType: 'user_account', entityId: live.userId, detail: { sessionsEnded: ended } },
      ]);
    });
  }
}

/** Why no link was issued, for the audit event (never in the answer, which is the same either way). */
function resetRefusal(account: { status: string; organisation_status: string } | null): string {
  if (!account) return 'no_usable_account';
  if (account.organisation_status !== 'active') return 'organisation_suspended';
  return account.status === 'active' ? 'enough_live_links' : 'not_active';
}
