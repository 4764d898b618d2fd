import { Injectable } from '@nestjs/common';
import { OutOfScopeException } from '../../common/out-of-scope.exception';
import { EntityManager } from 'typeorm';
import type { Actor } from '../authz/actor';

export type JourneyAccessKind = 'assigned' | 'organisation' | 'break_glass' | 'own';

export interface JourneyInScope {
  id: string;
  serviceUserId: string;
  access: JourneyAccessKind;
}

export const JOURNEY_NOT_FOUND = 'Journey not found';

/**
 * Record-level scope, the first line of every journey service method. A journey out of
 * reach answers exactly like one that does not exist. Row-level security has already
 * removed other organisations' journeys.
 */
@Injectable()
export class JourneyAccess {
  async require(em: EntityManager, actor: Actor, journeyId: string): Promise<JourneyInScope> {
    const [row]: {
      id: string;
      service_user_id: string;
      primary_advocate_id: string;
      secondary_advocate_id: string | null;
      account_id: string | null;
      break_glass: boolean;
    }[] = await em.query(
      `SELECT j.id, j.service_user_id, j.primary_advocate_id, j.secondary_advocate_id, su.account_id,
              EXISTS (SELECT 1 FROM break_glass_access b
                      WHERE b.journey_id = j.id AND b.user_id = $2 AND b.expires_at > now()) AS break_glass
       FROM journey j JOIN service_user su ON su.id = j.service_user_id
       WHERE j.id = $1`,
      [journeyId, actor.userId],
    );
    const access = row ? this.accessKind(actor, row) : null;
    if (!row || !access) throw new OutOfScopeException('journey', journeyId, !!row, JOURNEY_NOT_FOUND);
    return { id: row.id, serviceUserId: row.service_user_id, access };
  }

  /** Whether a journey exists in her organisation at all (for break-the-glass), without revealing anything else. */
  async existsInOrganisation(em: EntityManager, journeyId: string): Promise<{ serviceUserId: string } | null> {
    const [row]: { service_user_id: string }[] = await em.query(`SELECT service_user_id FROM journey WHERE id = $1`, [journeyId]);
    return row ? { serviceUserId: row.service_user_id } : null;
  }

  private accessKind(
    actor: Actor,
    row: { primary_advocate_id: string; secondary_advocate_id: string | null; account_id: string | null; break_glass: boolean },
  ): JourneyAccessKind | null {
    switch (actor.role) {
      case 'manager':
        return 'organisation';
      case 'advocate':
        if (row.primary_advocate_id === actor.userId || row.secondary_advocate_id === actor.userId) return 'assigned';
        return row.break_glass ? 'break_glass' : null;
      case 'service_user':
        return row.account_id === actor.userId ? 'own' : null;
      default:
        return null;
    }
  }
}
