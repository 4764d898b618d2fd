import type { EntityManager } from 'typeorm';
import { selectRow, selectRows } from '../../database/sql';

/** A consultation as the voice pages need it; which ones are in reach is row-level security's answer. */
export interface ConsultationInReach {
  id: string;
  organisationId: string;
  title: string;
  draft: boolean;
  closed: boolean;
  closedOn: string;
}

const TODAY = `(now() AT TIME ZONE 'Europe/London')::date`;

function inReach(em: EntityManager, where: string, params: unknown[]): Promise<ConsultationInReach[]> {
  return selectRows<ConsultationInReach>(
    em,
    `SELECT c.id, c.organisation_id AS "organisationId", c.title,
            (c.closed_at IS NULL AND c.opens_on > ${TODAY}) AS draft,
            (c.closed_at IS NOT NULL OR c.closes_on < ${TODAY}) AS closed,
            to_char(coalesce((c.closed_at AT TIME ZONE 'Europe/London')::date, c.closes_on), 'YYYY-MM-DD') AS "closedOn"
     FROM consultation c WHERE ${where}
     ORDER BY coalesce((c.closed_at AT TIME ZONE 'Europe/London')::date, c.closes_on) DESC, c.id`,
    params,
  );
}

/** These consultations, where in reach. */
export function consultationsInReach(em: EntityManager, ids: string[]): Promise<ConsultationInReach[]> {
  return inReach(em, `c.id = ANY($1::uuid[])`, [ids]);
}

/** Every closed consultation in reach, the most recently closed first. */
export function closedConsultationsInReach(em: EntityManager): Promise<ConsultationInReach[]> {
  return inReach(em, `(c.closed_at IS NOT NULL OR c.closes_on < ${TODAY})`, []);
}

/** A member organisation that is active, by id (a suspended one, the network's own or an unknown id: null). */
export function findActiveMemberName(em: EntityManager, organisationId: string): Promise<{ name: string } | null> {
  return selectRow<{ name: string }>(em, `SELECT name FROM organisation WHERE id = $1 AND kind = 'member' AND status = 'active'`, [organisationId]);
}
