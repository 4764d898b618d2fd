import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../../common/uuid-param';
import { Allow, CurrentActor, Origin, type Actor, type RequestOrigin } from '../../authz';
import { AllocationService } from './allocation.service';
import { ReassignAdvocatesDto } from './dto/reassign-advocates.dto';

@ApiTags('allocation')
@Controller()
export class AllocationController {
  constructor(private readonly allocation: AllocationService) {}

  @Get('allocation')
  @Allow('journey:allocate')
  @ApiOkResponse({ description: "Each active advocate's caseload, busiest first" })
  caseloads(@CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.allocation.caseloads(actor, origin);
  }

  @Post('journeys/:journeyId/advocates')
  @HttpCode(200)
  @Allow('journey:allocate')
  @ApiOkResponse({ description: 'The journey with its new advocates; both are notified' })
  @ApiNotFoundResponse({ description: 'No such journey in your organisation' })
  @ApiConflictResponse({ description: 'Stale version: { message, current }' })
  reassign(@UuidParam('journeyId') journeyId: string, @Body() body: ReassignAdvocatesDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.allocation.reassign(actor, journeyId, body, origin);
  }
}
