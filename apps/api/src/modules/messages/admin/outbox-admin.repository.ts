import type { EntityManager } from 'typeorm';
import { changedRows } from '../../../database/changed-rows';
import { selectRows } from '../../../database/sql';
import type { DeliveryChannel, MessagePurpose } from '../delivery/delivery-rules';

/** A message that did not go, as an admin sees it: what kind, why, when; never to whom or what it said. */
export interface UndeliveredMessageRow {
  id: string;
  purpose: MessagePurpose;
  channel: DeliveryChannel;
  status: 'failed' | 'withdrawn';
  attempts: number;
  reason: string | null;
  toWoman: boolean;
  createdAt: Date;
  lastAttemptAt: Date | null;
}

export async function findUndeliveredMessages(em: EntityManager, limit: number): Promise<UndeliveredMessageRow[]> {
  return selectRows<UndeliveredMessageRow>(
    em,
    `SELECT id, template AS purpose, channel, status, attempts, failure_reason AS reason, service_user_id IS NOT NULL AS "toWoman",
            created_at AS "createdAt", last_attempt_at AS "lastAttemptAt"
     FROM outbox_message WHERE status IN ('failed', 'withdrawn')
     ORDER BY coalesce(last_attempt_at, created_at) DESC, id DESC
     LIMIT $1`,
    [limit],
  );
}

/** Puts a failed message back in the queue for a fresh set of attempts; false when it is not failed (or not found). */
export async function requeueFailed(em: EntityManager, id: string): Promise<{ purpose: MessagePurpose; channel: DeliveryChannel } | null> {
  const [row] = await changedRows<{ purpose: MessagePurpose; channel: DeliveryChannel }>(
    em,
    `UPDATE outbox_message SET status = 'queued', attempts = 0, send_after = now(), failure_reason = NULL
     WHERE id = $1 AND status = 'failed' RETURNING template AS purpose, channel`,
    [id],
  );
  return row ?? null;
}

/** Which of these outbox ids are the organisation's own (row-level security hides the rest). */
export async function findOwnOutboxIds(em: EntityManager, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await selectRows<{ id: string }>(em, `SELECT id FROM outbox_message WHERE id = ANY($1::uuid[])`, [ids]);
  return new Set(rows.map((r) => r.id));
}

/** Of these outbox ids, the invitations to member organisations' admins (beside_network_admin_invitations answers only the network operator). */
export async function findMemberAdminInvitationIds(em: EntityManager, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await selectRows<{ id: string }>(em, `SELECT id FROM beside_network_admin_invitations($1::uuid[]) AS id`, [ids]);
  return new Set(rows.map((r) => r.id));
}
