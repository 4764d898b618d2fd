import { Body } from '@nestjs/common';
import { UuidParam } from '../../../common/uuid-param';
import { STALE_VERSION } from '../../../common/route-answers';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { AllocationService } from './allocation.service';
import { ReassignAdvocatesDto } from './dto/reassign-advocates.dto';

@RouteGroup('allocation', { policy: 'journey:allocate' })
export class AllocationController {
  constructor(private readonly allocation: AllocationService) {}

  @Route.get('allocation', { ok: "Each active advocate's caseload, busiest first" })
  caseloads(@CurrentCaller() { actor, origin }: Caller) {
    return this.allocation.caseloads(actor, origin);
  }

  @Route.post('journeys/:journeyId/advocates', { ok: 'The journey with its new advocates; both are notified', notFound: 'No such journey in your organisation', conflict: STALE_VERSION })
  reassign(@UuidParam('journeyId') journeyId: string, @Body() body: ReassignAdvocatesDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.allocation.reassign(actor, journeyId, body, origin);
  }
}
