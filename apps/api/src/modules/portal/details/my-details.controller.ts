import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type Actor, Allow, CurrentActor, Origin, type RequestOrigin } from '../../authz';
import { UpdateMyDetailsDto } from './dto/my-details.dto';
import { MyDetailsService } from './my-details.service';

@ApiTags('my details')
@Controller('my/details')
export class MyDetailsController {
  constructor(private readonly details: MyDetailsService) {}

  @Get()
  @Allow('portal:use')
  @ApiOkResponse({ description: 'Your name, preferred name, pronouns, accessibility needs and safe-contact preferences' })
  read(@CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.details.read(actor, origin);
  }

  @Patch()
  @Allow('portal:use')
  @ApiOkResponse({ description: 'Your details as saved; staff see them at once' })
  @ApiConflictResponse({ description: 'Stale version: { message, current }' })
  update(@Body() body: UpdateMyDetailsDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.details.update(actor, body, origin);
  }
}
