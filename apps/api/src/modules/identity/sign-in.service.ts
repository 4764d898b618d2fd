import { Injectable, UnauthorizedException } from '@nestjs/common';
import { isStaffRole, type Role } from '@beside/shared/contracts';
import type { RequestOrigin } from '../authz/actor';
import { AuditWriter } from '../audit/audit-writer';
import { NO_CONTEXT, UnitOfWork } from '../../database/unit-of-work';
import { PasswordHasher } from './password-hasher';
import { NewSession, SessionService, SessionStage } from './session.service';
import { SignInThrottle } from './sign-in-throttle';
import { TooManyAttemptsException } from './too-many-attempts.exception';

export const WRONG_CREDENTIALS = 'Your email or password is not right.';

interface AccountForSignIn {
  id: string;
  organisation_id: string;
  role: Role;
  status: string;
  password_hash: string | null;
  mfa_enabled: boolean;
}

/**
 * Password sign-in. Unknown email, disabled account and wrong password get the same
 * answer after the same amount of work, so the answer never tells whether she has an account.
 */
@Injectable()
export class SignInService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly hasher: PasswordHasher,
    private readonly throttle: SignInThrottle,
    private readonly sessions: SessionService,
    private readonly audit: AuditWriter,
  ) {}

  async verifyPassword(email: string, password: string, origin: RequestOrigin): Promise<AccountForSignIn> {
    const { wait, account } = await this.uow.run(NO_CONTEXT, async (em) => ({
      wait: await this.throttle.secondsToWait(em, email, origin.ip),
      account: ((await em.query(`SELECT * FROM beside_account_for_sign_in($1)`, [email])) as AccountForSignIn[])[0],
    }));
    if (wait > 0) {
      await this.recordFailure(email, account, origin, 'throttled', false);
      throw new TooManyAttemptsException(wait);
    }
    const usable = account && account.status === 'active' && !!account.password_hash;
    const matches = usable ? await this.hasher.verify(account.password_hash, password) : (await this.hasher.spendTime(password), false);
    if (!matches) {
      await this.recordFailure(email, account, origin, usable ? 'wrong_password' : 'no_usable_account', true);
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    return account;
  }

  async startSession(email: string, account: AccountForSignIn, origin: RequestOrigin): Promise<NewSession & { stage: SessionStage }> {
    const stage: SessionStage = account.mfa_enabled ? 'mfa_challenge' : isStaffRole(account.role) ? 'mfa_enrolment' : 'full';
    const context = { organisationId: account.organisation_id, userId: account.id, role: account.role };
    return this.uow.run(context, async (em) => {
      await this.throttle.recordSuccess(em, email, origin.ip);
      const session = await this.sessions.start(em, { id: account.id, organisationId: account.organisation_id }, stage, origin);
      await this.audit.append(em, context, origin, [
        { action: 'auth.sign_in', entityType: 'user_account', entityId: account.id, detail: { stage } },
      ]);
      return { ...session, stage };
    });
  }

  private async recordFailure(
    email: string,
    account: AccountForSignIn | undefined,
    origin: RequestOrigin,
    why: string,
    countIt: boolean,
  ): Promise<void> {
    const context = account ? { organisationId: account.organisation_id, userId: null, role: null } : NO_CONTEXT;
    await this.uow.run(context, async (em) => {
      if (countIt) await this.throttle.recordFailure(em, email, origin.ip);
      await this.audit.append(em, null, origin, [
        {
          action: 'auth.sign_in',
          entityType: 'user_account',
          entityId: account?.id ?? null,
          organisationId: account?.organisation_id ?? null,
          outcome: 'denied',
          detail: { why },
        },
      ]);
    });
  }
}
