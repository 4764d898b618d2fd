import { Header } from '@nestjs/common';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { SafetyOverviewService } from './safety-overview.service';

@RouteGroup('safety', { path: 'safety' })
export class SafetyOverviewController {
  constructor(private readonly overview: SafetyOverviewService) {}

  @Route.get('overview', 'report:read', {
    ok: 'Women whose latest risk assessment is high, referrals awaiting acknowledgement or outcome, actions and meetings due, safety plans past review, sharing without consent awaiting review, hidden assessments to review',
  })
  @Header('Cache-Control', 'no-store')
  get(@CurrentCaller() { actor, origin }: Caller) {
    return this.overview.get(actor, origin);
  }
}
