import { EntityManager } from 'typeorm';
import type { ConsentView, SafeContact, ServiceUserProfile } from '@beside/shared/contracts';
import type { NewServiceUserDto, ProfileFieldsDto, UpdateServiceUserDto } from './dto/service-user.dto';

const NO_SAFE_CONTACT: SafeContact = { channels: [], safeTimes: null, voicemailAllowed: false, codeWord: null };

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

export function safeContactJson(value: unknown): string {
  const v = value as SafeContact;
  return JSON.stringify({ channels: v.channels, safeTimes: v.safeTimes ?? null, voicemailAllowed: v.voicemailAllowed, codeWord: v.codeWord ?? null });
}

export async function insertServiceUser(em: EntityManager, organisationId: string, actorId: string, dto: NewServiceUserDto): Promise<string> {
  const p: ProfileFieldsDto = dto;
  const [row]: { id: string }[] = await em.query(
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
      safeContactJson(p.safeContact ?? NO_SAFE_CONTACT),
      actorId,
    ],
  );
  return row.id;
}

export async function findProfile(em: EntityManager, serviceUserId: string): Promise<ServiceUserProfile | null> {
  const [row]: (ServiceUserProfile & { safeContact: Partial<SafeContact> })[] = await em.query(
    `SELECT id, name, preferred_name AS "preferredName", pronouns, to_char(date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth",
            languages, interpreter_needed AS "interpreterNeeded", accessibility_needs AS "accessibilityNeeds",
            safe_contact AS "safeContact", account_id IS NOT NULL AS "hasAccount", version
     FROM service_user WHERE id = $1`,
    [serviceUserId],
  );
  return row ? { ...row, safeContact: { ...NO_SAFE_CONTACT, ...row.safeContact } } : null;
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
  return em.query(`${CONSENT_SELECT} WHERE c.service_user_id = $1 ORDER BY c.given_on DESC, c.id DESC LIMIT 500`, [serviceUserId]);
}

export async function findConsent(em: EntityManager, consentId: string): Promise<ConsentView | null> {
  const [row]: ConsentView[] = await em.query(`${CONSENT_SELECT} WHERE c.id = $1`, [consentId]);
  return row ?? null;
}
