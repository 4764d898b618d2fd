import { BadRequestException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { findActiveAdvocateIds } from './journey.repository';

/**
 * The advocates a journey is given, primary first: each must be an active advocate of the organisation,
 * else a 400 naming the field.
 */
export async function requireActiveAdvocates(em: EntityManager, body: { primaryAdvocateId: string; secondaryAdvocateId?: string | null }): Promise<string[]> {
  const wanted = [body.primaryAdvocateId, ...(body.secondaryAdvocateId ? [body.secondaryAdvocateId] : [])];
  const found = await findActiveAdvocateIds(em, wanted);
  const errors = [
    ...(found.has(body.primaryAdvocateId) ? [] : ['primaryAdvocateId must be an active advocate in your organisation']),
    ...(body.secondaryAdvocateId && !found.has(body.secondaryAdvocateId) ? ['secondaryAdvocateId must be an active advocate in your organisation'] : []),
  ];
  if (errors.length) throw new BadRequestException(errors);
  return wanted;
}
