import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Route, RouteGroup } from '../authz';

@RouteGroup('health', { path: 'health', policy: 'public' })
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
  ) {}

  @Route.get('/', { ok: 'The process is alive' })
  live() {
    return { status: 'ok' };
  }

  // Decorators apply bottom up: the route's own descriptions come first in the 200 and 503 HealthCheck documents.
  @HealthCheck()
  @Route.get('ready', { ok: 'The database answers', serviceUnavailable: 'The database does not answer' })
  ready() {
    return this.health.check([() => this.db.pingCheck('database', { timeout: 3000 })]);
  }
}
