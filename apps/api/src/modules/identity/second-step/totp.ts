import { authenticator } from 'otplib';
import { toDataURL } from 'qrcode';

authenticator.options = { step: 30, window: 1, digits: 6 };

export interface TotpEnrolment {
  secret: string;
  otpauthUrl: string;
  qrCode: string;
}

export async function newTotpEnrolment(accountLabel: string): Promise<TotpEnrolment> {
  const secret = authenticator.generateSecret(20);
  const otpauthUrl = authenticator.keyuri(accountLabel, 'Beside', secret);
  return { secret, otpauthUrl, qrCode: await toDataURL(otpauthUrl, { margin: 1, width: 240 }) };
}

/**
 * Returns the time step the code belongs to, or null. The caller stores the step and
 * refuses any code from that step or earlier, so a used (or overheard) code cannot be replayed.
 */
export function totpTimeStep(secret: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = authenticator.checkDelta(code, secret);
  if (delta === null) return null;
  return Math.floor(now / 1000 / 30) + delta;
}

export function currentTotp(secret: string): string {
  return authenticator.generate(secret);
}
