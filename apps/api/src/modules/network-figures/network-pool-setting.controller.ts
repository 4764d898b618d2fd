import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentActor, Origin, type Actor, type RequestOrigin } from '../authz';
import { NetworkPoolSettingDto } from './dto/network-pool-setting.dto';
import { NetworkFiguresService } from './network-figures.service';

@ApiTags('network figures')
@Controller('organisation')
export class NetworkPoolSettingController {
  constructor(private readonly figures: NetworkFiguresService) {}

  @Get('network-figures')
  @Allow('organisation:read')
  @ApiOkResponse({ description: "Whether this organisation's figures join the network's pooled figures, and when that was last decided" })
  read(@CurrentActor() actor: Actor) {
    return this.figures.poolSetting(actor);
  }

  @Put('network-figures')
  @Allow('organisation:manage')
  @ApiOkResponse({ description: 'Records the decision (when and by whom) and audits it' })
  set(@Body() body: NetworkPoolSettingDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.figures.setPoolSetting(actor, body.sharesNetworkFigures, origin);
  }
}
