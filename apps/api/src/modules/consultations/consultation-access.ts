import { ForbiddenException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutOfScopeException } from '../../common/out-of-scope.exception';
import type { Actor } from '../authz';
import { CONSULTATION_NOT_FOUND } from './consultation-results.reader';
import { findConsultation, type ConsultationRow } from './consultation.repository';

export const NOT_THE_RUNNER = 'Only the organisation that runs this consultation may change it, read its free-text answers or review its quotes.';

/**
 * The consultation, for work only its runners do (its organisation's managers; the operator for the network's own):
 * 404 when out of reach, 403 for a reader of another organisation's network-wide consultation.
 */
export async function requireRunner(em: EntityManager, actor: Actor, id: string): Promise<ConsultationRow> {
  const row = await findConsultation(em, id);
  if (!row) throw new OutOfScopeException('consultation', id, false, CONSULTATION_NOT_FOUND);
  if (row.organisationId !== actor.organisationId) throw new ForbiddenException(NOT_THE_RUNNER);
  return row;
}
