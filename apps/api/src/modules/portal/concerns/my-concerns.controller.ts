import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type Actor, Allow, CurrentActor, Origin, type RequestOrigin } from '../../authz';
import { RaiseConcernDto } from './dto/raise-concern.dto';
import { MyConcernsService } from './my-concerns.service';

@ApiTags('my concerns')
@Controller('my/concerns')
export class MyConcernsController {
  constructor(private readonly concerns: MyConcernsService) {}

  @Post()
  @Allow('portal:use')
  @ApiCreatedResponse({ description: 'Your concern, with its reference and status "sent"' })
  raise(@Body() body: RaiseConcernDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.concerns.raise(actor, body, origin);
  }

  @Get()
  @Allow('portal:use')
  @ApiOkResponse({ description: 'The concerns you raised: reference, status in plain words, and what you are told when closed' })
  mine(@CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.concerns.mine(actor, origin);
  }
}
