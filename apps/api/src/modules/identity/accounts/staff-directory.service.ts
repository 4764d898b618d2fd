import { BadRequestException, Injectable } from '@nestjs/common';
import type { StaffMember } from '@beside/shared/contracts';
import { UnitOfWork } from '../../../database/unit-of-work';
import type { Actor, RequestOrigin } from '../../authz';
import { AuditWriter } from '../../audit';
import { findActiveStaff } from './account.repository';

/** Colleagues an advocate or manager can name on a journey: names and roles only. */
@Injectable()
export class StaffDirectoryService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditWriter,
  ) {}

  async list(actor: Actor, role: string | undefined, origin: RequestOrigin): Promise<StaffMember[]> {
    if (role !== undefined && role !== 'advocate' && role !== 'manager') {
      throw new BadRequestException('role must be advocate or manager');
    }
    return this.uow.runAs(actor, async (em) => {
      const rows = await findActiveStaff(em, role ? [role] : ['advocate', 'manager']);
      await this.audit.append(em, actor, origin, [
        { action: 'staff.list', entityType: 'user_account', detail: { count: rows.length, role: role ?? 'all' } },
      ]);
      return rows;
    });
  }
}
