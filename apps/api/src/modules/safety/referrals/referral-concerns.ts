import { BadRequestException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../authz';
import { findVisibleJourneyConcernIds } from './multi-agency-referral.repository';

/** The concerns a referral links, each one on her journey and one the actor may see, else a 400 naming each that is not. */
export async function requireJourneyConcerns(em: EntityManager, actor: Actor, journeyId: string, ids: string[] | undefined): Promise<string[]> {
  const wanted = [...new Set(ids ?? [])];
  if (!wanted.length) return [];
  const found = await findVisibleJourneyConcernIds(em, actor, journeyId, wanted);
  const missing = wanted.filter((id) => !found.has(id));
  if (missing.length) throw new BadRequestException(missing.map((id) => `concernIds: ${id} is not a concern on this journey that you can see`));
  return wanted;
}
