import type { Role } from '@beside/shared/contracts';
import { EntityManager } from 'typeorm';
import { existing } from '../../common/existing';
import { changedRows } from '../../database/changed-rows';
import { execute, selectRow, selectRows } from '../../database/sql';

/** An appointment as a calendar may show it. */
export interface CalendarEventRow {
  id: string;
  starts_at: Date;
  ends_at: Date;
  status: string;
  professional_role: string;
  professional_organisation: string | null;
  location: string | null;
  remote: boolean;
  purpose: string | null;
  name: string;
  updated_at: Date;
}

// Only these columns ever reach a feed: no preparation, outcome, debrief, notes or code word.
const EVENT_COLUMNS = `a.id, a.starts_at, a.ends_at, a.status, a.professional_role, a.professional_organisation, a.location,
  a.remote, a.purpose, su.name, a.updated_at`;

const FEED_WINDOW = `a.starts_at > now() - interval '90 days' AND a.starts_at < now() + interval '400 days'`;

/** A journey's appointments, rescheduled ones aside, earliest first. */
export async function findJourneyCalendarEvents(em: EntityManager, journeyId: string): Promise<CalendarEventRow[]> {
  return selectRows<CalendarEventRow>(
    em,
    `SELECT ${EVENT_COLUMNS} FROM appointment a JOIN service_user su ON su.id = a.service_user_id
     WHERE a.journey_id = $1 AND a.status <> 'rescheduled' ORDER BY a.starts_at, a.id LIMIT 2000`,
    [journeyId],
  );
}

/** The appointments an advocate accompanies, within the feed's window, with whose they are. */
export async function findAccompanimentCalendarEvents(em: EntityManager, advocateId: string): Promise<(CalendarEventRow & { service_user_id: string })[]> {
  return selectRows<CalendarEventRow & { service_user_id: string }>(
    em,
    `SELECT ${EVENT_COLUMNS}, a.service_user_id
     FROM accompaniment_advocate aa
     JOIN accompaniment ac ON ac.id = aa.accompaniment_id
     JOIN appointment a ON a.id = ac.appointment_id
     JOIN service_user su ON su.id = a.service_user_id
     JOIN journey j ON j.id = a.journey_id
     WHERE aa.advocate_id = $1 AND a.status <> 'rescheduled' AND ${FEED_WINDOW}
       -- Only journeys she is still an advocate on: after a reassignment they leave her calendar.
       AND $1 IN (j.primary_advocate_id, j.secondary_advocate_id)
     ORDER BY a.starts_at, a.id LIMIT 2000`,
    [advocateId],
  );
}

/** Revokes her live subscription addresses; the ids of those revoked. */
export async function revokeCalendarFeeds(em: EntityManager, userId: string): Promise<string[]> {
  const rows = await changedRows<{ id: string }>(em, `UPDATE calendar_feed SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING id`, [userId]);
  return rows.map((r) => r.id);
}

export async function insertCalendarFeed(em: EntityManager, organisationId: string, userId: string, tokenHash: string): Promise<{ id: string; createdAt: Date }> {
  const row = await selectRow<{ id: string; created_at: Date }>(
    em,
    `INSERT INTO calendar_feed (organisation_id, user_id, token_hash) VALUES ($1, $2, $3) RETURNING id, created_at`,
    [organisationId, userId, tokenHash],
  );
  const { id, created_at } = existing(row, 'the new calendar feed');
  return { id, createdAt: created_at };
}

/** Whose subscription address this is (beside_calendar_feed_for_token, a narrow SECURITY DEFINER function: there is no session). */
export interface CalendarFeedOwner {
  feed_id: string;
  user_id: string;
  organisation_id: string;
  role: Role;
  status: string;
  display_name: string;
}

export async function findCalendarFeedOwner(em: EntityManager, tokenHash: string): Promise<CalendarFeedOwner | null> {
  return selectRow<CalendarFeedOwner>(em, `SELECT * FROM beside_calendar_feed_for_token($1)`, [tokenHash]);
}

export async function markCalendarFeedUsed(em: EntityManager, feedId: string): Promise<void> {
  await execute(em, `UPDATE calendar_feed SET last_used_at = now() WHERE id = $1`, [feedId]);
}
