import { BadRequestException, ConflictException, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { isStaffRole } from '@beside/shared/contracts';
import type { Actor, RequestOrigin } from '../../authz';
import { AuditEntry, AuditWriter } from '../../audit';
import { notifyUsers } from '../../notifications';
import { UnitOfWork } from '../../../database/unit-of-work';
import { SECRET_BOX } from '../identity.tokens';
import { PasswordHasher } from '../credentials/password-hasher';
import { passwordProblem } from '../credentials/password-policy';
import { issueRecoveryCodes, spendRecoveryCode } from './recovery-codes';
import { SecretBox } from '../credentials/secrets';
import { NewSession, SessionService, SessionStage } from '../sessions/session.service';
import { SignInThrottle } from '../throttling/sign-in-throttle';
import { TooManyAttemptsException } from '../throttling/too-many-attempts.exception';
import { newTotpEnrolment, totpTimeStep } from './totp';
import { findActiveAccountIds } from '../accounts/account.repository';
import { MailOutbox } from '../invitations-and-resets/mail-outbox';
import {
  acceptTimeStep,
  countMfaFailure,
  disableMfa,
  enableMfa,
  lockMfaState,
  type MfaState,
  resetMfaFailures,
  spendAllRecoveryCodes,
  storeMfaSecret,
} from './mfa.repository';

const WRONG_CODE = 'That code is not right. Check the time on your phone and try the newest code.';

/** Wrong 6-digit codes an account may have in 24 hours; after that only a recovery code is accepted. */
export const MFA_DAILY_CAP = 10;
const MFA_WINDOW_MS = 24 * 60 * 60 * 1000;
export const USE_RECOVERY_CODE =
  'There have been too many wrong codes for this account today, so a code from your phone is not accepted for now. Sign in with one of your recovery codes instead.';

/** Wrong codes counted in the current 24-hour window (a window starts at its first wrong code). */
function failuresToday(state: Pick<MfaState, 'mfa_failures' | 'mfa_failures_since'>): number {
  const since = state.mfa_failures_since ? new Date(state.mfa_failures_since).getTime() : 0;
  return since > Date.now() - MFA_WINDOW_MS ? state.mfa_failures : 0;
}

/** Two-step sign-in: TOTP enrolment, the challenge at sign-in, recovery codes. */
@Injectable()
export class MfaService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly sessions: SessionService,
    private readonly audit: AuditWriter,
    private readonly throttle: SignInThrottle,
    private readonly hasher: PasswordHasher,
    @Inject(SECRET_BOX) private readonly box: SecretBox,
    private readonly outbox: MailOutbox,
  ) {}

  async challenge(
    actor: Actor,
    stage: SessionStage,
    input: { code?: string; recoveryCode?: string },
    origin: RequestOrigin,
  ): Promise<NewSession> {
    if (stage !== 'mfa_challenge') throw new ConflictException('There is no two-step check waiting for this session.');
    if (!input.code && !input.recoveryCode) throw new BadRequestException('code or recoveryCode is required');
    const throttleKey = `mfa:${actor.userId}`;
    const outcome = await this.uow.runAs(actor, async (em) => {
      const wait = await this.throttle.secondsToWait(em, throttleKey, origin.ip);
      if (wait > 0) throw new TooManyAttemptsException(wait);
      const state = await lockMfaState(em, actor.userId);
      // Past the day's cap a code from the phone is not even checked; a recovery code still works.
      if (input.code && failuresToday(state) >= MFA_DAILY_CAP) return 'capped' as const;
      const ok = input.code
        ? await this.acceptTotp(em, actor.userId, state, input.code)
        : await spendRecoveryCode(em, actor.userId, input.recoveryCode ?? '');
      if (!ok) return null;
      // A successful sign-in does not give back the day's allowance of wrong codes (nor the
      // growing delays): only a recovery code, which proves more, starts the count again.
      if (!input.code) await resetMfaFailures(em, actor.userId);
      const session = await this.sessions.rotate(em, actor, 'full', origin);
      await this.audit.append(em, actor, origin, [
        { action: 'auth.mfa_challenge', entityType: 'user_account', entityId: actor.userId, detail: { method: input.code ? 'totp' : 'recovery_code' } },
      ]);
      return session;
    });
    if (outcome === 'capped') {
      await this.recordFailure(actor, origin, throttleKey, 'capped');
      throw new ForbiddenException({ message: USE_RECOVERY_CODE, recoveryCodeRequired: true });
    }
    if (!outcome) {
      // After the first transaction has ended: embedded PostgreSQL runs one transaction at a time.
      await this.recordFailure(actor, origin, throttleKey, input.code ? 'totp' : 'recovery_code');
      throw new UnauthorizedException(WRONG_CODE);
    }
    return outcome;
  }

  async startEnrolment(actor: Actor, origin: RequestOrigin) {
    return this.uow.runAs(actor, async (em) => {
      const state = await lockMfaState(em, actor.userId);
      if (state.mfa_enabled_at) throw new ConflictException('Two-step sign-in is already on for your account.');
      const enrolment = await newTotpEnrolment(state.email);
      await storeMfaSecret(em, actor.userId, this.box.seal(enrolment.secret));
      await this.audit.append(em, actor, origin, [{ action: 'auth.mfa_enrolment_started', entityType: 'user_account', entityId: actor.userId }]);
      return enrolment;
    });
  }

  async confirmEnrolment(actor: Actor, code: string, origin: RequestOrigin): Promise<{ recoveryCodes: string[]; session: NewSession }> {
    return this.uow.runAs(actor, async (em) => {
      const state = await lockMfaState(em, actor.userId);
      if (state.mfa_enabled_at) throw new ConflictException('Two-step sign-in is already on for your account.');
      if (!state.mfa_secret) throw new ConflictException('Start setting up two-step sign-in first.');
      const step = totpTimeStep(this.box.open(state.mfa_secret), code);
      if (step === null) throw new BadRequestException({ message: [`code: ${WRONG_CODE}`] });
      await enableMfa(em, actor.userId, step);
      const recoveryCodes = await issueRecoveryCodes(em, actor.userId, actor.organisationId);
      // A privilege change: the session gets a new id.
      const session = await this.sessions.rotate(em, actor, 'full', origin);
      await this.audit.append(em, actor, origin, [{ action: 'auth.mfa_enabled', entityType: 'user_account', entityId: actor.userId }]);
      return { recoveryCodes, session };
    });
  }

  async regenerateRecoveryCodes(actor: Actor, code: string, origin: RequestOrigin): Promise<string[]> {
    return this.uow.runAs(actor, async (em) => {
      const state = await lockMfaState(em, actor.userId);
      if (!state.mfa_enabled_at) throw new ConflictException('Two-step sign-in is not on for your account.');
      if (!(await this.acceptTotp(em, actor.userId, state, code))) throw new BadRequestException({ message: [`code: ${WRONG_CODE}`] });
      const codes = await issueRecoveryCodes(em, actor.userId, actor.organisationId);
      await this.audit.append(em, actor, origin, [{ action: 'auth.recovery_codes_replaced', entityType: 'user_account', entityId: actor.userId }]);
      return codes;
    });
  }

  async disable(actor: Actor, password: string, origin: RequestOrigin): Promise<void> {
    if (isStaffRole(actor.role)) throw new ForbiddenException('Staff accounts must keep two-step sign-in on.');
    await this.uow.runAs(actor, async (em) => {
      const state = await lockMfaState(em, actor.userId);
      if (!state.mfa_enabled_at) throw new ConflictException('Two-step sign-in is not on for your account.');
      if (!(await this.hasher.verify(state.password_hash, password))) throw new BadRequestException({ message: ['password: That password is not right.'] });
      const problem = passwordProblem(password, { hasSecondFactor: false, email: state.email });
      if (problem) {
        throw new BadRequestException({
          message: ['password: Without two-step sign-in your password must be at least 15 characters. Please change your password first.'],
        });
      }
      await disableMfa(em, actor.userId);
      await spendAllRecoveryCodes(em, actor.userId);
      await this.audit.append(em, actor, origin, [{ action: 'auth.mfa_disabled', entityType: 'user_account', entityId: actor.userId }]);
    });
  }

  /** Accepts a code once: the step is stored, and codes from it or before are refused. */
  private async acceptTotp(em: EntityManager, userId: string, state: MfaState, code: string): Promise<boolean> {
    if (!state.mfa_secret || !state.mfa_enabled_at) return false;
    const step = totpTimeStep(this.box.open(state.mfa_secret), code);
    if (step === null) return false;
    return acceptTimeStep(em, userId, step);
  }

  private async recordFailure(actor: Actor, origin: RequestOrigin, throttleKey: string, method: 'totp' | 'recovery_code' | 'capped'): Promise<void> {
    await this.uow.runAs(actor, async (em) => {
      await this.throttle.recordFailure(em, throttleKey, origin.ip);
      let reachedCap = false;
      if (method === 'totp') {
        reachedCap = (await countMfaFailure(em, actor.userId)) === MFA_DAILY_CAP;
      }
      const events: AuditEntry[] = [
        { action: 'auth.mfa_challenge', entityType: 'user_account', entityId: actor.userId, outcome: 'denied', detail: { method } },
      ];
      if (reachedCap) {
        // Told once, when the cap is reached: her, in the app, and every active admin.
        const admins = await findActiveAccountIds(em, actor.organisationId, 'admin', actor.userId);
        await notifyUsers(em, actor.organisationId, [actor.userId], {
          kind: 'account.second_step_locked',
          text: `Someone entered ${MFA_DAILY_CAP} wrong two-step codes for your account today. Codes from your phone are paused for 24 hours; use a recovery code. If it was not you, change your password.`,
          link: isStaffRole(actor.role) ? '/account' : '/my/account',
        });
        // And by email, whatever her alert settings (no link: a warning about her account should not teach her to follow one).
        await this.outbox.sendToAccount(em, actor.userId, {
          template: 'security_alert',
          subject: 'Wrong codes for your account',
          body:
            `Someone entered ${MFA_DAILY_CAP} wrong two-step codes for your account today. Codes from your phone are paused for 24 hours; ` +
            'to sign in, use one of your recovery codes. If it was not you, sign in that way and change your password on your Account page.\n',
        });
        await notifyUsers(em, actor.organisationId, admins, {
          kind: 'account.second_step_locked',
          text: `An account had ${MFA_DAILY_CAP} wrong two-step codes today; codes from the phone are paused for 24 hours. See account events.`,
          link: '/account-events',
        });
        events.push({ action: 'auth.mfa_locked', entityType: 'user_account', entityId: actor.userId, outcome: 'denied', detail: { failures: MFA_DAILY_CAP, adminsTold: admins.length, emailQueued: true } });
      }
      await this.audit.append(em, actor, origin, events);
    });
  }
}
