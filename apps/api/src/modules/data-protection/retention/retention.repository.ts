import type { EntityManager } from 'typeorm';
import type { RetentionRecordType } from '@beside/shared/contracts';
import { changedRows } from '../../../database/changed-rows';
import { execute, selectRow, selectRows } from '../../../database/sql';
import { RETENTION_DEFAULTS } from './retention-defaults';

export interface RuleRow {
  recordType: RetentionRecordType;
  keepMonths: number;
  reason: string;
  updatedBy: string;
  updatedAt: Date;
  version: number;
}

export function findRules(em: EntityManager): Promise<RuleRow[]> {
  return selectRows(
    em,
    `SELECT r.record_type AS "recordType", r.keep_months AS "keepMonths", r.reason, u.display_name AS "updatedBy", r.updated_at AS "updatedAt", r.version
     FROM retention_rule r JOIN user_account u ON u.organisation_id = r.organisation_id AND u.id = r.updated_by`,
  );
}

/** Saves the organisation's own period at `version` (0: none yet); false when the version is stale. */
export async function saveRule(em: EntityManager, organisationId: string, type: RetentionRecordType, version: number, months: number, reason: string, userId: string, now: Date): Promise<boolean> {
  if (version === 0) {
    const rows = await selectRows(
      em,
      `INSERT INTO retention_rule (organisation_id, record_type, keep_months, reason, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (organisation_id, record_type) DO NOTHING RETURNING record_type`,
      [organisationId, type, months, reason, userId, now],
    );
    return rows.length === 1;
  }
  const rows = await changedRows(
    em,
    `UPDATE retention_rule SET keep_months = $3, reason = $4, updated_by = $5, updated_at = $6, version = version + 1
     WHERE organisation_id = $1 AND record_type = $2 AND version = $7 RETURNING record_type`,
    [organisationId, type, months, reason, userId, now, version],
  );
  return rows.length === 1;
}

export interface JourneyStateRow {
  journeyId: string;
  serviceUserId: string;
  serviceUserName: string;
  closedOn: string | null;
  hasSafeguardingRecords: boolean;
  closedJourneyMonths: number;
  safeguardingMonths: number;
  dueOn: string | null;
  keepUntil: string | null;
  keepReason: string | null;
  keptBy: string | null;
  keptAt: Date | null;
  approvedAt: Date | null;
  approvedBy: string | null;
  approvalReason: string | null;
  anonymisedAt: Date | null;
  heldSince: Date | null;
  holdReason: string | null;
  openConcern: boolean;
  openReferral: boolean;
}

/**
 * Each journey's review state, computed live. Due: the closed journey's period after closure, and the safeguarding
 * period too when it has safeguarding records (both must pass), and not before a keep decision's date.
 */
const STATE = `
  WITH rules AS (
    SELECT coalesce((SELECT keep_months FROM retention_rule WHERE record_type = 'closed_journey'), ${RETENTION_DEFAULTS.closed_journey.keepMonths}) AS cj,
           coalesce((SELECT keep_months FROM retention_rule WHERE record_type = 'safeguarding'), ${RETENTION_DEFAULTS.safeguarding.keepMonths}) AS sg
  ),
  state AS (
    SELECT j.id AS "journeyId", j.service_user_id AS "serviceUserId", coalesce(su.preferred_name, su.name) AS "serviceUserName",
           CASE WHEN j.status = 'closed' THEN (j.closed_at AT TIME ZONE 'Europe/London')::date END AS closed_on,
           sg.has AS "hasSafeguardingRecords", rules.cj AS "closedJourneyMonths", rules.sg AS "safeguardingMonths",
           r.keep_until, r.keep_reason AS "keepReason", kb.display_name AS "keptBy", r.kept_at AS "keptAt",
           r.approved_at AS "approvedAt", ab.display_name AS "approvedBy", r.approval_reason AS "approvalReason", r.anonymised_at AS "anonymisedAt",
           h.placed_at AS "heldSince", h.reason AS "holdReason",
           EXISTS (SELECT 1 FROM concern c WHERE c.organisation_id = j.organisation_id AND c.journey_id = j.id AND c.status <> 'closed') AS "openConcern",
           EXISTS (SELECT 1 FROM multi_agency_referral m WHERE m.organisation_id = j.organisation_id AND m.journey_id = j.id AND m.status <> 'closed') AS "openReferral"
    FROM journey j
    CROSS JOIN rules
    JOIN service_user su ON su.organisation_id = j.organisation_id AND su.id = j.service_user_id
    LEFT JOIN journey_retention r ON r.organisation_id = j.organisation_id AND r.journey_id = j.id
    LEFT JOIN user_account kb ON kb.organisation_id = r.organisation_id AND kb.id = r.kept_by
    LEFT JOIN user_account ab ON ab.organisation_id = r.organisation_id AND ab.id = r.approved_by
    LEFT JOIN legal_hold h ON h.organisation_id = j.organisation_id AND h.journey_id = j.id AND h.lifted_at IS NULL
    CROSS JOIN LATERAL (
      SELECT EXISTS (SELECT 1 FROM concern x WHERE x.organisation_id = j.organisation_id AND x.journey_id = j.id)
          OR EXISTS (SELECT 1 FROM risk_assessment x WHERE x.organisation_id = j.organisation_id AND x.journey_id = j.id)
          OR EXISTS (SELECT 1 FROM multi_agency_referral x WHERE x.organisation_id = j.organisation_id AND x.journey_id = j.id)
          OR EXISTS (SELECT 1 FROM sharing_decision x WHERE x.organisation_id = j.organisation_id AND x.journey_id = j.id) AS has
    ) sg
    WHERE TRUE :where
  )
  SELECT "journeyId", "serviceUserId", "serviceUserName", closed_on::text AS "closedOn", "hasSafeguardingRecords", "closedJourneyMonths", "safeguardingMonths",
         greatest((closed_on + make_interval(months => "closedJourneyMonths"))::date,
                  CASE WHEN "hasSafeguardingRecords" THEN (closed_on + make_interval(months => "safeguardingMonths"))::date END,
                  CASE WHEN closed_on IS NOT NULL THEN keep_until END)::text AS "dueOn",
         keep_until::text AS "keepUntil", "keepReason", "keptBy", "keptAt", "approvedAt", "approvedBy", "approvalReason", "anonymisedAt",
         "heldSince", "holdReason", "openConcern", "openReferral"
  FROM state`;

