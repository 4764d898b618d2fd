import { Body } from '@nestjs/common';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { DataRequestsService } from './data-requests.service';
import { MyDataRequestDto } from './dto/data-request.dto';

/** Her requests about her information (see, correct, delete, limit, object), made from her portal. */
@RouteGroup('portal', { path: 'my', policy: 'portal:use' })
export class MyDataRequestsController {
  constructor(private readonly requests: DataRequestsService) {}

  @Route.get('data-requests', { ok: 'Your requests about your information: when to expect each answer, and the answer once sent' })
  list(@CurrentCaller() { actor, origin }: Caller) {
    return this.requests.mine(actor, origin);
  }

  @Route.post('data-requests', {
    created: 'Your request as received today, with the date to expect the answer by (one month, by law)',
    badRequest: 'A kind that is not one of the list (the answer names them), or no words, or too many',
    notFound: 'No record of yours with the service',
  })
  ask(@Body() body: MyDataRequestDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.requests.ask(actor, body, origin);
  }
}
