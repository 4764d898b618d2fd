import type { EntityManager } from 'typeorm';
import type { ConversationAuthorRole, SafeTimeWindow } from '@beside/shared/contracts';

import { changedRows } from '../../database/changed-rows';
import { execute, selectRow, selectRows } from '../../database/sql';

/** A message as stored, with its author's name and what it said before each edit. */
export interface ConversationMessageRow {
  id: string;
  journeyId: string;
  authorId: string;
  authorName: string;
  authorRole: ConversationAuthorRole;
  body: string;
  sentAt: Date;
  editedAt: Date | null;
  earlierVersions: { body: string; replacedAt: string }[];
  version: number;
}

// Her name as she likes to be called; staff by the name on their account.
const MESSAGE_PROJECTION = `
  SELECT m.id, m.journey_id AS "journeyId", m.author_id AS "authorId", m.author_role AS "authorRole",
         CASE WHEN m.author_role = 'service_user' THEN coalesce(su.preferred_name, su.name) ELSE ua.display_name END AS "authorName",
         m.body, m.sent_at AS "sentAt", m.edited_at AS "editedAt", m.version,
         (SELECT coalesce(json_agg(json_build_object('body', v.body, 'replacedAt', v.replaced_at) ORDER BY v.replaced_at), '[]'::json)
          FROM conversation_message_version v WHERE v.message_id = m.id) AS "earlierVersions"
  FROM conversation_message m
  JOIN user_account ua ON ua.id = m.author_id
  LEFT JOIN service_user su ON su.account_id = m.author_id AND m.author_role = 'service_user'`;

/** The newest `limit` messages before the cursor (sent_at, id), newest first. */
export async function findMessagesBefore(em: EntityManager, journeyId: string, before: { sentAt: string; id: string } | null, limit: number): Promise<ConversationMessageRow[]> {
  return selectRows<ConversationMessageRow>(
    em,
    `${MESSAGE_PROJECTION}
     WHERE m.journey_id = $1 AND ($2::timestamptz IS NULL OR (m.sent_at, m.id) < ($2::timestamptz, $3::uuid))
     ORDER BY m.sent_at DESC, m.id DESC
     LIMIT $4`,
    [journeyId, before?.sentAt ?? null, before?.id ?? null, limit],
  );
}

export async function findMessage(em: EntityManager, messageId: string): Promise<ConversationMessageRow | null> {
  return selectRow<ConversationMessageRow>(em, `${MESSAGE_PROJECTION} WHERE m.id = $1`, [messageId]);
}

export async function insertMessage(em: EntityManager, journeyId: string, authorId: string, authorRole: ConversationAuthorRole, body: string): Promise<string> {
  const row = await selectRow<{ id: string }>(
    em,
    `INSERT INTO conversation_message (organisation_id, journey_id, author_id, author_role, body)
     VALUES (beside_current_organisation(), $1, $2, $3, $4) RETURNING id`,
    [journeyId, authorId, authorRole, body],
  );
  if (!row) throw new Error('conversation_message insert returned no row');
  return row.id;
}

/**
 * Changes a message's words if it is still at the version its author saw, keeping the words it
 * replaces. False when it moved on.
 */
export async function replaceMessageBody(em: EntityManager, messageId: string, version: number, body: string): Promise<boolean> {
  const previous = await changedRows<{ body: string }>(
    em,
    `UPDATE conversation_message m SET body = $3, edited_at = now(), version = m.version + 1
     FROM (SELECT id, body FROM conversation_message WHERE id = $1 FOR UPDATE) old
     WHERE m.id = old.id AND m.version = $2
     RETURNING old.body`,
    [messageId, version, body],
  );
  if (!previous.length) return false;
  await execute(
    em,
    `INSERT INTO conversation_message_version (organisation_id, message_id, body) VALUES (beside_current_organisation(), $1, $2)`,
    [messageId, previous[0].body],
  );
  return true;
}

