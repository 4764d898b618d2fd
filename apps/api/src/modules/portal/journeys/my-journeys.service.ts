import { Injectable } from '@nestjs/common';
import type { MyJourney } from '@beside/shared/contracts';
import type { Actor, RequestOrigin } from '../../authz';
import { PortalWork } from '../portal-work';
import { findMyJourneys } from './my-journeys.repository';

@Injectable()
export class MyJourneysService {
  constructor(private readonly portal: PortalWork) {}

  async list(actor: Actor, origin: RequestOrigin): Promise<MyJourney[]> {
    const rows = await this.portal.listHers(actor, origin, 'journey', findMyJourneys);
    return rows.map(({ id, status, referralDate, closedAt, current, advocates }) => ({ id, status, referralDate, closedAt, current, advocates }));
  }
}
