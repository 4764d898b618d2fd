import { BadRequestException, Injectable } from '@nestjs/common';
import { CONCERN_STATUS_FOR_RAISER, type ConcernCategory, type ConcernSeverity, type MyConcern } from '@beside/shared/contracts';
import { EntityManager } from 'typeorm';
import { Clock } from '../../../common/clock';
import { UnitOfWork } from '../../../database/unit-of-work';
import { AuditWriter } from '../../audit/audit-writer';
import type { Actor, RequestOrigin } from '../../authz/actor';
import { identityContext } from '../../identity/identity-context';
import { insertConcern } from '../../safeguarding/concerns/concern-intake';
import { RaiseConcernDto } from './dto/raise-concern.dto';

const SAFETY: ConcernCategory[] = ['risk_to_self', 'abuse_or_violence', 'exploitation', 'neglect', 'risk_to_others'];

// Only what she is told: the outcome for the raiser, never the internal outcome or triage notes.
const MY_CONCERN_SELECT = `
  SELECT id, reference, category, severity, description, hide_raiser_from_advocate AS "hideFromAdvocate", raised_at AS "raisedAt",
         status, CASE WHEN status = 'closed' THEN outcome_for_raiser END AS outcome, closed_at AS "closedAt"
  FROM concern`;

const withPlainStatus = (c: Omit<MyConcern, 'statusForHer'>): MyConcern => ({ ...c, statusForHer: CONCERN_STATUS_FOR_RAISER[c.status] });

/** Only concerns she raised herself: row-level security also keeps every other concern (and any about her) from her session. */
export function findConcernsRaisedBy(em: EntityManager, userId: string): Promise<MyConcern[]> {
  return em
    .query(`${MY_CONCERN_SELECT} WHERE raised_by = $1 ORDER BY raised_at DESC, id DESC LIMIT 500`, [userId])
    .then((rows: Omit<MyConcern, 'statusForHer'>[]) => rows.map(withPlainStatus));
}

@Injectable()
export class MyConcernsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
  ) {}

  /**
   * Raising a concern must be easy: she needs no journey, only her words. It is linked to her
   * open journey where there is one; "about my advocate" names the advocate so that it is kept from her.
   */
  async raise(actor: Actor, body: RaiseConcernDto, origin: RequestOrigin): Promise<MyConcern> {
    return this.uow.run(identityContext(actor), async (em) => {
      const [her]: { service_user_id: string | null; journey_id: string | null; advocate_id: string | null }[] = await em.query(
        `SELECT su.id AS service_user_id, j.id AS journey_id, j.primary_advocate_id AS advocate_id
         FROM service_user su
         LEFT JOIN LATERAL (SELECT id, primary_advocate_id FROM journey WHERE service_user_id = su.id AND status <> 'closed'
                            ORDER BY referral_date DESC, created_at DESC LIMIT 1) j ON true
         WHERE su.account_id = $1`,
        [actor.userId],
      );
      if (body.aboutMyAdvocate && !her?.advocate_id) throw new BadRequestException(['aboutMyAdvocate: you have no advocate with us at the moment']);
      const severity: ConcernSeverity = body.severity ?? (SAFETY.includes(body.category) ? 'high' : 'medium');
      const { id } = await insertConcern(em, {
        organisationId: actor.organisationId,
        journeyId: her?.journey_id ?? null,
        serviceUserId: her?.service_user_id ?? null,
        raisedBy: actor.userId,
        raisedByRole: 'service_user',
        aboutStaffUserId: body.aboutMyAdvocate ? her?.advocate_id ?? null : null,
        category: body.category,
        severity,
        description: body.description,
        hideRaiserFromAdvocate: !!(body.hideFromAdvocate || body.aboutMyAdvocate),
        confidentialFromSubject: false,
        now: this.clock.now(),
      });
      await this.audit.append(em, actor, origin, [
        {
          action: 'concern.created',
          entityType: 'concern',
          entityId: id,
          subjectId: her?.service_user_id ?? null,
          detail: { fields: Object.keys(body), category: body.category, severity },
        },
      ]);
      const [row]: Omit<MyConcern, 'statusForHer'>[] = await em.query(`${MY_CONCERN_SELECT} WHERE id = $1`, [id]);
      return withPlainStatus(row);
    });
  }

  async mine(actor: Actor, origin: RequestOrigin): Promise<MyConcern[]> {
    return this.uow.run(identityContext(actor), async (em) => {
      const rows = await findConcernsRaisedBy(em, actor.userId);
      const [her]: { id: string }[] = await em.query(`SELECT id FROM service_user WHERE account_id = $1`, [actor.userId]);
      await this.audit.append(em, actor, origin, [
        { action: 'concern.list', entityType: 'concern', subjectId: her?.id ?? null, detail: { count: rows.length, ids: rows.map((r) => r.id) } },
      ]);
      return rows;
    });
  }
}
