import { changedRows } from '../../database/changed-rows';
import { BadRequestException, ConflictException, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { isStaffRole } from '@beside/shared/contracts';
import type { Actor, RequestOrigin } from '../authz/actor';
import { AuditWriter } from '../audit/audit-writer';
import { UnitOfWork } from '../../database/unit-of-work';
import { identityContext } from './identity-context';
import { SECRET_BOX } from './identity.tokens';
import { PasswordHasher } from './password-hasher';
import { passwordProblem } from './password-policy';
import { issueRecoveryCodes, spendRecoveryCode } from './recovery-codes';
import { SecretBox } from './secrets';
import { NewSession, SessionService, SessionStage } from './session.service';
import { SignInThrottle } from './sign-in-throttle';
import { TooManyAttemptsException } from './too-many-attempts.exception';
import { newTotpEnrolment, totpTimeStep } from './totp';

interface MfaState {
  email: string;
  mfa_secret: string | null;
  mfa_enabled_at: Date | null;
  mfa_last_time_step: string | null;
  password_hash: string | null;
}

const WRONG_CODE = 'That code is not right. Check the time on your phone and try the newest code.';

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
    const outcome = await this.uow.run(identityContext(actor), async (em) => {
      const wait = await this.throttle.secondsToWait(em, throttleKey, origin.ip);
      if (wait > 0) throw new TooManyAttemptsException(wait);
      const state = await this.state(em, actor.userId);
      const ok = input.code
        ? await this.acceptTotp(em, actor.userId, state, input.code)
        : await spendRecoveryCode(em, actor.userId, input.recoveryCode ?? '');
      if (!ok) return null;
      await this.throttle.recordSuccess(em, throttleKey, origin.ip);
      const session = await this.sessions.rotate(em, actor, 'full', origin);
      await this.audit.append(em, actor, origin, [
        { action: 'auth.mfa_challenge', entityType: 'user_account', entityId: actor.userId, detail: { method: input.code ? 'totp' : 'recovery_code' } },
      ]);
      return session;
    });
    if (!outcome) {
      // After the first transaction has ended: embedded PostgreSQL runs one transaction at a time.
      await this.recordFailure(actor, origin, throttleKey);
      throw new UnauthorizedException(WRONG_CODE);
    }
    return outcome;
  }

  async startEnrolment(actor: Actor, origin: RequestOrigin) {
    return this.uow.run(identityContext(actor), async (em) => {
      const state = await this.state(em, actor.userId);
      if (state.mfa_enabled_at) throw new ConflictException('Two-step sign-in is already on for your account.');
      const enrolment = await newTotpEnrolment(state.email);
      await em.query(`UPDATE user_account SET mfa_secret = $2, updated_at = now() WHERE id = $1`, [actor.userId, this.box.seal(enrolment.secret)]);
      await this.audit.append(em, actor, origin, [{ action: 'auth.mfa_enrolment_started', entityType: 'user_account', entityId: actor.userId }]);
      return enrolment;
    });
  }

  async confirmEnrolment(actor: Actor, code: string, origin: RequestOrigin): Promise<{ recoveryCodes: string[]; session: NewSession }> {
    return this.uow.run(identityContext(actor), async (em) => {
      const state = await this.state(em, actor.userId);
      if (state.mfa_enabled_at) throw new ConflictException('Two-step sign-in is already on for your account.');
      if (!state.mfa_secret) throw new ConflictException('Start setting up two-step sign-in first.');
      const step = totpTimeStep(this.box.open(state.mfa_secret), code);
      if (step === null) throw new BadRequestException({ message: [`code: ${WRONG_CODE}`] });
      await em.query(
        `UPDATE user_account SET mfa_enabled_at = now(), mfa_last_time_step = $2, updated_at = now(), version = version + 1 WHERE id = $1`,
        [actor.userId, step],
      );
      const recoveryCodes = await issueRecoveryCodes(em, actor.userId, actor.organisationId);
      // A privilege change: the session gets a new id.
      const session = await this.sessions.rotate(em, actor, 'full', origin);
      await this.audit.append(em, actor, origin, [{ action: 'auth.mfa_enabled', entityType: 'user_account', entityId: actor.userId }]);
      return { recoveryCodes, session };
    });
  }

  async regenerateRecoveryCodes(actor: Actor, code: string, origin: RequestOrigin): Promise<string[]> {
    return this.uow.run(identityContext(actor), async (em) => {
      const state = await this.state(em, actor.userId);
      if (!state.mfa_enabled_at) throw new ConflictException('Two-step sign-in is not on for your account.');
      if (!(await this.acceptTotp(em, actor.userId, state, code))) throw new BadRequestException({ message: [`code: ${WRONG_CODE}`] });
      const codes = await issueRecoveryCodes(em, actor.userId, actor.organisationId);
      await this.audit.append(em, actor, origin, [{ action: 'auth.recovery_codes_replaced', entityType: 'user_account', entityId: actor.userId }]);
      return codes;
    });
  }

  async disable(actor: Actor, password: string, origin: RequestOrigin): Promise<void> {
    if (isStaffRole(actor.role)) throw new ForbiddenException('Staff accounts must keep two-step sign-in on.');
    await this.uow.run(identityContext(actor), async (em) => {
      const state = await this.state(em, actor.userId);
      if (!state.mfa_enabled_at) throw new ConflictException('Two-step sign-in is not on for your account.');
      if (!(await this.hasher.verify(state.password_hash, password))) throw new BadRequestException({ message: ['password: That password is not right.'] });
      const problem = passwordProblem(password, { hasSecondFactor: false, email: state.email });
      if (problem) {
        throw new BadRequestException({
          message: ['password: Without two-step sign-in your password must be at least 15 characters. Please change your password first.'],
        });
      }
      await em.query(
        `UPDATE user_account SET mfa_secret = NULL, mfa_enabled_at = NULL, mfa_last_time_step = NULL, updated_at = now(), version = version + 1 WHERE id = $1`,
        [actor.userId],
      );
      await em.query(`UPDATE recovery_code SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [actor.userId]);
      await this.audit.append(em, actor, origin, [{ action: 'auth.mfa_disabled', entityType: 'user_account', entityId: actor.userId }]);
    });
  }

  private async state(em: EntityManager, userId: string): Promise<MfaState> {
    const [row]: MfaState[] = await em.query(
      `SELECT email, mfa_secret, mfa_enabled_at, mfa_last_time_step, password_hash FROM user_account WHERE id = $1 FOR UPDATE`,
      [userId],
    );
    return row;
  }

  /** Accepts a code once: the step is stored, and codes from it or before are refused. */
  private async acceptTotp(em: EntityManager, userId: string, state: MfaState, code: string): Promise<boolean> {
    if (!state.mfa_secret || !state.mfa_enabled_at) return false;
    const step = totpTimeStep(this.box.open(state.mfa_secret), code);
    if (step === null) return false;
    const rows: unknown[] = await changedRows(em,
      `UPDATE user_account SET mfa_last_time_step = $2
       WHERE id = $1 AND (mfa_last_time_step IS NULL OR mfa_last_time_step < $2) RETURNING id`,
      [userId, step],
    );
    return rows.length === 1;
  }

  private async recordFailure(actor: Actor, origin: RequestOrigin, throttleKey: string): Promise<void> {
    await this.uow.run(identityContext(actor), async (em) => {
      await this.throttle.recordFailure(em, throttleKey, origin.ip);
      await this.audit.append(em, actor, origin, [
        { action: 'auth.mfa_challenge', entityType: 'user_account', entityId: actor.userId, outcome: 'denied' },
      ]);
    });
  }
}
