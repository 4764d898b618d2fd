import { ConflictException, Injectable } from '@nestjs/common';
import type { ConsentView, MyConsent } from '@beside/shared/contracts';
import { OutOfScopeException } from '../../../common/out-of-scope.exception';
import { UnitOfWork } from '../../../database/unit-of-work';
import { AuditWriter } from '../../audit/audit-writer';
import type { Actor, RequestOrigin } from '../../authz/actor';
import { identityContext } from '../../identity/identity-context';
import { staleVersion, versionedUpdate } from '../../journeys/versioned-update';
import { findConsent, findConsents } from '../../service-users/service-user.repository';
import { PortalScope } from '../portal-scope';

const NOT_FOUND = 'Consent not found';

export function toMyConsent(c: ConsentView): MyConsent {
  return {
    id: c.id,
    agreement: c.agreement,
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
  constructor(
    private readonly uow: UnitOfWork,
    private readonly scope: PortalScope,
    private readonly audit: AuditWriter,
  ) {}

  async list(actor: Actor, origin: RequestOrigin): Promise<MyConsent[]> {
    return this.uow.run(identityContext(actor), async (em) => {
      const serviceUserId = await this.scope.serviceUser(em, actor);
      const rows = await findConsents(em, serviceUserId);
      await this.audit.append(em, actor, origin, [
        { action: 'consent.list', entityType: 'consent', subjectId: serviceUserId, detail: { count: rows.length, ids: rows.map((r) => r.id) } },
      ]);
      return rows.map(toMyConsent);
    });
  }

  /** She withdraws a consent herself; staff read the same row, so they see it at once. */
  async withdraw(actor: Actor, consentId: string, version: number, origin: RequestOrigin): Promise<MyConsent> {
    return this.uow.run(identityContext(actor), async (em) => {
      const serviceUserId = await this.scope.serviceUser(em, actor);
      const [row]: { service_user_id: string; withdrawn_at: Date | null }[] = await em.query(
        `SELECT service_user_id, withdrawn_at FROM consent WHERE id = $1`,
        [consentId],
      );
      if (!row || row.service_user_id !== serviceUserId) throw new OutOfScopeException('consent', consentId, !!row, NOT_FOUND);
      if (row.withdrawn_at) {
        throw new ConflictException({ message: 'You already withdrew this consent.', current: toMyConsent((await findConsent(em, consentId)) as ConsentView) });
      }
      if (!(await versionedUpdate(em, 'consent', consentId, version, { withdrawn_at: new Date(), withdrawn_by: actor.userId }, actor.userId))) {
        throw staleVersion(toMyConsent((await findConsent(em, consentId)) as ConsentView));
      }
      await this.audit.append(em, actor, origin, [
        { action: 'consent.updated', entityType: 'consent', entityId: consentId, subjectId: serviceUserId, detail: { fields: ['withdrawnAt'] } },
      ]);
      return toMyConsent((await findConsent(em, consentId)) as ConsentView);
    });
  }
}
