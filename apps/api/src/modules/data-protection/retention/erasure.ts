import { ConflictException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditNow } from '../../audit';
import type { Actor } from '../../authz';
import { findHerJourneyStates, recordApproval } from './retention.repository';
import { refusal } from './retention.view';

/**
 * A granted erasure runs through the anonymisation job: each of her journeys not yet anonymised is approved for it now,
 * whether or not its retention period has passed. Refused (409, naming the journey's problem, nothing changed) while any
 * of them is held, has an open concern or multi-agency referral, or is not closed.
 */
export async function approveErasure(em: EntityManager, actor: Actor, serviceUserId: string, requestId: string, now: Date, audit: AuditNow): Promise<void> {
  const journeys = await findHerJourneyStates(em, serviceUserId);
  for (const j of journeys) {
    const refused = refusal(j) ?? (j.closedOn ? null : 'One of her journeys is not closed: close it before the erasure is granted.');
    if (refused) throw new ConflictException(`The erasure cannot be granted yet. ${refused}`);
  }
  for (const j of journeys) {
    await recordApproval(em, actor.organisationId, j.journeyId, 'Erasure granted (data protection request)', actor.userId, now);
    await audit({ action: 'retention.approved', entityType: 'journey', entityId: j.journeyId, detail: { journeyId: j.journeyId, erasureRequestId: requestId } });
  }
}
