import type { EntityManager } from 'typeorm';
import { selectRows } from '../../../database/sql';

/** Organisations with an action, a meeting or a plan review to tell about (definer's rights: the job runs in no organisation). */
export async function findOrganisationsWithSafetyReminders(em: EntityManager, today: string): Promise<string[]> {
  return (await selectRows<{ id: string }>(em, `SELECT beside_organisations_with_safety_reminders($1) AS id`, [today])).map((r) => r.id);
}

export interface Reminder {
  id: string;
  journeyId: string;
  on: string;
  recipients: string[];
}

const ADVOCATES = `array_remove(ARRAY[j.primary_advocate_id, j.secondary_advocate_id], NULL)`;

/**
 * Each marks what it returns as told in the same statement (so two runs never tell twice): actions due within three days
 * (their owner), meetings within a week (her advocates), plans past their review date (her advocates).
 */
export function markActionsDue(em: EntityManager, today: string): Promise<Reminder[]> {
  return selectRows(
    em,
    `WITH told AS (UPDATE referral_action a SET reminded_on = $1::date
     FROM multi_agency_referral r
     WHERE r.organisation_id = a.organisation_id AND r.id = a.referral_id
       AND a.done_on IS NULL AND a.reminded_on IS NULL AND a.due_on <= $1::date + 3 AND r.status <> 'closed'
     RETURNING a.id, r.journey_id AS "journeyId", to_char(a.due_on, 'YYYY-MM-DD') AS "on", ARRAY[a.owner_id] AS recipients)
     SELECT * FROM told`,
    [today],
  );
}

export function markMeetingsSoon(em: EntityManager, today: string): Promise<Reminder[]> {
  return selectRows(
    em,
    `WITH told AS (UPDATE multi_agency_referral r SET meeting_reminded_for = r.next_meeting_on
     FROM journey j
     WHERE j.organisation_id = r.organisation_id AND j.id = r.journey_id
       AND r.status NOT IN ('draft', 'closed') AND r.next_meeting_on BETWEEN $1::date AND $1::date + 7
       AND r.meeting_reminded_for IS DISTINCT FROM r.next_meeting_on
     RETURNING r.id, r.journey_id AS "journeyId", to_char(r.next_meeting_on, 'YYYY-MM-DD') AS "on", ${ADVOCATES} AS recipients)
     SELECT * FROM told`,
    [today],
  );
}

export function markPlanReviewsDue(em: EntityManager, today: string): Promise<Reminder[]> {
  return selectRows(
    em,
    `WITH told AS (UPDATE safety_plan p SET review_reminded_on = p.review_on
     FROM journey j
     WHERE j.organisation_id = p.organisation_id AND j.id = p.journey_id AND j.status <> 'closed'
       AND p.review_on <= $1::date AND p.review_reminded_on IS DISTINCT FROM p.review_on
     RETURNING p.id, p.journey_id AS "journeyId", to_char(p.review_on, 'YYYY-MM-DD') AS "on", ${ADVOCATES} AS recipients)
     SELECT * FROM told`,
    [today],
  );
}
