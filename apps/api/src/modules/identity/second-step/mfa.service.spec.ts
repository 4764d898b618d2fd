import { BadRequestException, ConflictException, ForbiddenException, HttpException, UnauthorizedException } from '@nestjs/common';
import { actorOf, em, fakeAudit, fakeUnitOfWork, origin } from '../../../testing/service-fakes';
import { findActiveAccountIds } from '../accounts/account.repository';
import { SecretBox } from '../credentials/secrets';
import * as mfa from './mfa.repository';
import { MFA_DAILY_CAP, MfaService, USE_RECOVERY_CODE } from './mfa.service';
import { currentTotp } from './totp';

jest.mock('./mfa.repository');
jest.mock('../accounts/account.repository');
jest.mock('../../notifications', () => ({ notifyUsers: jest.fn() }));

const { notifyUsers } = jest.requireMock<{ notifyUsers: jest.Mock }>('../../notifications');
const box = new SecretBox('a test secret key that is long enough');
const SEED = 'JBSWY3DPEHPK3PXP';

function setup() {
  const audit = fakeAudit();
  const sessions = { rotate: jest.fn().mockResolvedValue({ token: 't', sessionId: 's-2', csrfToken: 'c' }) };
  const throttle = { secondsToWait: jest.fn().mockResolvedValue(0), recordFailure: jest.fn() };
  const hasher = { verify: jest.fn() };
  const sut = new MfaService(fakeUnitOfWork(), sessions as never, audit, throttle as never, hasher as never, box, { sendToAccount: async () => 'message' } as never);
  return { sut, audit, sessions, throttle, hasher };
}

const state = (over: Partial<mfa.MfaState> = {}): mfa.MfaState => ({
  email: 'amara@demo.beside.test',
  role: 'advocate',
  mfa_failures: 0,
  mfa_failures_since: null,
  mfa_secret: box.seal(SEED),
  mfa_enabled_at: new Date('2026-01-01'),
  mfa_last_time_step: null,
  password_hash: 'hash',
  ...over,
});

