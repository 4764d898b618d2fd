import type { EntityManager } from 'typeorm';
import type { HerStatementBody, HerStatementView } from '@beside/shared/contracts';
import { changedRows } from '../../../database/changed-rows';
import { execute, selectRow, selectRows } from '../../../database/sql';

const EMPTY: HerStatementView = {
  whatToKnow: null,
  formats: [],
  support: [],
  interpreterLanguage: null,
  crisis: null,
  sharedWith: { appointmentIds: [], challengeIds: [] },
  updatedAt: null,
  version: 0,
};

/** Her statement with what she shares it with; an empty one (version 0) until she writes it. */
export async function findHerStatement(em: EntityManager, serviceUserId: string): Promise<HerStatementView> {
  const row = await selectRow<Omit<HerStatementView, 'sharedWith' | 'updatedAt'> & { updatedAt: Date }>(
    em,
    `SELECT what_to_know AS "whatToKnow", formats, support, interpreter_language AS "interpreterLanguage", crisis, updated_at AS "updatedAt", version
     FROM her_statement WHERE service_user_id = $1`,
    [serviceUserId],
  );
  const shares = await selectRows<{ targetType: 'appointment' | 'challenge'; targetId: string }>(
    em,
    `SELECT target_type AS "targetType", target_id AS "targetId" FROM her_statement_share WHERE service_user_id = $1 ORDER BY target_type, target_id`,
    [serviceUserId],
  );
  const sharedWith = {
    appointmentIds: shares.filter((s) => s.targetType === 'appointment').map((s) => s.targetId),
    challengeIds: shares.filter((s) => s.targetType === 'challenge').map((s) => s.targetId),
  };
  return row ? { ...row, updatedAt: row.updatedAt.toISOString(), sharedWith } : { ...EMPTY, sharedWith };
}

/** Writes her statement at the version she saw (0: her first); false when someone (she, on another device) saved first. */
export async function saveHerStatement(em: EntityManager, organisationId: string, serviceUserId: string, version: number, s: HerStatementBody, userId: string): Promise<boolean> {
  const values = [s.whatToKnow, s.formats, s.support, s.interpreterLanguage, s.crisis, userId];
  if (version === 0) {
    const rows = await selectRows(
      em,
      `INSERT INTO her_statement (organisation_id, service_user_id, what_to_know, formats, support, interpreter_language, crisis, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING 1`,
      [organisationId, serviceUserId, ...values],
    );
    return rows.length > 0;
  }
  const rows = await changedRows(
    em,
    `UPDATE her_statement SET what_to_know = $3, formats = $4, support = $5, interpreter_language = $6, crisis = $7, updated_by = $8,
            updated_at = now(), version = version + 1
     WHERE service_user_id = $1 AND version = $2 RETURNING 1`,
    [serviceUserId, version, ...values],
  );
  return rows.length > 0;
}

/** The ones among these ids that are her own appointments and challenges. */
export async function findHerTargets(em: EntityManager, serviceUserId: string, appointmentIds: string[], challengeIds: string[]): Promise<{ appointments: string[]; challenges: string[] }> {
  const appointments = await selectRows<{ id: string }>(
    em,
    `SELECT a.id FROM appointment a JOIN journey j ON j.organisation_id = a.organisation_id AND j.id = a.journey_id WHERE a.id = ANY($1) AND j.service_user_id = $2`,
    [appointmentIds, serviceUserId],
  );
  const challenges = await selectRows<{ id: string }>(
    em,
    `SELECT c.id FROM challenge c JOIN journey j ON j.organisation_id = c.organisation_id AND j.id = c.journey_id WHERE c.id = ANY($1) AND j.service_user_id = $2`,
    [challengeIds, serviceUserId],
  );
  return { appointments: appointments.map((r) => r.id), challenges: challenges.map((r) => r.id) };
}

export async function replaceShares(em: EntityManager, organisationId: string, serviceUserId: string, appointmentIds: string[], challengeIds: string[]): Promise<void> {
  await execute(em, `DELETE FROM her_statement_share WHERE service_user_id = $1`, [serviceUserId]);
  await execute(
    em,
    `INSERT INTO her_statement_share (organisation_id, service_user_id, target_type, target_id)
     SELECT $1::uuid, $2::uuid, 'appointment', unnest($3::uuid[]) UNION ALL SELECT $1::uuid, $2::uuid, 'challenge', unnest($4::uuid[])`,
    [organisationId, serviceUserId, appointmentIds, challengeIds],
  );
}
