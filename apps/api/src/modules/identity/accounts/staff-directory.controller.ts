import { Query } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import type { StaffMember } from '@beside/shared/contracts';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { StaffDirectoryService } from './staff-directory.service';

@RouteGroup('accounts', { path: 'staff' })
export class StaffDirectoryController {
  constructor(private readonly directory: StaffDirectoryService) {}

  @Route.get('/', 'journey:read', { ok: 'Active advocates and managers of the organisation, for choosing who supports a journey' })
  @ApiQuery({ name: 'role', required: false, enum: ['advocate', 'manager'] })
  list(@Query('role') role: string | undefined, @CurrentCaller() { actor, origin }: Caller): Promise<StaffMember[]> {
    return this.directory.list(actor, role, origin);
  }
}
