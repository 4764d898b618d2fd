import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { MyChallengesService } from './my-challenges.service';

@RouteGroup('portal', { path: 'my/challenges', policy: 'portal:use' })
export class MyChallengesController {
  constructor(private readonly challenges: MyChallengesService) {}

  @Route.get('/', { ok: 'Her complaints, reviews and appeals in plain words: the stage each is at, the next date, what comes next' })
  list(@CurrentCaller() { actor, origin }: Caller) {
    return this.challenges.list(actor, origin);
  }
}
