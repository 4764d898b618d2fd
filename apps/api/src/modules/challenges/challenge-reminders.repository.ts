import type { EntityManager } from 'typeorm';
import { selectRows } from '../../database/sql';

/** Organisations with a challenge deadline to tell about (definer's rights: the job runs in no organisation). */
export async function findOrganisationsWithChallengeDeadlines(em: EntityManager, today: string): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(em, `SELECT beside_organisations_with_challenge_deadlines($1) AS id`, [today]);
  return rows.map((r) => r.id);
}

export interface DeadlineToTell {
  challengeId: string;
  journeyId: string;
  deadlineOn: string;
  missed: boolean;
  advocateIds: string[];
}

/**
 * The running organisation's open stages whose deadline is near or missed and not told yet, marked told in the same
 * statement (so two instances never tell twice), with her advocates.
 */
export function markDeadlinesToTell(em: EntityManager, today: string): Promise<DeadlineToTell[]> {
  return selectRows(
    em,
    `WITH settings AS (
       SELECT coalesce((settings->>'challengeReminderDays')::int, 7) AS days FROM organisation WHERE id = beside_current_organisation()
     ),
     due AS (
       SELECT s.organisation_id, s.id, s.deadline_on < $1::date AS missed
       FROM challenge_stage s, settings
       WHERE s.ended_on IS NULL AND s.deadline_on IS NOT NULL
         AND ((s.missed_notified_on IS NULL AND s.deadline_on < $1::date)
              OR (s.near_notified_on IS NULL AND s.deadline_on >= $1::date AND s.deadline_on <= $1::date + settings.days))
       FOR UPDATE OF s SKIP LOCKED
     ),
     told AS (
       UPDATE challenge_stage s SET
         near_notified_on = coalesce(s.near_notified_on, $1::date),
         missed_notified_on = CASE WHEN due.missed THEN $1::date ELSE s.missed_notified_on END
       FROM due WHERE s.organisation_id = due.organisation_id AND s.id = due.id
       RETURNING s.organisation_id, s.challenge_id, to_char(s.deadline_on, 'YYYY-MM-DD') AS deadline_on, due.missed
     )
     SELECT told.challenge_id AS "challengeId", c.journey_id AS "journeyId", told.deadline_on AS "deadlineOn", told.missed,
            array_remove(ARRAY[j.primary_advocate_id, j.secondary_advocate_id], NULL) AS "advocateIds"
     FROM told
     JOIN challenge c ON c.organisation_id = told.organisation_id AND c.id = told.challenge_id
     JOIN journey j ON j.organisation_id = c.organisation_id AND j.id = c.journey_id`,
    [today],
  );
}