describe('MfaService', () => {
  beforeEach(() => jest.resetAllMocks());

  describe('challenge', () => {
    it('should refuse when the session is not waiting for a second step', async () => {
      const { sut } = setup();
      await expect(sut.challenge(actorOf('advocate'), 'full', { code: '123456' }, origin)).rejects.toBeInstanceOf(ConflictException);
      expect(mfa.lockMfaState).not.toHaveBeenCalled();
    });

    it('should ask for a code or a recovery code when neither is sent', async () => {
      const { sut } = setup();
      await expect(sut.challenge(actorOf('advocate'), 'mfa_challenge', {}, origin)).rejects.toBeInstanceOf(BadRequestException);
    });

    it('should answer 429 while the throttle holds the account back, before reading her second step', async () => {
      const { sut, throttle } = setup();
      throttle.secondsToWait.mockResolvedValue(30);
      const refused = sut.challenge(actorOf('advocate'), 'mfa_challenge', { code: '123456' }, origin);
      await expect(refused).rejects.toBeInstanceOf(HttpException);
      await expect(refused).rejects.toMatchObject({ status: 429 });
      expect(mfa.lockMfaState).not.toHaveBeenCalled();
    });

    it('should pass, rotate the session and audit it when the code is right and not used before', async () => {
      const { sut, audit, sessions } = setup();
      jest.mocked(mfa.lockMfaState).mockResolvedValue(state());
      jest.mocked(mfa.acceptTimeStep).mockResolvedValue(true);
      const session = await sut.challenge(actorOf('advocate'), 'mfa_challenge', { code: currentTotp(SEED) }, origin);
      expect(session.sessionId).toBe('s-2');
      expect(sessions.rotate).toHaveBeenCalledWith(em, expect.objectContaining({ userId: 'advocate-1' }), 'full', origin);
      expect(mfa.resetMfaFailures).not.toHaveBeenCalled();
      expect(audit.events).toEqual([expect.objectContaining({ action: 'auth.mfa_challenge', detail: { method: 'totp' } })]);
    });

    it('should refuse a replayed code, count the failure and audit the denial', async () => {
      const { sut, audit, throttle, sessions } = setup();
      jest.mocked(mfa.lockMfaState).mockResolvedValue(state());
      jest.mocked(mfa.acceptTimeStep).mockResolvedValue(false);
      jest.mocked(mfa.countMfaFailure).mockResolvedValue(1);
      await expect(sut.challenge(actorOf('advocate'), 'mfa_challenge', { code: currentTotp(SEED) }, origin)).rejects.toBeInstanceOf(UnauthorizedException);
      expect(sessions.rotate).not.toHaveBeenCalled();
      expect(throttle.recordFailure).toHaveBeenCalledWith(em, 'mfa:advocate-1', origin.ip);
      expect(audit.events).toEqual([expect.objectContaining({ action: 'auth.mfa_challenge', outcome: 'denied', detail: { method: 'totp' } })]);
    });

    it('should tell her and the admins once, when a wrong code reaches the daily cap', async () => {
      const { sut, audit } = setup();
      jest.mocked(mfa.lockMfaState).mockResolvedValue(state());
      jest.mocked(mfa.acceptTimeStep).mockResolvedValue(false);
      jest.mocked(mfa.countMfaFailure).mockResolvedValue(MFA_DAILY_CAP);
      jest.mocked(findActiveAccountIds).mockResolvedValue(['admin-1']);
      await expect(sut.challenge(actorOf('advocate'), 'mfa_challenge', { code: currentTotp(SEED) }, origin)).rejects.toBeInstanceOf(UnauthorizedException);
      expect(notifyUsers).toHaveBeenCalledTimes(2);
      expect(audit.events.map((e) => e.action)).toEqual(['auth.mfa_challenge', 'auth.mfa_locked']);
    });

    it('should not check a code from the phone past the daily cap, and point her to a recovery code', async () => {
      const { sut } = setup();
      jest.mocked(mfa.lockMfaState).mockResolvedValue(state({ mfa_failures: MFA_DAILY_CAP, mfa_failures_since: new Date() }));
      const refused = sut.challenge(actorOf('advocate'), 'mfa_challenge', { code: currentTotp(SEED) }, origin);
      await expect(refused).rejects.toBeInstanceOf(ForbiddenException);
      await expect(refused).rejects.toMatchObject({ response: { message: USE_RECOVERY_CODE, recoveryCodeRequired: true } });
      expect(mfa.acceptTimeStep).not.toHaveBeenCalled();
    });

    it('should accept a recovery code past the cap and start the count of wrong codes again', async () => {
      const { sut, audit } = setup();
      jest.mocked(mfa.lockMfaState).mockResolvedValue(state({ mfa_failures: MFA_DAILY_CAP, mfa_failures_since: new Date() }));
      jest.mocked(mfa.spendRecoveryCodeHash).mockResolvedValue(true);
      await sut.challenge(actorOf('advocate'), 'mfa_challenge', { recoveryCode: 'ABCD-EFGH-JKMN' }, origin);
      expect(mfa.resetMfaFailures).toHaveBeenCalledWith(em, 'advocate-1');
      expect(audit.events).toEqual([expect.objectContaining({ detail: { method: 'recovery_code' } })]);
    });
  });

  describe('disable', () => {
    /** Her account (two-step sign-in is hers to turn off), and whether the password she gives is right. */
    const setupForHer = (passwordRight: boolean) => {
      const fakes = setup();
      jest.mocked(mfa.lockMfaState).mockResolvedValue(state({ role: 'service_user' }));
      fakes.hasher.verify.mockResolvedValue(passwordRight);
      return fakes;
    };

    it('should refuse staff, who must keep two-step sign-in on', async () => {
      const { sut } = setup();
      await expect(sut.disable(actorOf('advocate'), 'any password', origin)).rejects.toBeInstanceOf(ForbiddenException);
      expect(mfa.disableMfa).not.toHaveBeenCalled();
    });

    it('should refuse a wrong password', async () => {
      const { sut } = setupForHer(false);
      await expect(sut.disable(actorOf('service_user'), 'not her password', origin)).rejects.toBeInstanceOf(BadRequestException);
      expect(mfa.disableMfa).not.toHaveBeenCalled();
    });

    it('should refuse when her password would be too short without a second step', async () => {
      const { sut } = setupForHer(true);
      await expect(sut.disable(actorOf('service_user'), 'short pw 9', origin)).rejects.toBeInstanceOf(BadRequestException);
      expect(mfa.disableMfa).not.toHaveBeenCalled();
    });

    it('should turn it off and spend her recovery codes, audited', async () => {
      const { sut, audit } = setupForHer(true);
      await sut.disable(actorOf('service_user'), 'a long and memorable sentence of mine', origin);
      expect(mfa.disableMfa).toHaveBeenCalledWith(em, 'service_user-1');
      expect(mfa.spendAllRecoveryCodes).toHaveBeenCalledWith(em, 'service_user-1');
      expect(audit.events).toEqual([expect.objectContaining({ action: 'auth.mfa_disabled' })]);
    });
  });
});
