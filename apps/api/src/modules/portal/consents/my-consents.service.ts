import { ConflictException, Injectable } from '@nestjs/common';
import type { ConsentView, MyConsent } from '@beside/shared/contracts';
import { EntityManager } from 'typeorm';
import { existing } from '../../../common/existing';
import { OutOfScopeException } from '../../../common/out-of-scope.exception';
import type { Actor, RequestOrigin } from '../../authz';
import { staleVersion, versionedUpdate } from '../../../database/versioned-update';
import { findConsent, findConsentOwner, findConsents } from '../../service-users';
import { PortalWork } from '../portal-work';

const NOT_FOUND = 'Consent not found';

/**
 * What she agreed to, as she is shown it. Staff write the agreement in their own words, for their records ("Client consents
 * to disclosure of DV history to MARAC"); shown to her verbatim it can hurt, or tell whoever looks at her screen too much.
 * She reads the same thing in neutral words: sharing information about her, with whom, since and until when.
 */
export function neutralAgreement(sharedWith: string | null): string {
  const withWhom = sharedWith?.trim();
  return withWhom ? `Sharing information about you with ${withWhom}` : 'Sharing information about you';
}

export function toMyConsent(c: ConsentView): MyConsent {
  return {
    id: c.id,
    agreement: neutralAgreement(c.sharedWith),
    sharedWith: c.sharedWith,
    givenOn: c.givenOn,
    validUntil: c.validUntil,
    withdrawnAt: c.withdrawnAt,
    state: c.withdrawnAt ? 'withdrawn' : c.current ? 'current' : 'expired',
    version: c.version,
  };
}

@Injectable()
export class MyConsentsService {
  constructor(private readonly portal: PortalWork) {}

  async list(actor: Actor, origin: RequestOrigin): Promise<MyConsent[]> {
    return (await this.portal.listHers(actor, origin, 'consent', findConsents)).map(toMyConsent);
  }

  /** She withdraws a consent herself; staff read the same row, so they see it at once. */
  async withdraw(actor: Actor, consentId: string, version: number, origin: RequestOrigin): Promise<MyConsent> {
    return this.portal.forHer(actor, origin, async (em, serviceUserId, audit) => {
      const owner = await findConsentOwner(em, consentId);
      if (!owner || owner.serviceUserId !== serviceUserId) throw new OutOfScopeException('consent', consentId, !!owner, NOT_FOUND);
      if (owner.withdrawnAt) {
        throw new ConflictException({ message: 'You already withdrew this consent.', current: await this.myConsent(em, consentId) });
      }
      if (!(await versionedUpdate(em, 'consent', consentId, version, { withdrawn_at: new Date(), withdrawn_by: actor.userId }, actor.userId))) {
        throw staleVersion(await this.myConsent(em, consentId));
      }
      await audit({ action: 'consent.updated', entityType: 'consent', entityId: consentId, subjectId: serviceUserId, detail: { fields: ['withdrawnAt'] } });
      return this.myConsent(em, consentId);
    });
  }

  private async myConsent(em: EntityManager, consentId: string): Promise<MyConsent> {
    return toMyConsent(existing(await findConsent(em, consentId), 'consent'));
  }
}
