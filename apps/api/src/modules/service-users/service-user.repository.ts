import { EntityManager } from 'typeorm';
import type { ConsentView, ServiceUserProfile } from '@beside/shared/contracts';
import { insertId, selectRow, selectRows } from '../../database/sql';
import type { NewServiceUserDto, ProfileFieldsDto, UpdateServiceUserDto } from './dto/service-user.dto';
import { mergeSafeContact, NO_SAFE_CONTACT, readSafeContact } from './safe-contact';


/** Request field → column, for inserts and versioned updates. */
export const PROFILE_COLUMNS: Partial<Record<keyof UpdateServiceUserDto, string>> = {
  name: 'name',
  preferredName: 'preferred_name',
  pronouns: 'pronouns',
  dateOfBirth: 'date_of_birth',
  languages: 'languages',
  interpreterNeeded: 'interpreter_needed',
  accessibilityNeeds: 'accessibility_needs',
  safeContact: 'safe_contact',
};


export async function insertServiceUser(em: EntityManager, organisationId: string, actorId: string, dto: NewServiceUserDto): Promise<string> {
  const p: ProfileFieldsDto = dto;
  return insertId(
    em,
    `INSERT INTO service_user (organisation_id, name, preferred_name, pronouns, date_of_birth, languages, interpreter_needed,
                               accessibility_needs, safe_contact, created_by, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id`,
    [
      organisationId,
      dto.name.trim(),
      p.preferredName ?? null,
      p.pronouns ?? null,
      p.dateOfBirth ?? null,
      p.languages ?? null,
      p.interpreterNeeded ?? false,
      p.accessibilityNeeds ?? null,
      mergeSafeContact(p.safeContact ?? {}, NO_SAFE_CONTACT),
      actorId,
    ],
  );
}

export async function findProfile(em: EntityManager, serviceUserId: string): Promise<ServiceUserProfile | null> {
  const row = await selectRow<Omit<ServiceUserProfile, 'safeContact'> & { safeContact: Record<string, unknown> | null }>(
    em,
    `SELECT id, name, preferred_name AS "preferredName", pronouns, to_char(date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth",
            languages, interpreter_needed AS "interpreterNeeded", accessibility_needs AS "accessibilityNeeds",
            safe_contact AS "safeContact", account_id IS NOT NULL AS "hasAccount",
            (SELECT ua.status FROM user_account ua WHERE ua.id = service_user.account_id) AS "accountStatus", version
     FROM service_user WHERE id = $1`,
    [serviceUserId],
  );
  return row ? { ...row, safeContact: readSafeContact(row.safeContact) } : null;
}

const CONSENT_SELECT = `
  SELECT c.id, c.service_user_id AS "serviceUserId", c.agreement, c.shared_with AS "sharedWith",
         to_char(c.given_on, 'YYYY-MM-DD') AS "givenOn", to_char(c.valid_until, 'YYYY-MM-DD') AS "validUntil",
         c.created_at AS "recordedAt", r.display_name AS "recordedByName", c.withdrawn_at AS "withdrawnAt",
         w.display_name AS "withdrawnByName",
         (c.withdrawn_at IS NULL AND (c.valid_until IS NULL OR c.valid_until >= (now() AT TIME ZONE 'Europe/London')::date)) AS current,
         c.version
  FROM consent c
  LEFT JOIN user_account r ON r.id = c.created_by
  LEFT JOIN user_account w ON w.id = c.withdrawn_by`;

export async function findConsents(em: EntityManager, serviceUserId: string): Promise<ConsentView[]> {
  return selectRows<ConsentView>(em, `${CONSENT_SELECT} WHERE c.service_user_id = $1 ORDER BY c.given_on DESC, c.id DESC LIMIT 500`, [serviceUserId]);
}

export async function findConsent(em: EntityManager, consentId: string): Promise<ConsentView | null> {
  return selectRow<ConsentView>(em, `${CONSENT_SELECT} WHERE c.id = $1`, [consentId]);
}

export interface NewConsent {
  organisationId: string;
  serviceUserId: string;
  agreement: string;
  sharedWith: string | null;
  givenOn: string;
  validUntil: string | null;
  createdBy: string;
}

export async function insertConsent(em: EntityManager, c: NewConsent): Promise<string> {
  return insertId(
    em,
    `INSERT INTO consent (organisation_id, service_user_id, agreement, shared_with, given_on, valid_until, created_by, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
    [c.organisationId, c.serviceUserId, c.agreement, c.sharedWith, c.givenOn, c.validUntil, c.createdBy],
  );
}

/** Whose consent it is and whether it was withdrawn, or null when there is no such consent. */
export async function findConsentOwner(em: EntityManager, consentId: string): Promise<{ serviceUserId: string; withdrawnAt: Date | null } | null> {
  return selectRow<{ serviceUserId: string; withdrawnAt: Date | null }>(
    em,
    `SELECT service_user_id AS "serviceUserId", withdrawn_at AS "withdrawnAt" FROM consent WHERE id = $1`,
    [consentId],
  );
}

/** What deciding her reach to a service user needs: an assigned journey, or a live grant on one of hers. */
export interface ServiceUserScopeRow {
  assigned: boolean;
  granted: boolean;
  grant_allows_write: boolean;
}

export async function findServiceUserScope(em: EntityManager, serviceUserId: string, userId: string): Promise<ServiceUserScopeRow | null> {
  return selectRow<ServiceUserScopeRow>(
    em,
    `SELECT EXISTS (SELECT 1 FROM journey j WHERE j.service_user_id = su.id AND (j.primary_advocate_id = $2 OR j.secondary_advocate_id = $2)) AS assigned,
            g.granted, coalesce(g.allows_write, false) AS grant_allows_write
     FROM service_user su
     CROSS JOIN LATERAL (SELECT count(*) > 0 AS granted, bool_or(b.allows_write) AS allows_write
                         FROM break_glass_access b JOIN journey j ON j.id = b.journey_id
                         WHERE j.service_user_id = su.id AND b.user_id = $2 AND b.expires_at > now()) g
     WHERE su.id = $1`,
    [serviceUserId, userId],
  );
}

/** Her own record with the service, found from her account (the portal's first look-up). */
export async function findServiceUserIdForAccount(em: EntityManager, accountId: string): Promise<string | null> {
  const row = await selectRow<{ id: string }>(em, `SELECT id FROM service_user WHERE account_id = $1`, [accountId]);
  return row?.id ?? null;
}
