import { ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { isStaffRole } from '@beside/shared/contracts';
import type { RequestOrigin } from '../../authz';
import { AuditWriter } from '../../audit';
import { NO_CONTEXT, UnitOfWork } from '../../../database/unit-of-work';
import { Environment } from '../../../config/environment';
import { emailThrottleKey, normaliseEmail } from '../credentials/email';
import { knownDeviceFor } from '../second-step/known-device';
import { PasswordHasher } from '../credentials/password-hasher';
import { NewSession, SessionService, SessionStage } from '../sessions/session.service';
import { SignInThrottle } from '../throttling/sign-in-throttle';
import { TooManyAttemptsException } from '../throttling/too-many-attempts.exception';
import { type AccountForSignIn, findAccountForSignIn } from './sign-in.repository';

export const WRONG_CREDENTIALS = 'Your email or password is not right.';
export const ORGANISATION_SUSPENDED =
  'Your organisation cannot use Beside at the moment: the network has paused it. Nothing has been deleted. Please contact your organisation.';

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
    private readonly env: Environment,
  ) {}

  /** `deviceCookie`: the known-device cookie this browser sent, if any (known-device.ts). */
  async verifyPassword(email: string, password: string, origin: RequestOrigin, deviceCookie?: string): Promise<AccountForSignIn & { knownDevice: string | null }> {
    const normalised = normaliseEmail(email);
    const subject = emailThrottleKey(email);
    const { wait, account, knownDevice } = await this.uow.run(NO_CONTEXT, async (em) => {
      // An address outside plain ASCII can have no account: the same lookup, which finds nothing.
      const found = await findAccountForSignIn(em, normalised.ok ? normalised.email : null);
      const device = knownDeviceFor(this.env.SECRET_KEY, deviceCookie, found?.id);
      return { account: found, knownDevice: device, wait: await this.throttle.secondsToWait(em, subject, origin.ip, device) };
    });
    if (wait > 0) {
      await this.recordFailure(subject, account, origin, 'throttled', false, knownDevice);
      throw new TooManyAttemptsException(wait);
    }
    const usable = account && account.status === 'active' && !!account.password_hash;
    const matches = usable ? await this.hasher.verify(account.password_hash, password) : (await this.hasher.spendTime(password), false);
    if (!matches) {
      await this.recordFailure(subject, account, origin, usable ? 'wrong_password' : 'no_usable_account', true, knownDevice);
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    // Only after the right password: nobody else learns that the organisation is suspended.
    if (account.organisation_status === 'suspended') {
      await this.recordFailure(subject, account, origin, 'organisation_suspended', false, knownDevice);
      throw new ForbiddenException(ORGANISATION_SUSPENDED);
    }
    return { ...account, knownDevice };
  }

  async startSession(email: string, account: AccountForSignIn & { knownDevice?: string | null }, origin: RequestOrigin): Promise<NewSession & { stage: SessionStage }> {
    const stage: SessionStage = account.mfa_enabled ? 'mfa_challenge' : isStaffRole(account.role) ? 'mfa_enrolment' : 'full';
    const context = { organisationId: account.organisation_id, userId: account.id, role: account.role };
    return this.uow.run(context, async (em) => {
      await this.throttle.recordSuccess(em, emailThrottleKey(email), origin.ip, account.knownDevice);
      const session = await this.sessions.start(em, { id: account.id, organisationId: account.organisation_id }, stage, origin);
      await this.audit.append(em, context, origin, [
        { action: 'auth.sign_in', entityType: 'user_account', entityId: account.id, detail: { stage } },
      ]);
      return { ...session, stage };
    });
  }

  private async recordFailure(
    subject: string,
    account: AccountForSignIn | null,
    origin: RequestOrigin,
    why: string,
    countIt: boolean,
    knownDevice: string | null,
  ): Promise<void> {
    const context = account ? { organisationId: account.organisation_id, userId: null, role: null } : NO_CONTEXT;
    await this.uow.run(context, async (em) => {
      if (countIt) await this.throttle.recordFailure(em, subject, origin.ip, knownDevice);
      await this.audit.append(em, null, origin, [
        {
          action: 'auth.sign_in',
          entityType: 'user_account',
          entityId: account?.id ?? null,
          organisationId: account?.organisation_id ?? null,
          outcome: 'denied',
          detail: { why, knownDevice: !!knownDevice },
        },
      ]);
    });
  }
}
