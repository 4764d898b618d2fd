import { Injectable } from '@nestjs/common';
import type { MyJourney } from '@beside/shared/contracts';
import { UnitOfWork } from '../../../database/unit-of-work';
import { AuditWriter } from '../../audit';
import type { Actor, RequestOrigin } from '../../authz';
import { PortalScope } from '../portal.access';
import { findMyJourneys } from './my-journeys.repository';

@Injectable()
export class MyJourneysService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly scope: PortalScope,
    private readonly audit: AuditWriter,
  ) {}

  async list(actor: Actor, origin: RequestOrigin): Promise<MyJourney[]> {
    return this.uow.runAs(actor, async (em) => {
      const serviceUserId = await this.scope.serviceUser(em, actor);
      const rows = await findMyJourneys(em, serviceUserId);
      await this.audit.append(em, actor, origin, [
        { action: 'journey.list', entityType: 'journey', subjectId: serviceUserId, detail: { count: rows.length, ids: rows.map((r) => r.id) } },
      ]);
      return rows.map(({ id, status, referralDate, closedAt, current, advocates }) => ({ id, status, referralDate, closedAt, current, advocates }));
    });
  }
}
