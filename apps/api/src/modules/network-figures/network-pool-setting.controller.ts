import { Body } from '@nestjs/common';
import { type Actor, type Caller, CurrentActor, CurrentCaller, Route, RouteGroup } from '../authz';
import { NetworkPoolSettingDto } from './dto/network-pool-setting.dto';
import { NetworkFiguresService } from './network-figures.service';

@RouteGroup('network figures', { path: 'organisation' })
export class NetworkPoolSettingController {
  constructor(private readonly figures: NetworkFiguresService) {}

  @Route.get('network-figures', 'organisation:read', { ok: "Whether this organisation's figures join the network's pooled figures, and when that was last decided" })
  read(@CurrentActor() actor: Actor) {
    return this.figures.poolSetting(actor);
  }

  @Route.put('network-figures', 'organisation:manage', { ok: 'Records the decision (when and by whom) and audits it' })
  set(@Body() body: NetworkPoolSettingDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.figures.setPoolSetting(actor, body.sharesNetworkFigures, origin);
  }
}
