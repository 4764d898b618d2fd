import { EntityManager } from 'typeorm';
import { CONCERN_STATUS_FOR_RAISER, type MyConcern } from '@beside/shared/contracts';
import { selectRow, selectRows } from '../../../database/sql';

// Only what she is told: the outcome for the raiser, never the internal outcome or triage notes.
const MY_CONCERN_SELECT = `
  SELECT id, reference, category, severity, description, hide_raiser_from_advocate AS "hideFromAdvocate", raised_at AS "raisedAt",
         status, CASE WHEN status = 'closed' THEN outcome_for_raiser END AS outcome, closed_at AS "closedAt"
  FROM concern`;

const withPlainStatus = (c: Omit<MyConcern, 'statusForHer'>): MyConcern => ({ ...c, statusForHer: CONCERN_STATUS_FOR_RAISER[c.status] });

/** Only concerns she raised herself: row-level security also keeps every other concern (and any about her) from her session. */
export async function findConcernsRaisedBy(em: EntityManager, userId: string): Promise<MyConcern[]> {
  const rows = await selectRows<Omit<MyConcern, 'statusForHer'>>(em, `${MY_CONCERN_SELECT} WHERE raised_by = $1 ORDER BY raised_at DESC, id DESC LIMIT 500`, [userId]);
  return rows.map(withPlainStatus);
}

export async function findMyConcern(em: EntityManager, concernId: string): Promise<MyConcern | null> {
  const row = await selectRow<Omit<MyConcern, 'statusForHer'>>(em, `${MY_CONCERN_SELECT} WHERE id = $1`, [concernId]);
  return row && withPlainStatus(row);
}

/** Who she is with the service (if anyone), and her open journey and its advocate (if any): what a concern she raises is linked to. */
export interface HerConcernLinks {
  service_user_id: string | null;
  journey_id: string | null;
  advocate_id: string | null;
}

export async function findHerConcernLinks(em: EntityManager, accountId: string): Promise<HerConcernLinks | null> {
  return selectRow<HerConcernLinks>(
    em,
    `SELECT su.id AS service_user_id, j.id AS journey_id, j.primary_advocate_id AS advocate_id
     FROM service_user su
     LEFT JOIN LATERAL (SELECT id, primary_advocate_id FROM journey WHERE service_user_id = su.id AND status <> 'closed'
                        ORDER BY referral_date DESC, created_at DESC LIMIT 1) j ON true
     WHERE su.account_id = $1`,
    [accountId],
  );
}
