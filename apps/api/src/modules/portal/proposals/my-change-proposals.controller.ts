import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type Actor, Allow, CurrentActor, Origin, type RequestOrigin } from '../../authz';
import { CreateChangeProposalDto } from './dto/change-proposal.dto';
import { MyChangeProposalsService } from './my-change-proposals.service';

@ApiTags('my plan')
@Controller('my/change-proposals')
export class MyChangeProposalsController {
  constructor(private readonly proposals: MyChangeProposalsService) {}

  @Post()
  @Allow('portal:use')
  @ApiCreatedResponse({ description: 'Your proposal, pending until your advocate answers' })
  @ApiNotFoundResponse({ description: 'Not one of your records (or missing)' })
  @ApiConflictResponse({ description: 'You wrote it yourself: change it directly' })
  propose(@Body() body: CreateChangeProposalDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.proposals.propose(actor, body, origin);
  }

  @Get()
  @Allow('portal:use')
  @ApiOkResponse({ description: 'Every change you asked for, newest first, with its status and the reply' })
  mine(@CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.proposals.mine(actor, origin);
  }
}
