import { Header } from '@nestjs/common';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { DashboardService } from './dashboard.service';

@RouteGroup('dashboard', { path: 'dashboard' })
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Route.get('/', 'report:read', { ok: 'What is unsafe, what is late and how the service is doing, across the organisation' })
  @Header('Cache-Control', 'no-store')
  get(@CurrentCaller() { actor, origin }: Caller) {
    return this.dashboard.get(actor, origin);
  }
}