/** Records that this person has read the conversation up to this message (its own timestamp, to the microsecond). */
export async function markReadUpTo(em: EntityManager, journeyId: string, userId: string, messageId: string): Promise<void> {
  await execute(
    em,
    `INSERT INTO conversation_read (organisation_id, journey_id, user_id, read_up_to)
     SELECT beside_current_organisation(), $1, $2, sent_at FROM conversation_message WHERE id = $3
     ON CONFLICT (organisation_id, journey_id, user_id) DO UPDATE SET read_up_to = greatest(conversation_read.read_up_to, EXCLUDED.read_up_to)`,
    [journeyId, userId, messageId],
  );
}

/** Messages by others that this person has not read yet. */
export async function countUnread(em: EntityManager, journeyId: string, userId: string): Promise<number> {
  const row = await selectRow<{ n: number }>(
    em,
    `SELECT count(*)::int AS n FROM conversation_message m
     WHERE m.journey_id = $1 AND m.author_id <> $2
       AND m.sent_at > coalesce((SELECT read_up_to FROM conversation_read r WHERE r.journey_id = $1 AND r.user_id = $2), '-infinity')`,
    [journeyId, userId],
  );
  return row?.n ?? 0;
}

/** When this person last read the conversation, or null. */
export async function findReadUpTo(em: EntityManager, journeyId: string, userId: string): Promise<Date | null> {
  const row = await selectRow<{ readUpTo: Date }>(em, `SELECT read_up_to AS "readUpTo" FROM conversation_read WHERE journey_id = $1 AND user_id = $2`, [journeyId, userId]);
  return row?.readUpTo ?? null;
}

/** Unread counts on the open journeys an advocate is assigned to (only those with something unread). */
export async function countUnreadForAdvocate(em: EntityManager, advocateId: string): Promise<{ journeyId: string; unread: number }[]> {
  return selectRows<{ journeyId: string; unread: number }>(
    em,
    `SELECT j.id AS "journeyId", count(m.id)::int AS unread
     FROM journey j
     JOIN conversation_message m ON m.journey_id = j.id AND m.author_id <> $1
     LEFT JOIN conversation_read r ON r.journey_id = j.id AND r.user_id = $1
     WHERE (j.primary_advocate_id = $1 OR j.secondary_advocate_id = $1) AND j.status <> 'closed'
       AND m.sent_at > coalesce(r.read_up_to, '-infinity')
     GROUP BY j.id`,
    [advocateId],
  );
}

/** Her journey's assigned advocates, who are told in-app when she writes. */
export async function findAssignedAdvocates(em: EntityManager, journeyId: string): Promise<string[]> {
  const row = await selectRow<{ primary: string; secondary: string | null }>(
    em,
    `SELECT primary_advocate_id AS primary, secondary_advocate_id AS secondary FROM journey WHERE id = $1`,
    [journeyId],
  );
  return row ? [row.primary, row.secondary].filter((id): id is string => !!id) : [];
}

/** The organisation's opening hours (organisation.settings.openingHours), or null when it has not set them. */
export async function findOpeningHours(em: EntityManager): Promise<SafeTimeWindow[] | null> {
  const row = await selectRow<{ hours: SafeTimeWindow[] | null }>(
    em,
    `SELECT settings -> 'openingHours' AS hours FROM organisation WHERE id = beside_current_organisation()`,
  );
  return Array.isArray(row?.hours) ? row.hours : null;
}

/** Her account, if she has one (she reads in her portal). */
export async function findHerAccountId(em: EntityManager, serviceUserId: string): Promise<string | null> {
  const row = await selectRow<{ accountId: string | null }>(em, `SELECT account_id AS "accountId" FROM service_user WHERE id = $1`, [serviceUserId]);
  return row?.accountId ?? null;
}

/** Every message on her journeys, oldest first (her data download), up to `limit`. */
export async function findMessagesForServiceUser(em: EntityManager, serviceUserId: string, limit: number): Promise<ConversationMessageRow[]> {
  return selectRows<ConversationMessageRow>(
    em,
    `${MESSAGE_PROJECTION}
     WHERE m.journey_id IN (SELECT id FROM journey WHERE service_user_id = $1)
     ORDER BY m.sent_at, m.id
     LIMIT $2`,
    [serviceUserId, limit],
  );
}
