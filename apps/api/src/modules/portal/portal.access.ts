import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutOfScopeException } from '../../common/out-of-scope.exception';
import type { Actor } from '../authz';
import { JourneyAccess } from '../journeys';
import { findServiceUserIdForAccount } from '../service-users';
import { findHerCurrentJourney } from './journeys/my-journeys.repository';

export const NO_RECORD = 'We could not find your record with the service. Please ask your advocate.';
export const NO_JOURNEY = 'You do not have a journey with us yet.';

export interface HerJourney {
  serviceUserId: string;
  journeyId: string;
}

/**
 * Her own records, found from her account: the first line of every portal method. She is
 * the service user whose account_id is hers; a journey she names must be one of hers, and
 * otherwise her open journey (the newest, if she has had several) is the one meant.
 */
@Injectable()
export class PortalScope {
  constructor(private readonly journeys: JourneyAccess) {}

  async serviceUser(em: EntityManager, actor: Actor): Promise<string> {
    const id = await findServiceUserIdForAccount(em, actor.userId);
    if (!id) throw new OutOfScopeException('service_user', actor.userId, false, NO_RECORD);
    return id;
  }

  async journey(em: EntityManager, actor: Actor, journeyId?: string): Promise<HerJourney> {
    if (journeyId) {
      const scope = await this.journeys.require(em, actor, journeyId);
      if (scope.access !== 'own') throw new OutOfScopeException('journey', journeyId, true, 'Journey not found');
      return { serviceUserId: scope.serviceUserId, journeyId: scope.id };
    }
    const her = await findHerCurrentJourney(em, actor.userId);
    if (!her) throw new OutOfScopeException('journey', actor.userId, false, NO_JOURNEY);
    return her;
  }
}
