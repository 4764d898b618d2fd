import { EntityManager } from 'typeorm';
import type { MyJourney } from '@beside/shared/contracts';
import { selectRow, selectRows } from '../../../database/sql';

export type MyJourneyFull = MyJourney & {
  referralSource: string;
  referralReason: string;
  closureOutcome: string | null;
  planReviewDate: string | null;
};

/** Her journeys first open, then newest: the first is "current", the one PortalScope means when she names none. */
const HER_JOURNEYS_ORDER = `(j.status <> 'closed') DESC, j.referral_date DESC, j.created_at DESC, j.id DESC`;

/** Her journeys, newest first; the first open one (else the newest) is "current", as PortalScope chooses. */
export async function findMyJourneys(em: EntityManager, serviceUserId: string): Promise<MyJourneyFull[]> {
  const rows = await selectRows<MyJourneyFull>(
    em,
    `SELECT j.id, j.status, to_char(j.referral_date, 'YYYY-MM-DD') AS "referralDate", j.closed_at AS "closedAt",
            false AS current,
            array_remove(ARRAY[p.display_name, s.display_name], NULL) AS advocates,
            j.referral_source AS "referralSource", j.referral_reason AS "referralReason", j.closure_outcome AS "closureOutcome",
            to_char(j.plan_review_date, 'YYYY-MM-DD') AS "planReviewDate"
     FROM journey j
     JOIN user_account p ON p.id = j.primary_advocate_id
     LEFT JOIN user_account s ON s.id = j.secondary_advocate_id
     WHERE j.service_user_id = $1
     ORDER BY ${HER_JOURNEYS_ORDER}
     LIMIT 100`,
    [serviceUserId],
  );
  if (rows[0]) rows[0].current = true;
  return rows;
}

/** The journey she means when she names none (her account id): her open one, else her newest. */
export async function findHerCurrentJourney(em: EntityManager, accountId: string): Promise<{ serviceUserId: string; journeyId: string } | null> {
  return selectRow<{ serviceUserId: string; journeyId: string }>(
    em,
    `SELECT j.id AS "journeyId", j.service_user_id AS "serviceUserId" FROM journey j JOIN service_user su ON su.id = j.service_user_id
     WHERE su.account_id = $1
     ORDER BY ${HER_JOURNEYS_ORDER} LIMIT 1`,
    [accountId],
  );
}
