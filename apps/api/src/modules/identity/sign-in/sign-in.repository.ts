import type { EntityManager } from 'typeorm';
import type { Role } from '@beside/shared/contracts';
import { selectRow } from '../../../database/sql';

/** An account as sign-in, password reset and invitations look it up by address, before any organisation is known. */
export interface AccountForSignIn {
  id: string;
  organisation_id: string;
  role: Role;
  status: string;
  password_hash: string | null;
  mfa_enabled: boolean;
  /** A suspended organisation's people cannot sign in (issue 17). */
  organisation_status: 'active' | 'suspended';
}

/**
 * The account with that normalised address, in any organisation (beside_account_for_sign_in, a narrow
 * SECURITY DEFINER function). null finds nothing, with the same statement.
 */
export async function findAccountForSignIn(em: EntityManager, normalisedEmail: string | null): Promise<AccountForSignIn | null> {
  return selectRow<AccountForSignIn>(em, `SELECT * FROM beside_account_for_sign_in($1)`, [normalisedEmail]);
}
