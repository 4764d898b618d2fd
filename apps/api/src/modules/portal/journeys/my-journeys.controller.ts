import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type Actor, Allow, CurrentActor, Origin, type RequestOrigin } from '../../authz';
import { MyJourneysService } from './my-journeys.service';

@ApiTags('my plan')
@Controller('my/journeys')
export class MyJourneysController {
  constructor(private readonly journeys: MyJourneysService) {}

  @Get()
  @Allow('portal:use')
  @ApiOkResponse({ description: 'Your journeys with the service, newest first; "current" is the one your plan shows' })
  list(@CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.journeys.list(actor, origin);
  }
}
