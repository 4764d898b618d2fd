import type { EntityManager } from 'typeorm';
import type { InvitationView, Role } from '@beside/shared/contracts';
import { changedRows } from '../../../database/changed-rows';
import { execute, selectRow } from '../../../database/sql';

/** Her profile, if the inviting advocate supports her on an open journey (a manager may invite anyone). */
export async function findServiceUserToInvite(
  em: EntityManager,
  serviceUserId: string,
  actor: { role: Role; userId: string },
): Promise<{ id: string; account_id: string | null } | null> {
  return selectRow<{ id: string; account_id: string | null }>(
    em,
    `SELECT su.id, su.account_id FROM service_user su
     WHERE su.id = $1 AND ($2 = 'manager' OR EXISTS (
       SELECT 1 FROM journey j WHERE j.service_user_id = su.id AND j.status <> 'closed'
         AND (j.primary_advocate_id = $3 OR j.secondary_advocate_id = $3)))`,
    [serviceUserId, actor.role, actor.userId],
  );
}

/** This organisation's account with that normalised address, locked; `withdrawn`: an invitation never accepted and withdrawn. */
export async function lockAccountByEmail(em: EntityManager, normalisedEmail: string): Promise<{ id: string; withdrawn: boolean } | null> {
  return selectRow<{ id: string; withdrawn: boolean }>(
    em,
    `SELECT id, status = 'disabled' AND password_hash IS NULL AS withdrawn FROM user_account WHERE email_normalised = $1 FOR UPDATE`,
    [normalisedEmail],
  );
}

export interface Invitee {
  role: Role;
  email: string;
  displayName: string;
}

/** A withdrawn invitation's account, invited afresh. */
export async function reinviteAccount(em: EntityManager, accountId: string, invitee: Invitee, invitedBy: string): Promise<string> {
  const [row] = await changedRows<{ id: string }>(
    em,
    `UPDATE user_account SET role = $2, email = $3, display_name = $4, status = 'invited', updated_at = now(), updated_by = $5, version = version + 1
     WHERE id = $1 RETURNING id`,
    [accountId, invitee.role, invitee.email, invitee.displayName, invitedBy],
  );
  return row.id;
}

export async function insertInvitedAccount(em: EntityManager, organisationId: string, invitee: Invitee, invitedBy: string): Promise<string> {
  const row = await selectRow<{ id: string }>(
    em,
    `INSERT INTO user_account (organisation_id, role, email, display_name, status, created_by, updated_by)
     VALUES ($1, $2, $3, $4, 'invited', $5, $5) RETURNING id`,
    [organisationId, invitee.role, invitee.email, invitee.displayName, invitedBy],
  );
  return row.id;
}

export async function linkServiceUserAccount(em: EntityManager, serviceUserId: string, accountId: string): Promise<void> {
  await execute(em, `UPDATE service_user SET account_id = $2, updated_at = now() WHERE id = $1`, [serviceUserId, accountId]);
}

/** Her profile can be invited again with another address. */
export async function unlinkServiceUserAccount(em: EntityManager, accountId: string): Promise<void> {
  await execute(em, `UPDATE service_user SET account_id = NULL, updated_at = now() WHERE account_id = $1`, [accountId]);
}

/** Who an invitation is for, while it is waiting to be accepted. */
export interface InvitationRow {
  display_name: string;
  email: string;
  role: InvitationView['role'];
  organisation_name: string;
}

export async function findInvitation(em: EntityManager, accountId: string): Promise<InvitationRow | null> {
  return selectRow<InvitationRow>(
    em,
    `SELECT u.display_name, u.email, u.role, o.name AS organisation_name
     FROM user_account u JOIN organisation o ON o.id = u.organisation_id WHERE u.id = $1 AND u.status = 'invited'`,
    [accountId],
  );
}

export async function findInvitee(em: EntityManager, accountId: string): Promise<{ email: string; role: Role; status: string } | null> {
  return selectRow<{ email: string; role: Role; status: string }>(em, `SELECT email, role, status FROM user_account WHERE id = $1`, [accountId]);
}

/** Her first password: the invited account becomes active (refused by the unique index if the address became someone's account). */
export async function activateInvitedAccount(em: EntityManager, accountId: string, passwordHash: string): Promise<void> {
  await execute(
    em,
    `UPDATE user_account SET password_hash = $2, password_changed_at = now(), status = 'active', updated_at = now(), updated_by = $1, version = version + 1
     WHERE id = $1 AND status = 'invited'`,
    [accountId, passwordHash],
  );
}
