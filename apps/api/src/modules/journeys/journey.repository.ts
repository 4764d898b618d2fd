import { EntityManager } from 'typeorm';
import type { JourneyDetail } from '@beside/shared/contracts';

export async function findJourneyDetail(em: EntityManager, journeyId: string): Promise<JourneyDetail | null> {
  const [row]: JourneyDetail[] = await em.query(
    `SELECT id, service_user_id AS "serviceUserId", status, referral_source AS "referralSource",
            to_char(referral_date, 'YYYY-MM-DD') AS "referralDate", referral_reason AS "referralReason",
            primary_advocate_id AS "primaryAdvocateId", secondary_advocate_id AS "secondaryAdvocateId",
            to_char(plan_review_date, 'YYYY-MM-DD') AS "planReviewDate", closed_at AS "closedAt",
            closure_outcome AS "closureOutcome", closure_reason AS "closureReason", version
     FROM journey WHERE id = $1`,
    [journeyId],
  );
  return row ?? null;
}

/** Escapes LIKE wildcards so that her name is matched as typed. */
export function containsPattern(term: string | undefined): string | null {
  const t = term?.trim();
  return t ? `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
}
