import type { EntityManager } from 'typeorm';
import type { BankHolidayRegion, ChallengeOutcome, ChallengeTypeDefinition, ChallengeView, SupportLevel } from '@beside/shared/contracts';
import { changedRows } from '../../database/changed-rows';
import { execute, insertId, selectRow, selectRows } from '../../database/sql';

/** A challenge as stored: the view's own fields, and its type as it was when it was opened. */
export type ChallengeRow = Omit<ChallengeView, 'typeName' | 'stages' | 'stagesAhead' | 'nextDeadline'> & { typeDefinition: ChallengeTypeDefinition };

export interface StageRow {
  id: string;
  position: number;
  key: string;
  startedOn: string;
  deadlineOn: string | null;
  endedOn: string | null;
  supportLevel: SupportLevel | null;
  note: string | null;
}

const day = (column: string, alias: string) => `to_char(${column}, 'YYYY-MM-DD') AS "${alias}"`;

const SELECT_CHALLENGE = `
  SELECT c.id, c.journey_id AS "journeyId", c.type_key AS "typeKey", c.type_definition AS "typeDefinition",
         c.body_challenged AS "bodyChallenged", c.her_words AS "herWords", ${day('c.event_on', 'eventOn')}, ${day('c.aware_on', 'awareOn')},
         c.region, c.status, c.outcome, c.outcome_note AS "outcomeNote", ${day('c.closed_on', 'closedOn')}, c.version
  FROM challenge c`;

export function findChallenge(em: EntityManager, id: string): Promise<ChallengeRow | null> {
  return selectRow<ChallengeRow>(em, `${SELECT_CHALLENGE} WHERE c.id = $1`, [id]);
}

/** Hers, across her journeys (row-level security keeps her to her own as well), open ones first. */
export function findHerChallenges(em: EntityManager, serviceUserId: string): Promise<ChallengeRow[]> {
  return selectRows<ChallengeRow>(
    em,
    `${SELECT_CHALLENGE} JOIN journey j ON j.organisation_id = c.organisation_id AND j.id = c.journey_id
     WHERE j.service_user_id = $1 ORDER BY c.status = 'closed', c.created_at DESC, c.id`,
    [serviceUserId],
  );
}

export function findJourneyChallenges(em: EntityManager, journeyId: string): Promise<ChallengeRow[]> {
  return selectRows<ChallengeRow>(em, `${SELECT_CHALLENGE} WHERE c.journey_id = $1 ORDER BY c.status = 'closed', c.created_at DESC, c.id`, [journeyId]);
}

export function findStages(em: EntityManager, challengeIds: string[]): Promise<(StageRow & { challengeId: string })[]> {
  return selectRows(
    em,
    `SELECT s.id, s.challenge_id AS "challengeId", s.position, s.stage_key AS key, ${day('s.started_on', 'startedOn')}, ${day('s.deadline_on', 'deadlineOn')},
            ${day('s.ended_on', 'endedOn')}, s.support_level AS "supportLevel", s.note
     FROM challenge_stage s WHERE s.challenge_id = ANY($1) ORDER BY s.challenge_id, s.position`,
    [challengeIds],
  );
}

export function insertChallenge(
  em: EntityManager,
  c: { organisationId: string; journeyId: string; type: ChallengeTypeDefinition; bodyChallenged: string; herWords: string; eventOn: string; awareOn: string | null; region: BankHolidayRegion; userId: string },
): Promise<string> {
  return insertId(
    em,
    `INSERT INTO challenge (organisation_id, journey_id, type_key, type_definition, body_challenged, her_words, event_on, aware_on, region, created_by, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id`,
    [c.organisationId, c.journeyId, c.type.key, JSON.stringify(c.type), c.bodyChallenged, c.herWords, c.eventOn, c.awareOn, c.region, c.userId],
  );
}

