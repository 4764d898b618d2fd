import { EntityManager } from 'typeorm';
import { NO_CONTEXT, UnitOfWork } from '../../../database/unit-of-work';
import { randomToken, sha256Hex } from '../credentials/secrets';
import {
  findTokenByHash,
  insertResetTokenIfAccount,
  insertToken,
  spendUnusedTokens,
  type TokenPurpose,
} from './one-time-token.repository';

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  invitation: 72 * 60 * 60 * 1000,
  password_reset: 60 * 60 * 1000,
};

/** How many password-reset links may work at once: asking again never cancels her earlier link. */
export const LIVE_RESET_LINKS = 3;

export interface LiveToken {
  tokenId: string;
  organisationId: string;
  userId: string;
}

/** Issues a single-use link token (stored hashed); earlier unused tokens for the same purpose stop working (a resent invitation). */
export async function issueToken(
  em: EntityManager,
  purpose: TokenPurpose,
  user: { id: string; organisationId: string },
  createdBy: string | null,
): Promise<{ token: string; expiresAt: Date }> {
  await spendUnusedTokens(em, user.id, purpose);
  const token = randomToken();
  const expiresAt = new Date(Date.now() + TOKEN_LIFETIME_MS[purpose]);
  await insertToken(em, { organisationId: user.organisationId, userId: user.id, purpose, tokenHash: sha256Hex(token), expiresAt, createdBy });
  return { token, expiresAt };
}

/** The token's owner if it is unused and unexpired; null otherwise (one answer for every failure). */
export async function findLiveToken(uow: UnitOfWork, token: string, purpose: TokenPurpose): Promise<LiveToken | null> {
  const row = await uow.run(NO_CONTEXT, (em) => findTokenByHash(em, sha256Hex(token)));
  if (!row || row.purpose !== purpose || row.used_at || new Date(row.expires_at).getTime() <= Date.now()) return null;
  return { tokenId: row.token_id, organisationId: row.organisation_id, userId: row.user_id };
}

/**
 * A password-reset link for an active account, unless it already has LIVE_RESET_LINKS working links
 * (then her earlier links stay as they are and nothing new is issued). The token is made and hashed
 * for every request, and the one statement runs with or without an account (null), so asking about
 * an address that has no account does the same work. Returns whether a link was issued.
 */
export async function issueResetTokenIfAccount(em: EntityManager, accountId: string | null, tokenHash: string, expiresAt: Date): Promise<boolean> {
  return insertResetTokenIfAccount(em, accountId, tokenHash, expiresAt, LIVE_RESET_LINKS);
}
