import { BadRequestException, Injectable } from '@nestjs/common';
import type { ConcernCategory, ConcernSeverity, MyConcern } from '@beside/shared/contracts';
import { Clock } from '../../../common/clock';
import { AuditedWork } from '../../audit';
import type { Actor, RequestOrigin } from '../../authz';
import { insertConcern } from '../../safeguarding';
import { existing } from '../../../common/existing';
import { findServiceUserIdForAccount } from '../../service-users';
import { RaiseConcernDto } from './dto/raise-concern.dto';
import { findConcernsRaisedBy, findHerConcernLinks, findMyConcern } from './my-concern.repository';

const SAFETY: ConcernCategory[] = ['risk_to_self', 'abuse_or_violence', 'exploitation', 'neglect', 'risk_to_others'];

@Injectable()
export class MyConcernsService {
  constructor(
    private readonly work: AuditedWork,
    private readonly clock: Clock,
  ) {}

  /**
   * Raising a concern must be easy: she needs no journey, only her words. It is linked to her
   * open journey where there is one; "about my advocate" names the advocate so that it is kept from her.
   */
  async raise(actor: Actor, body: RaiseConcernDto, origin: RequestOrigin): Promise<MyConcern> {
    return this.work.run(actor, origin, async (em, audit) => {
      const her = await findHerConcernLinks(em, actor.userId);
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
      await audit({
        action: 'concern.created',
        entityType: 'concern',
        entityId: id,
        subjectId: her?.service_user_id ?? null,
        detail: { fields: Object.keys(body), category: body.category, severity },
      });
      return existing(await findMyConcern(em, id), 'concern');
    });
  }

  async mine(actor: Actor, origin: RequestOrigin): Promise<MyConcern[]> {
    return this.work.run(actor, origin, async (em, audit) => {
      const rows = await findConcernsRaisedBy(em, actor.userId);
      const serviceUserId = await findServiceUserIdForAccount(em, actor.userId);
      await audit({ action: 'concern.list', entityType: 'concern', subjectId: serviceUserId, detail: { count: rows.length, ids: rows.map((r) => r.id) } });
      return rows;
    });
  }
}
