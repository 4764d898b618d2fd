import type { DbContext } from '../../database/unit-of-work';
import type { Actor } from '../authz/actor';

export function identityContext(actor: Actor): DbContext {
  return { organisationId: actor.organisationId, userId: actor.userId, role: actor.role };
}
