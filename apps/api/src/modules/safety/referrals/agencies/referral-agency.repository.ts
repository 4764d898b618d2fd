import type { EntityManager } from 'typeorm';
import { execute, selectRows } from '../../../../database/sql';
import type { ReferralAgencyDefinition } from './default-referral-agencies';

/** An organisation's own agency row: a changed default (same key) or one of its own, perhaps archived. */
export interface OwnAgencyRow extends ReferralAgencyDefinition {
  archived: boolean;
}

export function findOwnAgencies(em: EntityManager): Promise<OwnAgencyRow[]> {
  return selectRows<OwnAgencyRow>(
    em,
    `SELECT key, name, description, outcome_status AS "outcomeStatus", archived_at IS NOT NULL AS archived FROM referral_agency ORDER BY key`,
  );
}

export function saveOwnAgency(em: EntityManager, organisationId: string, agency: ReferralAgencyDefinition, archived: boolean, userId: string): Promise<void> {
  return execute(
    em,
    `INSERT INTO referral_agency (organisation_id, key, name, description, outcome_status, archived_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, CASE WHEN $6 THEN now() END, $7)
     ON CONFLICT (organisation_id, key) DO UPDATE SET name = EXCLUDED.name, description = EXCLUDED.description,
       outcome_status = EXCLUDED.outcome_status, archived_at = EXCLUDED.archived_at, updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [organisationId, agency.key, agency.name, agency.description, agency.outcomeStatus, archived, userId],
  );
}
