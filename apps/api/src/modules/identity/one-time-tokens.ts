import { changedRows } from '../../database/changed-rows';
import { EntityManager } from 'typeorm';
import { NO_CONTEXT, UnitOfWork } from '../../database/unit-of-work';
import { randomToken, sha256Hex } from './secrets';

export type TokenPurpose = 'invitation' | 'password_reset';
export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  invitation: 72 * 60 * 60 * 1000,
  password_reset: 60 * 60 * 1000,
};

export interface LiveToken {
  tokenId: string;
  organisationId: string;
  userId: string;
}

/** Issues a single-use link token (stored hashed); earlier unused tokens for the same purpose stop working. */
export async function issueToken(
  em: EntityManager,
  purpose: TokenPurpose,
  user: { id: string; organisationId: string },
  createdBy: string | null,
): Promise<{ token: string; expiresAt: Date }> {
  await em.query(`UPDATE one_time_token SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`, [user.id, purpose]);
  const token = randomToken();
  const expiresAt = new Date(Date.now() + TOKEN_LIFETIME_MS[purpose]);
  await em.query(
    `INSERT INTO one_time_token (organisation_id, user_id, purpose, token_hash, expires_at, created_by) VALUES ($1, $2, $3, $4, $5, $6)`,
    [user.organisationId, user.id, purpose, sha256Hex(token), expiresAt, createdBy],
  );
  return { token, expiresAt };
}

/** The token's owner if it is unused and unexpired; null otherwise (one answer for every failure). */
export async function findLiveToken(uow: UnitOfWork, token: string, purpose: TokenPurpose): Promise<LiveToken | null> {
  const rows: { token_id: string; organisation_id: string; user_id: string; purpose: string; expires_at: Date; used_at: Date | null }[] =
    await uow.run(NO_CONTEXT, (em) => em.query(`SELECT * FROM beside_one_time_token($1)`, [sha256Hex(token)]));
  const row = rows[0];
  if (!row || row.purpose !== purpose || row.used_at || new Date(row.expires_at).getTime() <= Date.now()) return null;
  return { tokenId: row.token_id, organisationId: row.organisation_id, userId: row.user_id };
}

/** Marks the token used; false if someone used it first. */
export async function spendToken(em: EntityManager, tokenId: string): Promise<boolean> {
  const rows: unknown[] = await changedRows(em,
    `UPDATE one_time_token SET used_at = now() WHERE id = $1 AND used_at IS NULL AND expires_at > now() RETURNING id`,
    [tokenId],
  );
  return rows.length === 1;
}
