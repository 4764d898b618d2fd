import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutOfScopeException } from '../../common/out-of-scope.exception';
import type { Actor } from '../authz/actor';

export const SERVICE_USER_NOT_FOUND = 'Service user not found';

/**
 * A service user is in an advocate's reach while one of her journeys is (assigned, or a live
 * break-the-glass grant); a manager's, anywhere in the organisation. Else the same 404 as missing.
 */
@Injectable()
export class ServiceUserAccess {
  async require(em: EntityManager, actor: Actor, serviceUserId: string): Promise<void> {
    const [row]: { in_scope: boolean }[] = await em.query(
      `SELECT ($2 = 'manager' OR EXISTS (
                SELECT 1 FROM journey j
                WHERE j.service_user_id = su.id
                  AND (j.primary_advocate_id = $3 OR j.secondary_advocate_id = $3
                       OR EXISTS (SELECT 1 FROM break_glass_access b WHERE b.journey_id = j.id AND b.user_id = $3 AND b.expires_at > now()))
              )) AS in_scope
       FROM service_user su WHERE su.id = $1`,
      [serviceUserId, actor.role, actor.userId],
    );
    const allowed = !!row && (actor.role === 'manager' || actor.role === 'advocate') && row.in_scope;
    if (!allowed) throw new OutOfScopeException('service_user', serviceUserId, !!row, SERVICE_USER_NOT_FOUND);
  }
}
