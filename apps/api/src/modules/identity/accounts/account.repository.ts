import type { EntityManager } from 'typeorm';
import type { AccountView, Role, StaffMember } from '@beside/shared/contracts';
import { changedRows } from '../../../database/changed-rows';
import { execute, selectRow, selectRows } from '../../../database/sql';

/** A user_account row as the account pages read it. */
export interface AccountRow {
  id: string;
  organisation_id: string;
  email: string;
  display_name: string;
  role: Role;
  status: AccountView['status'];
  password_hash: string | null;
  mfa_enabled_at: Date | null;
  created_at: Date;
  version: number;
  email_alerts: boolean;
  /** From role_approval, where the query joins it. */
  pending_role?: Role | null;
}

export async function findAccount(em: EntityManager, accountId: string): Promise<AccountRow | null> {
  return selectRow<AccountRow>(em, `SELECT * FROM user_account WHERE id = $1`, [accountId]);
}

/** Turns her own email copies of in-app notifications on or off. */
export async function setEmailAlerts(em: EntityManager, accountId: string, on: boolean): Promise<void> {
  await execute(em, `UPDATE user_account SET email_alerts = $2, updated_at = now(), updated_by = $1 WHERE id = $1`, [accountId, on]);
}

export async function lockAccount(em: EntityManager, accountId: string): Promise<AccountRow | null> {
  return selectRow<AccountRow>(em, `SELECT * FROM user_account WHERE id = $1 FOR UPDATE`, [accountId]);
}

/** An account's role and access, locked until the transaction ends. */
export interface AccountStatusRow {
  id: string;
  role: Role;
  status: string;
}

export async function lockAccountStatus(em: EntityManager, accountId: string): Promise<AccountStatusRow | null> {
  return selectRow<AccountStatusRow>(em, `SELECT id, role, status FROM user_account WHERE id = $1 FOR UPDATE`, [accountId]);
}

/** The organisation's accounts (row-level security), each with the role waiting for a manager's approval. */
export async function findAccountsWithPendingRole(em: EntityManager): Promise<AccountRow[]> {
  return selectRows<AccountRow>(
    em,
    `SELECT u.*, (SELECT r.role FROM role_approval r WHERE r.account_id = u.id AND r.status = 'pending') AS pending_role
     FROM user_account u ORDER BY u.role, lower(u.display_name), u.id LIMIT 2000`,
  );
}

/** Role and access (null keeps each as it is), if the account is still at `version`; null when someone changed it first. */
export async function updateRoleAndStatus(
  em: EntityManager,
  accountId: string,
  version: number,
  change: { role: Role | null; status: string | null },
  updatedBy: string,
): Promise<AccountRow | null> {
  const [updated] = await changedRows<AccountRow>(
    em,
    `UPDATE user_account SET role = coalesce($3, role), status = coalesce($4, status), updated_at = now(), updated_by = $5, version = version + 1
     WHERE id = $1 AND version = $2 RETURNING *`,
    [accountId, version, change.role, change.status, updatedBy],
  );
  return updated ?? null;
}

export async function makeManager(em: EntityManager, accountId: string, updatedBy: string): Promise<void> {
  await execute(em, `UPDATE user_account SET role = 'manager', updated_at = now(), updated_by = $2, version = version + 1 WHERE id = $1`, [accountId, updatedBy]);
}

/** Closes an account (a withdrawn or declined invitation). */
export async function disableAccount(em: EntityManager, accountId: string, updatedBy: string): Promise<void> {
  await execute(em, `UPDATE user_account SET status = 'disabled', updated_at = now(), updated_by = $2, version = version + 1 WHERE id = $1`, [accountId, updatedBy]);
}

/** Her new password (its hash), set by herself. */
export async function setPassword(em: EntityManager, accountId: string, passwordHash: string): Promise<void> {
  await execute(
    em,
    `UPDATE user_account SET password_hash = $2, password_changed_at = now(), updated_at = now(), updated_by = $1, version = version + 1 WHERE id = $1`,
    [accountId, passwordHash],
  );
}

/** The ids of the organisation's active accounts in that role, but one. */
export async function findActiveAccountIds(em: EntityManager, organisationId: string, role: 'admin' | 'manager', exceptId: string): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(
    em,
    `SELECT id FROM user_account WHERE organisation_id = $1 AND role = $3 AND status = 'active' AND id <> $2`,
    [organisationId, exceptId, role],
  );
  return rows.map((r) => r.id);
}

/** Active staff in those roles: names and roles only. */
export async function findActiveStaff(em: EntityManager, roles: string[]): Promise<StaffMember[]> {
  return selectRows<StaffMember>(
    em,
    `SELECT id, display_name AS "displayName", role FROM user_account
     WHERE status = 'active' AND role = ANY($1) ORDER BY lower(display_name), id`,
    [roles],
  );
}
