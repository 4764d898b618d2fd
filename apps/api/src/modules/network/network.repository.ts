import type { EntityManager } from 'typeorm';
import type { OrganisationStatus } from '@beside/shared/contracts';
import { selectRow, selectRows } from '../../database/sql';

export interface MemberOrganisationRow {
  id: string;
  name: string;
  status: OrganisationStatus;
  suspended_at: Date | null;
  suspension_reason: string | null;
  shares_network_figures: boolean;
  settings: Record<string, unknown>;
  created_at: Date;
  version: number;
}

export interface OrganisationAdminRow {
  organisation_id: string;
  account_id: string;
  display_name: string;
  email: string;
  status: 'invited' | 'active' | 'disabled';
}

/** Every member organisation, for the network operator only (beside_network_organisations answers no one else). */
export function findMemberOrganisations(em: EntityManager): Promise<MemberOrganisationRow[]> {
  return selectRows<MemberOrganisationRow>(em, `SELECT * FROM beside_network_organisations()`);
}

export function findMemberOrganisation(em: EntityManager, organisationId: string): Promise<MemberOrganisationRow | null> {
  return selectRow<MemberOrganisationRow>(em, `SELECT * FROM beside_network_organisations() WHERE id = $1`, [organisationId]);
}

/** Members' admins: the only people the operator sees, by name and email. */
export function findOrganisationAdmins(em: EntityManager, organisationId?: string): Promise<OrganisationAdminRow[]> {
  return selectRows<OrganisationAdminRow>(
    em,
    `SELECT organisation_id, account_id, display_name, email, status FROM beside_network_organisation_admins()
     WHERE $1::uuid IS NULL OR organisation_id = $1`,
    [organisationId ?? null],
  );
}

export async function createMemberOrganisation(em: EntityManager, name: string, settings: Record<string, unknown>): Promise<string> {
  const row = await selectRow<{ id: string }>(em, `SELECT beside_network_create_organisation($1, $2::jsonb) AS id`, [name, JSON.stringify(settings)]);
  if (!row) throw new Error('beside_network_create_organisation returned nothing');
  return row.id;
}

/** The new version, or null when the organisation is not a member or the version is stale. */
export async function updateMemberOrganisation(
  em: EntityManager,
  organisationId: string,
  version: number,
  change: { name: string | null; settings: Record<string, unknown> | null },
): Promise<number | null> {
  const row = await selectRow<{ version: number | null }>(em, `SELECT beside_network_update_organisation($1, $2, $3, $4::jsonb) AS version`, [
    organisationId,
    version,
    change.name,
    change.settings ? JSON.stringify(change.settings) : null,
  ]);
  return row?.version ?? null;
}

/** The new version, or null when it was already in that status. */
export async function setMemberOrganisationStatus(em: EntityManager, organisationId: string, status: OrganisationStatus, reason: string | null): Promise<number | null> {
  const row = await selectRow<{ version: number | null }>(em, `SELECT beside_network_set_organisation_status($1, $2, $3) AS version`, [organisationId, status, reason]);
  return row?.version ?? null;
}
