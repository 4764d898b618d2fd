import type { DbContext } from './unit-of-work';
import type { Actor } from '../modules/authz/actor';

export function identityContext(actor: Actor): DbContext {
  return { organisationId: actor.organisationId, userId: actor.userId, role: actor.role };
}
