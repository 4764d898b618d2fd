import type { EntityManager } from 'typeorm';
import type { MyLetter } from '@beside/shared/contracts';
import { findHerLetters } from './letter.repository';

/** The letters shared with her or sent, as she reads them (no versions, no staff names). */
export async function herLetters(em: EntityManager, serviceUserId: string): Promise<MyLetter[]> {
  const rows = await findHerLetters(em, serviceUserId);
  return rows.map((r) => ({
    id: r.id,
    challengeId: r.challengeId,
    typeName: r.typeName,
    title: r.title,
    body: r.body,
    status: r.status === 'sent' ? 'sent' : 'shared',
    sentOn: r.sentOn,
    version: r.version,
  }));
}
