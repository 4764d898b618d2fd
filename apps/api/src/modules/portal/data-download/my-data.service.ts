import { Injectable } from '@nestjs/common';
import type { ConsentView, MyData, ServiceUserProfile } from '@beside/shared/contracts';
import { UnitOfWork } from '../../../database/unit-of-work';
import { AuditWriter } from '../../audit/audit-writer';
import { findAccessLogEntries } from '../../audit/access-log.query';
import type { Actor, RequestOrigin } from '../../authz/actor';
import { identityContext } from '../../identity/identity-context';
import { findConsents, findProfile } from '../../service-users/service-user.repository';
import { findPast, findUpcoming } from '../appointments/my-appointment.repository';
import { toMyConsent } from '../consents/my-consents.service';
import { findConcernsRaisedBy } from '../concerns/my-concerns.service';
import { toMyDetails } from '../details/my-details.service';
import { findMyJourneys } from '../journeys/my-journeys.repository';
import { findCheckIns, findMyGoals, findSharedNotes } from '../plan/my-plan.repository';
import { PortalScope } from '../portal-scope';
import { findHerProposals } from '../proposals/change-proposal.repository';
import { renderMyDataHtml } from './my-data.html';

const MAX_ROWS = 10000;

/**
 * Everything held about her that she is entitled to, in one read: her profile, journeys, plan,
 * check-ins, appointments, shared notes, her proposals and concerns, consents and access log.
 * Never staff-only notes, debriefs, concerns staff raised, or anyone else's data.
 */
@Injectable()
export class MyDataService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly scope: PortalScope,
    private readonly audit: AuditWriter,
  ) {}

  async json(actor: Actor, origin: RequestOrigin): Promise<MyData> {
    return this.export(actor, origin, 'json');
  }

  async html(actor: Actor, origin: RequestOrigin): Promise<string> {
    return renderMyDataHtml(await this.export(actor, origin, 'html'));
  }

  private export(actor: Actor, origin: RequestOrigin, format: 'json' | 'html'): Promise<MyData> {
    return this.uow.run(identityContext(actor), async (em) => {
      const serviceUserId = await this.scope.serviceUser(em, actor);
      const profile = (await findProfile(em, serviceUserId)) as ServiceUserProfile;
      const data: MyData = {
        exportedAt: new Date().toISOString(),
        profile: { ...toMyDetails(profile), dateOfBirth: profile.dateOfBirth, languages: profile.languages, interpreterNeeded: profile.interpreterNeeded },
        journeys: await findMyJourneys(em, serviceUserId),
        goals: await findMyGoals(em, 'service_user', serviceUserId, actor.userId),
        checkIns: await findCheckIns(em, 'service_user', serviceUserId, MAX_ROWS),
        appointments: [...(await findPast(em, serviceUserId, MAX_ROWS)).reverse(), ...(await findUpcoming(em, serviceUserId))],
        sharedNotes: await findSharedNotes(em, 'service_user', serviceUserId, actor.userId),
        changeProposals: await findHerProposals(em, serviceUserId),
        concerns: await findConcernsRaisedBy(em, actor.userId),
        consents: (await findConsents(em, serviceUserId)).map((c: ConsentView) => toMyConsent(c)),
        accessLog: await findAccessLogEntries(em, { organisationId: actor.organisationId, serviceUserId, userId: actor.userId }, MAX_ROWS),
      };
      await this.audit.append(em, actor, origin, [
        {
          action: 'service_user.export',
          entityType: 'service_user',
          entityId: serviceUserId,
          subjectId: serviceUserId,
          detail: {
            format,
            counts: Object.fromEntries(Object.entries(data).filter(([, v]) => Array.isArray(v)).map(([k, v]) => [k, (v as unknown[]).length])),
          },
        },
      ]);
      return data;
    });
  }
}