export function insertStage(
  em: EntityManager,
  s: { organisationId: string; challengeId: string; position: number; key: string; startedOn: string; deadlineOn: string | null },
): Promise<string> {
  return insertId(
    em,
    `INSERT INTO challenge_stage (organisation_id, challenge_id, position, stage_key, started_on, deadline_on) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [s.organisationId, s.challengeId, s.position, s.key, s.startedOn, s.deadlineOn],
  );
}

/** Ends the current stage; who spoke at it is kept when given. */
export function endStage(em: EntityManager, stageId: string, on: string, supportLevel: SupportLevel | undefined): Promise<void> {
  return execute(em, `UPDATE challenge_stage SET ended_on = $2, support_level = coalesce($3, support_level) WHERE id = $1`, [stageId, on, supportLevel ?? null]);
}

export async function updateStage(em: EntityManager, stageId: string, changes: { support_level?: SupportLevel | null; note?: string | null }): Promise<void> {
  const columns = Object.keys(changes) as (keyof typeof changes)[];
  if (!columns.length) return;
  await execute(em, `UPDATE challenge_stage SET ${columns.map((c, i) => `${c} = $${i + 2}`).join(', ')} WHERE id = $1`, [stageId, ...columns.map((c) => changes[c])]);
}

/** Keeps the challenge's next deadline (its current stage's) beside it, for the lists that sort and filter by it. */
export function refreshNextDeadline(em: EntityManager, challengeId: string): Promise<void> {
  return execute(
    em,
    `UPDATE challenge c SET next_deadline_on = CASE WHEN c.status = 'open'
       THEN (SELECT s.deadline_on FROM challenge_stage s WHERE s.organisation_id = c.organisation_id AND s.challenge_id = c.id AND s.ended_on IS NULL) END
     WHERE c.id = $1`,
    [challengeId],
  );
}

/** The stage row belongs to the challenge. */
export function findStageOf(em: EntityManager, challengeId: string, stageId: string): Promise<{ id: string } | null> {
  return selectRow(em, `SELECT id FROM challenge_stage WHERE id = $1 AND challenge_id = $2`, [stageId, challengeId]);
}

export interface DeadlineRow {
  challengeId: string;
  journeyId: string;
  serviceUserName: string;
  typeDefinition: ChallengeTypeDefinition;
  stageKey: string;
  deadlineOn: string;
}

/** Open challenges whose next deadline falls on or before `until`, soonest first; an advocate's own journeys only when `advocateId` is set. */
export function findDeadlines(em: EntityManager, until: string, advocateId: string | null): Promise<DeadlineRow[]> {
  return selectRows(
    em,
    `SELECT c.id AS "challengeId", c.journey_id AS "journeyId", coalesce(su.preferred_name, su.name) AS "serviceUserName",
            c.type_definition AS "typeDefinition", s.stage_key AS "stageKey", ${day('c.next_deadline_on', 'deadlineOn')}
     FROM challenge c
     JOIN journey j ON j.organisation_id = c.organisation_id AND j.id = c.journey_id
     JOIN service_user su ON su.organisation_id = j.organisation_id AND su.id = j.service_user_id
     JOIN challenge_stage s ON s.organisation_id = c.organisation_id AND s.challenge_id = c.id AND s.ended_on IS NULL
     WHERE c.status = 'open' AND c.next_deadline_on <= $1
       AND ($2::uuid IS NULL OR j.primary_advocate_id = $2 OR j.secondary_advocate_id = $2)
     ORDER BY c.next_deadline_on, c.id
     LIMIT 200`,
    [until, advocateId],
  );
}

/** How many open challenges have missed their next deadline (before `today`) and how many meet it by `until`. */
export function countDeadlines(em: EntityManager, today: string, until: string): Promise<{ missed: number; near: number }> {
  return selectRow<{ missed: number; near: number }>(
    em,
    `SELECT (count(*) FILTER (WHERE next_deadline_on < $1))::int AS missed, (count(*) FILTER (WHERE next_deadline_on >= $1))::int AS near
     FROM challenge WHERE status = 'open' AND next_deadline_on <= $2`,
    [today, until],
  ).then((row) => row ?? { missed: 0, near: 0 });
}

export async function closeChallenge(
  em: EntityManager,
  id: string,
  version: number,
  c: { outcome: ChallengeOutcome; note: string | null; on: string; userId: string },
): Promise<boolean> {
  const rows = await changedRows(
    em,
    `UPDATE challenge SET status = 'closed', outcome = $3, outcome_note = $4, closed_on = $5, next_deadline_on = NULL,
            version = version + 1, updated_at = now(), updated_by = $6
     WHERE id = $1 AND version = $2 AND status = 'open' RETURNING id`,
    [id, version, c.outcome, c.note, c.on, c.userId],
  );
  return rows.length > 0;
}
