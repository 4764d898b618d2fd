import { Body } from '@nestjs/common';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { CreateChangeProposalDto } from './dto/change-proposal.dto';
import { MyChangeProposalsService } from './my-change-proposals.service';

@RouteGroup('my plan', { path: 'my/change-proposals', policy: 'portal:use' })
export class MyChangeProposalsController {
  constructor(private readonly proposals: MyChangeProposalsService) {}

  @Route.post('/', { created: 'Your proposal, pending until your advocate answers', notFound: 'Not one of your records (or missing)', conflict: 'You wrote it yourself: change it directly' })
  propose(@Body() body: CreateChangeProposalDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.proposals.propose(actor, body, origin);
  }

  @Route.get('/', { ok: 'Every change you asked for, newest first, with its status and the reply' })
  mine(@CurrentCaller() { actor, origin }: Caller) {
    return this.proposals.mine(actor, origin);
  }
}
