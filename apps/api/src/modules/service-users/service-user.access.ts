import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutOfScopeException } from '../../common/out-of-scope.exception';
import type { Actor } from '../authz';
import { requestWrites } from '../../common/request-intent';
import { ReadOnlyAccessException } from '../../common/read-only-access.exception';
import { findServiceUserScope } from './service-user.repository';

export const SERVICE_USER_NOT_FOUND = 'Service user not found';

/**
 * A service user is in an advocate's reach while one of her journeys is (assigned, or a live
 * break-the-glass grant); a manager's, anywhere in the organisation. Else the same 404 as missing.
 */
@Injectable()
export class ServiceUserAccess {
  async require(em: EntityManager, actor: Actor, serviceUserId: string): Promise<void> {
    const row = await findServiceUserScope(em, serviceUserId, actor.userId);
    const inScope = !!row && (actor.role === 'manager' || (actor.role === 'advocate' && (row.assigned || row.granted)));
    if (!row || !inScope) throw new OutOfScopeException('service_user', serviceUserId, !!row, SERVICE_USER_NOT_FOUND);
    // Reached only through a break-the-glass grant for reading: nothing about her may be changed.
    if (actor.role === 'advocate' && !row.assigned && !row.grant_allows_write && requestWrites()) {
      throw new ReadOnlyAccessException('service_user', serviceUserId);
    }
  }
}
