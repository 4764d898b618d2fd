import type { EntityManager } from 'typeorm';
import type { RoleApprovalView } from '@beside/shared/contracts';
import { changedRows } from '../../../database/changed-rows';
import { execute, insertId, selectRow, selectRows } from '../../../database/sql';

export type ApprovalKind = 'invitation' | 'role_change';

/** A request for a manager, as the decision reads it (locked until the transaction ends). */
export interface ApprovalRow {
  id: string;
  account_id: string;
  kind: ApprovalKind;
  requested_by: string;
  status: string;
}

/** A request waiting for a manager, with who it is for and who asked. */
export interface PendingApprovalRow {
  id: string;
  account_id: string;
  display_name: string;
  email: string;
  current_role: RoleApprovalView['currentRole'];
  kind: ApprovalKind;
  requested_by_name: string;
  requested_at: Date;
}

export async function hasPendingApproval(em: EntityManager, accountId: string): Promise<boolean> {
  const rows = await selectRows<{ '?column?': number }>(em, `SELECT 1 FROM role_approval WHERE account_id = $1 AND status = 'pending'`, [accountId]);
  return rows.length > 0;
}

export async function insertManagerApproval(em: EntityManager, organisationId: string, accountId: string, kind: ApprovalKind, requestedBy: string): Promise<string> {
  return insertId(
    em,
    `INSERT INTO role_approval (organisation_id, account_id, role, kind, requested_by) VALUES ($1, $2, 'manager', $3, $4) RETURNING id`,
    [organisationId, accountId, kind, requestedBy],
  );
}

export async function findPendingApprovals(em: EntityManager): Promise<PendingApprovalRow[]> {
  return selectRows<PendingApprovalRow>(
    em,
    `SELECT r.id, r.account_id, u.display_name, u.email, u.role AS current_role, r.kind, rb.display_name AS requested_by_name, r.requested_at
     FROM role_approval r JOIN user_account u ON u.id = r.account_id JOIN user_account rb ON rb.id = r.requested_by
     WHERE r.status = 'pending' ORDER BY r.requested_at, r.id LIMIT 200`,
  );
}

export async function lockApproval(em: EntityManager, approvalId: string): Promise<ApprovalRow | null> {
  return selectRow<ApprovalRow>(em, `SELECT id, account_id, kind, requested_by, status FROM role_approval WHERE id = $1 FOR UPDATE`, [approvalId]);
}

export async function recordDecision(em: EntityManager, approvalId: string, status: 'approved' | 'declined', decidedBy: string): Promise<void> {
  await execute(em, `UPDATE role_approval SET status = $2, decided_by = $3, decided_at = now() WHERE id = $1`, [approvalId, status, decidedBy]);
}

/** Ends the account's pending request, if any; whether there was one. */
export async function withdrawPendingApproval(em: EntityManager, accountId: string): Promise<boolean> {
  const rows = await changedRows<{ id: string }>(
    em,
    `UPDATE role_approval SET status = 'withdrawn', decided_at = now() WHERE account_id = $1 AND status = 'pending' RETURNING id`,
    [accountId],
  );
  return rows.length > 0;
}
