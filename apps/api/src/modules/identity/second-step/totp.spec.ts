import { authenticator } from 'otplib';
import { currentTotp, newTotpEnrolment, totpTimeStep } from './totp';

describe('totp', () => {
  it('should accept the current code and report its time step', async () => {
    const { secret, otpauthUrl, qrCode } = await newTotpEnrolment('jo@example.org');
    expect(otpauthUrl).toContain('otpauth://totp/');
    expect(qrCode.startsWith('data:image/png;base64,')).toBe(true);
    expect(totpTimeStep(secret, currentTotp(secret))).toBe(Math.floor(Date.now() / 30000));
  });

  it('should refuse a wrong or malformed code', () => {
    const secret = authenticator.generateSecret(20);
    const wrong = String((Number(currentTotp(secret)) + 1) % 1000000).padStart(6, '0');
    expect(totpTimeStep(secret, wrong)).toBeNull();
    expect(totpTimeStep(secret, 'abcdef')).toBeNull();
  });
});