export function findJourneyState(em: EntityManager, journeyId: string): Promise<JourneyStateRow | null> {
  return selectRow(em, STATE.replace(':where', 'AND j.id = $1'), [journeyId]);
}

/** The review queue: closed journeys due on or before `today`, not anonymised, not held; soonest due first. */
export async function findDueJourneys(em: EntityManager, today: string): Promise<JourneyStateRow[]> {
  const rows = await selectRows<JourneyStateRow>(em, `SELECT * FROM (${STATE.replace(':where', `AND j.status = 'closed'`)}) s WHERE s."dueOn"::date <= $1::date AND s."anonymisedAt" IS NULL AND s."heldSince" IS NULL ORDER BY s."dueOn", s."journeyId"`, [today]);
  return rows;
}

/** Her journeys not yet anonymised (for a granted erasure). */
export function findHerJourneyStates(em: EntityManager, serviceUserId: string): Promise<JourneyStateRow[]> {
  return selectRows(em, `SELECT * FROM (${STATE.replace(':where', 'AND j.service_user_id = $1')}) s WHERE s."anonymisedAt" IS NULL ORDER BY s."journeyId"`, [serviceUserId]);
}

export async function recordKeep(em: EntityManager, organisationId: string, journeyId: string, keepUntil: string, reason: string, userId: string, now: Date): Promise<void> {
  await execute(
    em,
    `INSERT INTO journey_retention (organisation_id, journey_id, keep_until, keep_reason, kept_by, kept_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6)
     ON CONFLICT (organisation_id, journey_id) DO UPDATE SET keep_until = $3, keep_reason = $4, kept_by = $5, kept_at = $6,
       approved_at = NULL, approved_by = NULL, approval_reason = NULL, updated_at = $6`,
    [organisationId, journeyId, keepUntil, reason, userId, now],
  );
}

export async function recordApproval(em: EntityManager, organisationId: string, journeyId: string, reason: string | null, userId: string, now: Date): Promise<void> {
  await execute(
    em,
    `INSERT INTO journey_retention (organisation_id, journey_id, approved_at, approved_by, approval_reason, updated_at) VALUES ($1, $2, $3, $4, $5, $3)
     ON CONFLICT (organisation_id, journey_id) DO UPDATE SET approved_at = $3, approved_by = $4, approval_reason = $5, updated_at = $3`,
    [organisationId, journeyId, now, userId, reason],
  );
}

export async function placeHold(em: EntityManager, organisationId: string, journeyId: string, reason: string, userId: string, now: Date): Promise<string | null> {
  const row = await selectRow<{ id: string }>(
    em,
    `INSERT INTO legal_hold (organisation_id, journey_id, reason, placed_by, placed_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (organisation_id, journey_id) WHERE lifted_at IS NULL DO NOTHING RETURNING id`,
    [organisationId, journeyId, reason, userId, now],
  );
  return row?.id ?? null;
}

export async function liftHold(em: EntityManager, journeyId: string, reason: string, userId: string, now: Date): Promise<string | null> {
  const [row] = await changedRows<{ id: string }>(
    em,
    `UPDATE legal_hold SET lifted_at = $2, lifted_by = $3, lift_reason = $4 WHERE journey_id = $1 AND lifted_at IS NULL RETURNING id`,
    [journeyId, now, userId, reason],
  );
  return row?.id ?? null;
}

/** The job: organisations with approvals waiting (definer's rights), and the running organisation's approved journeys. */
export async function findOrganisationsWithApprovals(em: EntityManager): Promise<string[]> {
  return (await selectRows<{ id: string }>(em, `SELECT beside_organisations_with_approved_anonymisations() AS id`)).map((r) => r.id);
}

export function findApprovedJourneys(em: EntityManager): Promise<{ journeyId: string; serviceUserId: string }[]> {
  return selectRows(
    em,
    `SELECT r.journey_id AS "journeyId", j.service_user_id AS "serviceUserId" FROM journey_retention r
     JOIN journey j ON j.organisation_id = r.organisation_id AND j.id = r.journey_id
     WHERE r.approved_at IS NOT NULL AND r.anonymised_at IS NULL ORDER BY r.approved_at, r.journey_id`,
  );
}

export interface AnonymisedResult {
  serviceUser: boolean;
  storageKeys: string[];
}

/** Anonymises one approved journey (beside_anonymise_journey): null when it was not (any more) to be done. */
export async function anonymiseJourney(em: EntityManager, journeyId: string, at: Date): Promise<AnonymisedResult | null> {
  const row = await selectRow<{ result: AnonymisedResult | null }>(em, `SELECT beside_anonymise_journey($1, $2) AS result`, [journeyId, at]);
  return row?.result ?? null;
}
