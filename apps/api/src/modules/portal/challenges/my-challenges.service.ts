import { Injectable } from '@nestjs/common';
import type { MyChallenge } from '@beside/shared/contracts';
import { Clock } from '../../../common/clock';
import type { Actor, RequestOrigin } from '../../authz';
import { herChallenges } from '../../challenges';
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
}
