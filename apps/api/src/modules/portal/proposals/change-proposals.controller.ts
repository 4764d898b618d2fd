import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../../common/uuid-param';
import { type Actor, Allow, CurrentActor, Origin, type RequestOrigin } from '../../authz';
import { ChangeProposalsService } from './change-proposals.service';
import { AcceptChangeProposalDto, ChangeProposalQueryDto, DeclineChangeProposalDto } from './dto/change-proposal.dto';

@ApiTags('change proposals')
@ApiNotFoundResponse({ description: 'Missing, or not in your reach: the same answer' })
@Controller()
export class ChangeProposalsController {
  constructor(private readonly proposals: ChangeProposalsService) {}

  @Get('journeys/:journeyId/change-proposals')
  @Allow('journey:write')
  @ApiOkResponse({ description: "Her proposals on this journey, newest first (filter by status)" })
  forJourney(@UuidParam('journeyId') journeyId: string, @Query() query: ChangeProposalQueryDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.proposals.forJourney(actor, journeyId, query, origin);
  }

  @Get('change-proposals')
  @Allow('journey:write')
  @ApiOkResponse({ description: 'Proposals across your caseload (a manager: the organisation), newest first; keyset pages' })
  caseload(@Query() query: ChangeProposalQueryDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.proposals.caseload(actor, query, origin);
  }

  @Post('change-proposals/:proposalId/accept')
  @HttpCode(200)
  @Allow('journey:write')
  @ApiOkResponse({ description: 'Accepted: her words are applied to the record, attributed to her' })
  @ApiConflictResponse({ description: 'Already answered, or a stale version: { message, current }' })
  accept(@UuidParam('proposalId') proposalId: string, @Body() body: AcceptChangeProposalDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.proposals.accept(actor, proposalId, body, origin);
  }

  @Post('change-proposals/:proposalId/decline')
  @HttpCode(200)
  @Allow('journey:write')
  @ApiOkResponse({ description: 'Declined, with the reply she will read' })
  @ApiConflictResponse({ description: 'Already answered, or a stale version: { message, current }' })
  decline(@UuidParam('proposalId') proposalId: string, @Body() body: DeclineChangeProposalDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.proposals.decline(actor, proposalId, body, origin);
  }
}
