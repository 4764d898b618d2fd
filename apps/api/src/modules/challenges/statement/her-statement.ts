import { BadRequestException, ConflictException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { HerStatementView } from '@beside/shared/contracts';
import type { HerStatementSharingDto, SaveHerStatementDto } from '../dto/her-statement.dto';
import { findHerStatement, findHerTargets, replaceShares, saveHerStatement } from './her-statement.repository';

/** Saves her statement at the version she saw; 409 with the one saved meanwhile. */
export async function saveStatement(em: EntityManager, organisationId: string, serviceUserId: string, body: SaveHerStatementDto, userId: string): Promise<HerStatementView> {
  const { version, ...statement } = body;
  const text = (value: string | null) => (value?.trim() ? value : null);
  const saved = await saveHerStatement(em, organisationId, serviceUserId, version, { ...statement, whatToKnow: text(statement.whatToKnow), crisis: text(statement.crisis), interpreterLanguage: text(statement.interpreterLanguage) }, userId);
  if (!saved) throw new ConflictException({ message: 'You saved this on another device since you opened it. Here it is now: check it and save again.', current: await findHerStatement(em, serviceUserId) });
  return findHerStatement(em, serviceUserId);
}

/** What her statement goes with: only her own appointments and challenges (a 400 names any other). */
export async function shareStatement(em: EntityManager, organisationId: string, serviceUserId: string, body: HerStatementSharingDto): Promise<HerStatementView> {
  const found = await findHerTargets(em, serviceUserId, body.appointmentIds, body.challengeIds);
  const strangers = [...body.appointmentIds.filter((id) => !found.appointments.includes(id)), ...body.challengeIds.filter((id) => !found.challenges.includes(id))];
  if (strangers.length) throw new BadRequestException([`not one of your appointments or challenges: ${strangers.join(', ')}`]);
  await replaceShares(em, organisationId, serviceUserId, body.appointmentIds, body.challengeIds);
  return findHerStatement(em, serviceUserId);
}

export { findHerStatement } from './her-statement.repository';
export { statementMarkdown } from './her-statement-words';
