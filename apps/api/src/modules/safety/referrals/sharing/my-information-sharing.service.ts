import { Injectable } from '@nestjs/common';
import type { MySharing } from '@beside/shared/contracts';
import { OutOfScopeException } from '../../../../common/out-of-scope.exception';
import { AuditedWork } from '../../../audit';
import type { Actor, RequestOrigin } from '../../../authz';
import { findServiceUserIdForAccount } from '../../../service-users';
import { whyForHer } from './her-sharing-words';
import { findSharingShownToHer } from './sharing-decision.repository';

const NO_RECORD = 'We could not find your record with the service. Please ask your advocate.';

/** What was shared about her, with whom and why, as she is shown it (those held back stay with staff). */
@Injectable()
export class MyInformationSharingService {
  constructor(private readonly work: AuditedWork) {}

  list(actor: Actor, origin: RequestOrigin): Promise<MySharing[]> {
    return this.work.run(actor, origin, async (em, audit) => {
      const serviceUserId = await findServiceUserIdForAccount(em, actor.userId);
      if (!serviceUserId) throw new OutOfScopeException('service_user', actor.userId, false, NO_RECORD);
      const rows = await findSharingShownToHer(em, serviceUserId);
      await audit({ action: 'sharing_decision.list', entityType: 'sharing_decision', subjectId: serviceUserId, detail: { count: rows.length, ids: rows.map((r) => r.id) } });
      return rows.map((r) => ({ id: r.id, what: r.what, sharedWith: r.sharedWith, sharedOn: r.sharedOn, withConsent: r.withConsent, why: whyForHer(r) }));
    });
  }
}
