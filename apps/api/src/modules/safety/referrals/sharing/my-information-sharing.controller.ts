import { type Caller, CurrentCaller, Route, RouteGroup } from '../../../authz';
import { MyInformationSharingService } from './my-information-sharing.service';

@RouteGroup('portal', { path: 'my', policy: 'portal:use' })
export class MyInformationSharingController {
  constructor(private readonly sharing: MyInformationSharingService) {}

  @Route.get('information-sharing', { ok: 'What was shared about you, with whom, when and why, in plain words (unless held back to keep you or someone else safe)' })
  list(@CurrentCaller() { actor, origin }: Caller) {
    return this.sharing.list(actor, origin);
  }
}
