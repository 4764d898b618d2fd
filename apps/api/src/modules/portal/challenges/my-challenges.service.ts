import { Injectable, NotFoundException } from '@nestjs/common';
import type { MyChallenge, MyLetter } from '@beside/shared/contracts';
import { londonToday } from '@beside/shared/util';
import { Clock } from '../../../common/clock';
import type { Actor, RequestOrigin } from '../../authz';
import { findHerLetterWords, herChallenges, herLetters, letterFile } from '../../challenges';
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
}
