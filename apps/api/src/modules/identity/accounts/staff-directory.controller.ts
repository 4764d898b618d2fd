import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@beside/shared/contracts';
import { type Actor, Allow, CurrentActor, Origin, type RequestOrigin } from '../../authz';
import { StaffDirectoryService } from './staff-directory.service';

@ApiTags('accounts')
@Controller('staff')
export class StaffDirectoryController {
  constructor(private readonly directory: StaffDirectoryService) {}

  @Get()
  @Allow('journey:read')
  @ApiQuery({ name: 'role', required: false, enum: ['advocate', 'manager'] })
  @ApiOkResponse({ description: 'Active advocates and managers of the organisation, for choosing who supports a journey' })
  list(@Query('role') role: string | undefined, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin): Promise<StaffMember[]> {
    return this.directory.list(actor, role, origin);
  }
}
