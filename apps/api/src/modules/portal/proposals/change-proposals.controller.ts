import { Body, Query } from '@nestjs/common';
import { UuidParam } from '../../../common/uuid-param';
import { OUT_OF_REACH } from '../../../common/route-answers';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { ChangeProposalsService } from './change-proposals.service';
import { AcceptChangeProposalDto, ChangeProposalQueryDto, DeclineChangeProposalDto } from './dto/change-proposal.dto';

const ANSWERED_OR_STALE = 'Already answered, or a stale version: { message, current }';

@RouteGroup('change proposals', { policy: 'journey:write', notFound: OUT_OF_REACH })
export class ChangeProposalsController {
  constructor(private readonly proposals: ChangeProposalsService) {}

  @Route.get('journeys/:journeyId/change-proposals', { ok: 'Her proposals on this journey, newest first (filter by status)' })
  forJourney(@UuidParam('journeyId') journeyId: string, @Query() query: ChangeProposalQueryDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.proposals.forJourney(actor, journeyId, query, origin);
  }

  @Route.get('change-proposals', { ok: 'Proposals across your caseload (a manager: the organisation), newest first; keyset pages' })
  caseload(@Query() query: ChangeProposalQueryDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.proposals.caseload(actor, query, origin);
  }

  @Route.post('change-proposals/:proposalId/accept', { ok: 'Accepted: her words are applied to the record, attributed to her', conflict: ANSWERED_OR_STALE })
  accept(@UuidParam('proposalId') proposalId: string, @Body() body: AcceptChangeProposalDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.proposals.accept(actor, proposalId, body, origin);
  }

  @Route.post('change-proposals/:proposalId/decline', { ok: 'Declined, with the reply she will read', conflict: ANSWERED_OR_STALE })
  decline(@UuidParam('proposalId') proposalId: string, @Body() body: DeclineChangeProposalDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.proposals.decline(actor, proposalId, body, origin);
  }
}
