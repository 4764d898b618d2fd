import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { sha256Hex } from '../credentials/secrets';
import { insertRecoveryCodes, spendAllRecoveryCodes, spendRecoveryCodeHash } from './mfa.repository';

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const RECOVERY_CODE_COUNT = 10;

function newCode(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

export function normaliseRecoveryCode(code: string): string {
  const bare = code.toLowerCase().replace(/[^a-z0-9]/g, '');
  return bare.length === 12 ? `${bare.slice(0, 4)}-${bare.slice(4, 8)}-${bare.slice(8, 12)}` : bare;
}

/** Replaces all of a user's recovery codes; returns the new ones, shown to her once. */
export async function issueRecoveryCodes(em: EntityManager, userId: string, organisationId: string): Promise<string[]> {
  await spendAllRecoveryCodes(em, userId);
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
  await insertRecoveryCodes(em, userId, organisationId, codes.map((c) => sha256Hex(c)));
  return codes;
}

/** Spends a recovery code: true only the first time it is used. */
export async function spendRecoveryCode(em: EntityManager, userId: string, code: string): Promise<boolean> {
  return spendRecoveryCodeHash(em, userId, sha256Hex(normaliseRecoveryCode(code)));
}
