import { Body } from '@nestjs/common';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { RaiseConcernDto } from './dto/raise-concern.dto';
import { MyConcernsService } from './my-concerns.service';

@RouteGroup('my concerns', { path: 'my/concerns', policy: 'portal:use' })
export class MyConcernsController {
  constructor(private readonly concerns: MyConcernsService) {}

  @Route.post('/', { created: 'Your concern, with its reference and status "sent"' })
  raise(@Body() body: RaiseConcernDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.concerns.raise(actor, body, origin);
  }

  @Route.get('/', { ok: 'The concerns you raised: reference, status in plain words, and what you are told when closed' })
  mine(@CurrentCaller() { actor, origin }: Caller) {
    return this.concerns.mine(actor, origin);
  }
}
