import { Body } from '@nestjs/common';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { STALE_VERSION } from '../../../common/route-answers';
import { UpdateMyDetailsDto } from './dto/my-details.dto';
import { MyDetailsService } from './my-details.service';

@RouteGroup('my details', { path: 'my/details', policy: 'portal:use' })
export class MyDetailsController {
  constructor(private readonly details: MyDetailsService) {}

  @Route.get('/', { ok: 'Your name, preferred name, pronouns, accessibility needs and safe-contact preferences' })
  read(@CurrentCaller() { actor, origin }: Caller) {
    return this.details.read(actor, origin);
  }

  @Route.patch('/', { ok: 'Your details as saved; staff see them at once', conflict: STALE_VERSION })
  update(@Body() body: UpdateMyDetailsDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.details.update(actor, body, origin);
  }
}
