import type { EntityManager } from 'typeorm';
import { changedRows } from '../../../database/changed-rows';
import { execute, selectRows } from '../../../database/sql';

/** Her second step as the checks read it (the row is locked until the transaction ends). */
export interface MfaState {
  email: string;
  role: string;
  mfa_failures: number;
  mfa_failures_since: Date | null;
  mfa_secret: string | null;
  mfa_enabled_at: Date | null;
  mfa_last_time_step: string | null;
  password_hash: string | null;
}

export async function lockMfaState(em: EntityManager, userId: string): Promise<MfaState> {
  const [row] = await selectRows<MfaState>(
    em,
    `SELECT email, role, mfa_secret, mfa_enabled_at, mfa_last_time_step, password_hash, mfa_failures, mfa_failures_since FROM user_account WHERE id = $1 FOR UPDATE`,
    [userId],
  );
  return row;
}

export async function resetMfaFailures(em: EntityManager, userId: string): Promise<void> {
  await execute(em, `UPDATE user_account SET mfa_failures = 0, mfa_failures_since = NULL WHERE id = $1`, [userId]);
}

/** Counts a wrong code in the current 24-hour window (a window starts at its first wrong code); the count. */
export async function countMfaFailure(em: EntityManager, userId: string): Promise<number | null> {
  const [row] = await changedRows<{ mfa_failures: number }>(
    em,
    `UPDATE user_account SET
       mfa_failures = CASE WHEN mfa_failures_since IS NULL OR mfa_failures_since <= now() - interval '1 day' THEN 1 ELSE mfa_failures + 1 END,
       mfa_failures_since = CASE WHEN mfa_failures_since IS NULL OR mfa_failures_since <= now() - interval '1 day' THEN now() ELSE mfa_failures_since END
     WHERE id = $1 RETURNING mfa_failures`,
    [userId],
  );
  return row?.mfa_failures ?? null;
}

export async function storeMfaSecret(em: EntityManager, userId: string, sealedSecret: string): Promise<void> {
  await execute(em, `UPDATE user_account SET mfa_secret = $2, updated_at = now() WHERE id = $1`, [userId, sealedSecret]);
}

export async function enableMfa(em: EntityManager, userId: string, timeStep: number): Promise<void> {
  await execute(
    em,
    `UPDATE user_account SET mfa_enabled_at = now(), mfa_last_time_step = $2, updated_at = now(), version = version + 1 WHERE id = $1`,
    [userId, timeStep],
  );
}

export async function disableMfa(em: EntityManager, userId: string): Promise<void> {
  await execute(
    em,
    `UPDATE user_account SET mfa_secret = NULL, mfa_enabled_at = NULL, mfa_last_time_step = NULL, updated_at = now(), version = version + 1 WHERE id = $1`,
    [userId],
  );
}

/** Stores the code's time step if it is later than the last one accepted; false for a replayed (or older) code. */
export async function acceptTimeStep(em: EntityManager, userId: string, timeStep: number): Promise<boolean> {
  const rows = await changedRows<{ id: string }>(
    em,
    `UPDATE user_account SET mfa_last_time_step = $2
     WHERE id = $1 AND (mfa_last_time_step IS NULL OR mfa_last_time_step < $2) RETURNING id`,
    [userId, timeStep],
  );
  return rows.length === 1;
}

export async function spendAllRecoveryCodes(em: EntityManager, userId: string): Promise<void> {
  await execute(em, `UPDATE recovery_code SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
}

export async function insertRecoveryCodes(em: EntityManager, userId: string, organisationId: string, codeHashes: string[]): Promise<void> {
  await execute(em, `INSERT INTO recovery_code (user_id, organisation_id, code_hash) SELECT $1, $2, unnest($3::text[])`, [userId, organisationId, codeHashes]);
}

/** Marks one unused code with that hash used; false if there is none. */
export async function spendRecoveryCodeHash(em: EntityManager, userId: string, codeHash: string): Promise<boolean> {
  const rows = await changedRows<{ id: string }>(
    em,
    `UPDATE recovery_code SET used_at = now()
     WHERE id = (SELECT id FROM recovery_code WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL LIMIT 1)
     RETURNING id`,
    [userId, codeHash],
  );
  return rows.length === 1;
}
