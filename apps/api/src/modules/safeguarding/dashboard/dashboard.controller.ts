import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentActor, Origin, type Actor, type RequestOrigin } from '../../authz';
import { DashboardService } from './dashboard.service';

@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @Allow('report:read')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'What is unsafe, what is late and how the service is doing, across the organisation' })
  get(@CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.dashboard.get(actor, origin);
  }
}
