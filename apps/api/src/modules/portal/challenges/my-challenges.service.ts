import { Injectable, NotFoundException } from '@nestjs/common';
import type { HerStatementView, MyChallenge, MyLetter } from '@beside/shared/contracts';
import { londonToday } from '@beside/shared/util';
import { Clock } from '../../../common/clock';
import type { Actor, RequestOrigin } from '../../authz';
import { findHerLetterWords, findHerStatement, herChallenges, herLetters, HerStatementSharingDto, letterFile, SaveHerStatementDto, saveStatement, shareStatement, statementMarkdown } from '../../challenges';
import { findHerName } from './her-name.repository';
import { PortalWork } from '../portal-work';

@Injectable()
export class MyChallengesService {
  constructor(
    private readonly work: PortalWork,
    private readonly clock: Clock,
  ) {}

  list(actor: Actor, origin: RequestOrigin): Promise<MyChallenge[]> {
    return this.work.listHers(actor, origin, 'challenge', (em, serviceUserId) => herChallenges(em, serviceUserId, this.clock.now()));
  }

  letters(actor: Actor, origin: RequestOrigin): Promise<MyLetter[]> {
    return this.work.listHers(actor, origin, 'letter', herLetters);
  }

  letterPdf(actor: Actor, letterId: string, origin: RequestOrigin) {
    return this.work.forHer(actor, origin, async (em, serviceUserId, audit) => {
      const letter = await findHerLetterWords(em, serviceUserId, letterId);
      if (!letter) throw new NotFoundException('Letter not found');
      await audit({ action: 'letter.downloaded', entityType: 'letter', entityId: letterId, subjectId: serviceUserId, detail: { format: 'pdf' } });
      return letterFile(letter.title, letter.body, 'pdf', londonToday(this.clock.now()));
    });
  }

  statement(actor: Actor, origin: RequestOrigin): Promise<HerStatementView> {
    return this.work.forHer(actor, origin, async (em, serviceUserId, audit) => {
      await audit({ action: 'her_statement.read', entityType: 'her_statement', subjectId: serviceUserId });
      return findHerStatement(em, serviceUserId);
    });
  }

  saveStatement(actor: Actor, body: SaveHerStatementDto, origin: RequestOrigin): Promise<HerStatementView> {
    return this.work.forHer(actor, origin, async (em, serviceUserId, audit) => {
      const saved = await saveStatement(em, actor.organisationId, serviceUserId, body, actor.userId);
      await audit({ action: 'her_statement.saved', entityType: 'her_statement', subjectId: serviceUserId, detail: { fields: Object.keys(body).filter((k) => k !== 'version') } });
      return saved;
    });
  }

  shareStatement(actor: Actor, body: HerStatementSharingDto, origin: RequestOrigin): Promise<HerStatementView> {
    return this.work.forHer(actor, origin, async (em, serviceUserId, audit) => {
      const shared = await shareStatement(em, actor.organisationId, serviceUserId, body);
      await audit({ action: 'her_statement.shared', entityType: 'her_statement', subjectId: serviceUserId, detail: { appointments: body.appointmentIds.length, challenges: body.challengeIds.length } });
      return shared;
    });
  }

  statementPdf(actor: Actor, origin: RequestOrigin) {
    return this.work.forHer(actor, origin, async (em, serviceUserId, audit) => {
      const statement = await findHerStatement(em, serviceUserId);
      const name = (await findHerName(em, serviceUserId)) ?? '';
      await audit({ action: 'her_statement.downloaded', entityType: 'her_statement', subjectId: serviceUserId });
      const file = await letterFile('About me', statementMarkdown(name, statement), 'pdf', londonToday(this.clock.now()));
      return { ...file, filename: `about-me-${londonToday(this.clock.now())}.pdf` };
    });
  }
}
