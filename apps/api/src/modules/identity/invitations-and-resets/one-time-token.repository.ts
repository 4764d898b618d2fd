import type { EntityManager } from 'typeorm';
import { changedRows } from '../../../database/changed-rows';
import { execute, selectRow, selectRows } from '../../../database/sql';

export type TokenPurpose = 'invitation' | 'password_reset';

/** What beside_one_time_token tells about a link's token, whoever's it is. */
export interface TokenRow {
  token_id: string;
  organisation_id: string;
  user_id: string;
  purpose: string;
  expires_at: Date;
  used_at: Date | null;
}

/** Ends every unused link of that purpose for the account. */
export async function spendUnusedTokens(em: EntityManager, userId: string, purpose: TokenPurpose): Promise<void> {
  await execute(em, `UPDATE one_time_token SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`, [userId, purpose]);
}

export async function insertToken(
  em: EntityManager,
  token: { organisationId: string; userId: string; purpose: TokenPurpose; tokenHash: string; expiresAt: Date; createdBy: string | null },
): Promise<void> {
  await execute(
    em,
    `INSERT INTO one_time_token (organisation_id, user_id, purpose, token_hash, expires_at, created_by) VALUES ($1, $2, $3, $4, $5, $6)`,
    [token.organisationId, token.userId, token.purpose, token.tokenHash, token.expiresAt, token.createdBy],
  );
}

/** The only way to a token before the organisation is known (a SECURITY DEFINER function). */
export async function findTokenByHash(em: EntityManager, tokenHash: string): Promise<TokenRow | null> {
  return selectRow<TokenRow>(em, `SELECT * FROM beside_one_time_token($1)`, [tokenHash]);
}

/**
 * One statement, with or without an account (null): a password-reset link for an active account that
 * has fewer than `liveLinks` working links. Whether a link was inserted.
 */
export async function insertResetTokenIfAccount(em: EntityManager, accountId: string | null, tokenHash: string, expiresAt: Date, liveLinks: number): Promise<boolean> {
  const rows = await selectRows<{ id: string }>(
    em,
    `INSERT INTO one_time_token (organisation_id, user_id, purpose, token_hash, expires_at)
     SELECT u.organisation_id, u.id, 'password_reset', $2, $3 FROM user_account u
     WHERE u.id = $1 AND u.status = 'active'
       AND (SELECT count(*) FROM one_time_token t
            WHERE t.user_id = u.id AND t.purpose = 'password_reset' AND t.used_at IS NULL AND t.expires_at > now()) < $4
     RETURNING id`,
    [accountId, tokenHash, expiresAt, liveLinks],
  );
  return rows.length === 1;
}

/** Marks the token used; false if someone used it first (or it has expired). */
export async function spendToken(em: EntityManager, tokenId: string): Promise<boolean> {
  const rows = await changedRows<{ id: string }>(
    em,
    `UPDATE one_time_token SET used_at = now() WHERE id = $1 AND used_at IS NULL AND expires_at > now() RETURNING id`,
    [tokenId],
  );
  return rows.length === 1;
}
