import type { EntityManager } from 'typeorm';
import { changedRows } from '../../../../database/changed-rows';
import { insertId, selectRow, selectRows } from '../../../../database/sql';

export interface ReferralActionRow {
  id: string;
  referralId: string;
  description: string;
  ownerId: string;
  ownerName: string;
  dueOn: string;
  doneOn: string | null;
}

const SELECT_ACTION = `
  SELECT a.id, a.referral_id AS "referralId", a.description, a.owner_id AS "ownerId", coalesce(u.display_name, 'A member of staff') AS "ownerName",
         to_char(a.due_on, 'YYYY-MM-DD') AS "dueOn", to_char(a.done_on, 'YYYY-MM-DD') AS "doneOn"
  FROM referral_action a LEFT JOIN user_account u ON u.id = a.owner_id`;

export function findReferralActions(em: EntityManager, referralIds: string[]): Promise<ReferralActionRow[]> {
  return selectRows<ReferralActionRow>(em, `${SELECT_ACTION} WHERE a.referral_id = ANY($1::uuid[]) ORDER BY a.due_on, a.created_at, a.id`, [referralIds]);
}

/** The action, only when it is one of this referral's. */
export function findActionOf(em: EntityManager, referralId: string, actionId: string): Promise<ReferralActionRow | null> {
  return selectRow<ReferralActionRow>(em, `${SELECT_ACTION} WHERE a.referral_id = $1 AND a.id = $2`, [referralId, actionId]);
}

/** Whether `userId` is an active advocate or manager of the organisation (row-level security keeps to it). */
export async function isActiveStaffMember(em: EntityManager, userId: string): Promise<boolean> {
  return !!(await selectRow(em, `SELECT 1 FROM user_account WHERE id = $1 AND status = 'active' AND role IN ('advocate', 'manager')`, [userId]));
}

export function insertAction(
  em: EntityManager,
  a: { organisationId: string; referralId: string; description: string; ownerId: string; dueOn: string; userId: string },
): Promise<string> {
  return insertId(
    em,
    `INSERT INTO referral_action (organisation_id, referral_id, description, owner_id, due_on, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [a.organisationId, a.referralId, a.description, a.ownerId, a.dueOn, a.userId],
  );
}

/** Column changes from the service's own whitelist; a new due date or owner is reminded afresh. */
export async function updateAction(em: EntityManager, actionId: string, changes: Record<string, unknown>): Promise<void> {
  const columns = Object.keys(changes);
  if (!columns.length) return;
  const remindAgain = columns.some((c) => c === 'due_on' || c === 'owner_id') ? ['reminded_on = NULL'] : [];
  await changedRows(em, `UPDATE referral_action SET ${[...columns.map((c, i) => `${c} = $${i + 2}`), ...remindAgain].join(', ')} WHERE id = $1 RETURNING id`, [
    actionId,
    ...columns.map((c) => changes[c]),
  ]);
}
