import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { MyJourneysService } from './my-journeys.service';

@RouteGroup('my plan', { path: 'my/journeys' })
export class MyJourneysController {
  constructor(private readonly journeys: MyJourneysService) {}

  @Route.get('/', 'portal:use', { ok: 'Your journeys with the service, newest first; "current" is the one your plan shows' })
  list(@CurrentCaller() { actor, origin }: Caller) {
    return this.journeys.list(actor, origin);
  }
}
