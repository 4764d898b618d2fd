import { Injectable } from '@nestjs/common';
import { OutOfScopeException } from '../../common/out-of-scope.exception';
import { EntityManager } from 'typeorm';
import type { Actor } from '../authz';
import type { EmergencyAccess } from '@beside/shared/contracts';
import { requestWrites } from '../../common/request-intent';
import { ReadOnlyAccessException } from '../../common/read-only-access.exception';
import { findJourneyScope, findJourneyServiceUserId, type JourneyScopeRow } from './journey.repository';

export type JourneyAccessKind = 'assigned' | 'organisation' | 'break_glass' | 'own';

export interface JourneyInScope {
  id: string;
  serviceUserId: string;
  access: JourneyAccessKind;
  /** Set when her reach is a live break-the-glass grant: until when, and whether she may change anything. */
  emergencyAccess?: EmergencyAccess;
}

export const JOURNEY_NOT_FOUND = 'Journey not found';

/**
 * Record-level scope, the first line of every journey service method. A journey out of
 * reach answers exactly like one that does not exist. Row-level security has already
 * removed other organisations' journeys.
 */
@Injectable()
export class JourneyAccess {
  /**
   * `purpose: 'raise_concern'`: raising a safeguarding concern is allowed under a grant for reading only —
   * someone who opened her journey in an emergency and sees a risk must be able to say so.
   */
  async require(em: EntityManager, actor: Actor, journeyId: string, purpose: 'use' | 'raise_concern' = 'use'): Promise<JourneyInScope> {
    const row = await findJourneyScope(em, journeyId, actor.userId);
    const access = row ? this.accessKind(actor, row) : null;
    if (!row || !access) throw new OutOfScopeException('journey', journeyId, !!row, JOURNEY_NOT_FOUND);
    const grant = emergencyGrant(row);
    if (access !== 'break_glass' || !grant) return { id: row.id, serviceUserId: row.service_user_id, access };
    // A grant for reading only: every route that changes anything comes through here, so it is refused here.
    if (!grant.allowsWrite && requestWrites() && purpose !== 'raise_concern') throw new ReadOnlyAccessException('journey', journeyId);
    return { id: row.id, serviceUserId: row.service_user_id, access, emergencyAccess: grant };
  }

  /** Whether a journey exists in her organisation at all (for break-the-glass), without revealing anything else. */
  async existsInOrganisation(em: EntityManager, journeyId: string): Promise<{ serviceUserId: string } | null> {
    const serviceUserId = await findJourneyServiceUserId(em, journeyId);
    return serviceUserId ? { serviceUserId } : null;
  }

  private accessKind(actor: Actor, row: JourneyScopeRow): JourneyAccessKind | null {
    switch (actor.role) {
      case 'manager':
        return 'organisation';
      case 'advocate':
        if (row.primary_advocate_id === actor.userId || row.secondary_advocate_id === actor.userId) return 'assigned';
        return row.grant_expires_at ? 'break_glass' : null;
      case 'service_user':
        return row.account_id === actor.userId ? 'own' : null;
      default:
        return null;
    }
  }
}

/** Her live grant as the API tells it, when the row has one. */
function emergencyGrant(row: JourneyScopeRow): EmergencyAccess | null {
  if (!row.grant_expires_at || !row.grant_reason_category) return null;
  return {
    expiresAt: new Date(row.grant_expires_at).toISOString(),
    allowsWrite: !!row.grant_allows_write,
    reasonCategory: row.grant_reason_category,
  };
}
