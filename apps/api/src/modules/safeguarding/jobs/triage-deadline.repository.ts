import { EntityManager } from 'typeorm';
import { changedRows } from '../../../database/changed-rows';
import { selectRows } from '../../../database/sql';

/** Organisations with a concern past its triage deadline not flagged yet (a SECURITY DEFINER function: the job has no organisation). */
export async function findOrganisationsWithOverdueConcerns(em: EntityManager, now: Date): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(em, `SELECT beside_organisations_with_overdue_concerns($1) AS id`, [now]);
  return rows.map((r) => r.id);
}

export interface OverdueConcern {
  id: string;
  reference: string;
  severity: string;
  about_staff_user_id: string | null;
}

/** Flags each of the organisation's untriaged concerns past its deadline, once; the ones it flagged. */
export async function flagOverdueConcerns(em: EntityManager, now: Date): Promise<OverdueConcern[]> {
  return changedRows<OverdueConcern>(
    em,
    `UPDATE concern SET overdue_notified_at = $1
     WHERE status = 'raised' AND triage_due_at <= $1 AND overdue_notified_at IS NULL
     RETURNING id, reference, severity, about_staff_user_id`,
    [now],
  );
}
