import { Injectable } from '@nestjs/common';
import type { MyRiskAssessment } from '@beside/shared/contracts';
import { OutOfScopeException } from '../../../common/out-of-scope.exception';
import { AuditedWork } from '../../audit';
import type { Actor, RequestOrigin } from '../../authz';
import { findServiceUserIdForAccount } from '../../service-users';
import { findHerAssessments } from './risk-assessment.repository';
import { myRiskAssessment } from './risk-assessment.view';

const NO_RECORD = 'We could not find your record with the service. Please ask your advocate.';

/** Her risk assessments in her portal, in plain words: across her journeys, never one a manager kept from her. */
@Injectable()
export class HerRiskAssessments {
  constructor(private readonly work: AuditedWork) {}

  list(actor: Actor, origin: RequestOrigin): Promise<MyRiskAssessment[]> {
    return this.work.run(actor, origin, async (em, audit) => {
      const serviceUserId = await findServiceUserIdForAccount(em, actor.userId);
      if (!serviceUserId) throw new OutOfScopeException('service_user', actor.userId, false, NO_RECORD);
      const rows = await findHerAssessments(em, serviceUserId);
      await audit({ action: 'risk_assessment.list', entityType: 'risk_assessment', subjectId: serviceUserId, detail: { count: rows.length, ids: rows.map((r) => r.id) } });
      return rows.map(myRiskAssessment);
    });
  }
}
