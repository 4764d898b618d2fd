import { EntityManager } from 'typeorm';
import type { ChangeProposalView } from '@beside/shared/contracts';

export const PROPOSAL_SELECT = `
  SELECT p.id, p.journey_id AS "journeyId", p.service_user_id AS "serviceUserId", coalesce(su.preferred_name, su.name) AS "serviceUserName",
         p.target_type AS "targetType", p.target_id AS "targetId", p.field, p.original_value AS "originalValue",
         p.proposed_value AS "proposedValue", p.reason, p.status, p.reply, d.display_name AS "decidedByName",
         p.decided_at AS "decidedAt", p.created_at AS "createdAt", p.version
  FROM change_proposal p
  JOIN service_user su ON su.id = p.service_user_id
  LEFT JOIN user_account d ON d.id = p.decided_by`;

export async function findProposal(em: EntityManager, id: string): Promise<ChangeProposalView | null> {
  const [row]: ChangeProposalView[] = await em.query(`${PROPOSAL_SELECT} WHERE p.id = $1`, [id]);
  return row ?? null;
}

/** Hers, newest first: she does not need her own name on each. */
export async function findHerProposals(em: EntityManager, serviceUserId: string): Promise<ChangeProposalView[]> {
  const rows: ChangeProposalView[] = await em.query(
    `${PROPOSAL_SELECT} WHERE p.service_user_id = $1 ORDER BY p.created_at DESC, p.id DESC LIMIT 500`,
    [serviceUserId],
  );
  return rows.map(forHer);
}

export function forHer({ serviceUserName: _n, ...rest }: ChangeProposalView): ChangeProposalView {
  return rest;
}
