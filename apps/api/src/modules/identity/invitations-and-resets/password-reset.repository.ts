import type { EntityManager } from 'typeorm';
import type { Role } from '@beside/shared/contracts';
import { selectRow } from '../../../database/sql';

/** The active account a reset link sets a password for. */
export async function findAccountToReset(em: EntityManager, accountId: string): Promise<{ email: string; role: Role; mfa_enabled: boolean } | null> {
  return selectRow<{ email: string; role: Role; mfa_enabled: boolean }>(
    em,
    `SELECT email, role, mfa_enabled_at IS NOT NULL AS mfa_enabled FROM user_account WHERE id = $1 AND status = 'active'`,
    [accountId],
  );
}
