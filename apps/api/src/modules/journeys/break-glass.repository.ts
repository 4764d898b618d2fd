import { EntityManager } from 'typeorm';
import type { BreakGlassReasonCategory } from '@beside/shared/contracts';
import { changedRows } from '../../database/changed-rows';
import { execute, selectRow, selectRows } from '../../database/sql';

/** Holds her break-the-glass lock to the end of the transaction: one grant at a time per person. */
export async function lockBreakGlassFor(em: EntityManager, userId: string): Promise<void> {
  await execute(em, `SELECT pg_advisory_xact_lock(hashtext('break_glass:' || $1::text))`, [userId]);
}

export async function countGrantsInLastDay(em: EntityManager, userId: string): Promise<number> {
  const [{ n }] = await selectRows<{ n: number }>(
    em,
    `SELECT count(*)::int AS n FROM break_glass_access WHERE user_id = $1 AND granted_at > now() - interval '24 hours'`,
    [userId],
  );
  return n;
}

export async function hasLiveGrant(em: EntityManager, journeyId: string, userId: string): Promise<boolean> {
  const live = await selectRow<{ expires_at: Date }>(
    em,
    `SELECT expires_at FROM break_glass_access WHERE journey_id = $1 AND user_id = $2 AND expires_at > now() ORDER BY expires_at DESC LIMIT 1`,
    [journeyId, userId],
  );
  return live !== null;
}

export interface NewGrant {
  organisationId: string;
  journeyId: string;
  userId: string;
  reasonCategory: BreakGlassReasonCategory;
  reason: string;
  allowsWrite: boolean;
  hours: number;
}

export async function insertGrant(em: EntityManager, g: NewGrant): Promise<{ id: string; expiresAt: Date }> {
  const [grant] = await selectRows<{ id: string; expiresAt: Date }>(
    em,
    `INSERT INTO break_glass_access (organisation_id, journey_id, user_id, reason_category, reason, allows_write, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(hours => $7)) RETURNING id, expires_at AS "expiresAt"`,
    [g.organisationId, g.journeyId, g.userId, g.reasonCategory, g.reason, g.allowsWrite, g.hours],
  );
  return grant;
}

/** A grant as managers review it. */
export interface GrantForReview {
  id: string;
  journeyId: string;
  serviceUserId: string;
  userId: string;
  userName: string;
  serviceUserName: string;
  reasonCategory: BreakGlassReasonCategory;
  allowsWrite: boolean;
  reason: string;
  grantedAt: Date;
  expiresAt: Date;
  reviewedAt: Date | null;
  reviewedByName: string | null;
  reviewComment: string | null;
}

export async function findGrantsForReview(em: EntityManager, includeReviewed: boolean): Promise<GrantForReview[]> {
  return selectRows<GrantForReview>(
    em,
    `SELECT b.id, b.journey_id AS "journeyId", j.service_user_id AS "serviceUserId", b.user_id AS "userId",
            u.display_name AS "userName", coalesce(su.preferred_name, su.name) AS "serviceUserName",
            b.reason_category AS "reasonCategory", b.allows_write AS "allowsWrite", b.reason, b.granted_at AS "grantedAt", b.expires_at AS "expiresAt",
            b.reviewed_at AS "reviewedAt", r.display_name AS "reviewedByName", b.review_comment AS "reviewComment"
     FROM break_glass_access b
     JOIN journey j ON j.id = b.journey_id
     JOIN service_user su ON su.id = j.service_user_id
     JOIN user_account u ON u.id = b.user_id
     LEFT JOIN user_account r ON r.id = b.reviewed_by
     WHERE ($1 OR b.reviewed_at IS NULL)
     ORDER BY b.granted_at DESC LIMIT 500`,
    [includeReviewed],
  );
}

/** Marks a grant not yet reviewed as reviewed; null when there is no such grant waiting. */
export async function markGrantReviewed(em: EntityManager, grantId: string, reviewerId: string, comment: string): Promise<{ journeyId: string } | null> {
  const [row] = await changedRows<{ journeyId: string }>(
    em,
    `UPDATE break_glass_access SET reviewed_at = now(), reviewed_by = $2, review_comment = $3
     WHERE id = $1 AND reviewed_at IS NULL RETURNING journey_id AS "journeyId"`,
    [grantId, reviewerId, comment],
  );
  return row ?? null;
}

export async function grantExists(em: EntityManager, grantId: string): Promise<boolean> {
  return (await selectRow<unknown>(em, `SELECT 1 FROM break_glass_access WHERE id = $1`, [grantId])) !== null;
}
