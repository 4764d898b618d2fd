import { Injectable } from '@nestjs/common';
import type { ConsentView, MyData } from '@beside/shared/contracts';
import { existing } from '../../../common/existing';
import { findAccessLogEntries } from '../../audit';
import type { Actor, RequestOrigin } from '../../authz';
import { findConsents, findProfile } from '../../service-users';
import { findMessagesForServiceUser } from '../../conversations';
import { findPast, findUpcoming } from '../appointments/my-appointment.repository';
import { toMyConsent } from '../consents/my-consents.service';
import { findConcernsRaisedBy } from '../concerns/my-concern.repository';
import { toMyDetails } from '../details/my-details.service';
import { findMyJourneys } from '../journeys/my-journeys.repository';
import { findCheckIns, findMyGoals, findSharedNotes } from '../plan/my-plan.repository';
import { PortalWork } from '../portal-work';
import { findHerProposals } from '../proposals/change-proposal.repository';
import { findOutgoingForServiceUser, toMyReferralView } from '../../referrals';
import { renderMyDataHtml } from './my-data.html';
import { herDataRequests } from '../../data-protection';
import { findHerSafetyPlans } from './my-safety-plans.repository';

const MAX_ROWS = 10000;

/**
 * Everything held about her that she is entitled to, in one read: her profile, journeys, plan,
 * check-ins, appointments, shared notes, her proposals and concerns, consents, access log, referrals and safety plans.
 * Never staff-only notes, debriefs, concerns staff raised, or anyone else's data.
 */
@Injectable()
export class MyDataService {
  constructor(private readonly portal: PortalWork) {}

  async json(actor: Actor, origin: RequestOrigin): Promise<MyData> {
    return this.export(actor, origin, 'json');
  }

  async html(actor: Actor, origin: RequestOrigin): Promise<string> {
    return renderMyDataHtml(await this.export(actor, origin, 'html'));
  }

  private export(actor: Actor, origin: RequestOrigin, format: 'json' | 'html'): Promise<MyData> {
    return this.portal.forHer(actor, origin, async (em, serviceUserId, audit) => {
      const profile = existing(await findProfile(em, serviceUserId), 'service user');
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
        messages: (await findMessagesForServiceUser(em, serviceUserId, MAX_ROWS)).map((m) => ({
          journeyId: m.journeyId,
          sentAt: new Date(m.sentAt).toISOString(),
          from: m.authorId === actor.userId ? 'You' : m.authorName,
          mine: m.authorId === actor.userId,
          body: m.body,
          editedAt: m.editedAt ? new Date(m.editedAt).toISOString() : null,
          earlierVersions: m.earlierVersions,
        })),
        accessLog: await findAccessLogEntries(em, { organisationId: actor.organisationId, serviceUserId, userId: actor.userId }, MAX_ROWS),
        referrals: (await findOutgoingForServiceUser(em, serviceUserId)).map(toMyReferralView),
        safetyPlans: await findHerSafetyPlans(em, serviceUserId),
        dataRequests: await herDataRequests(em, serviceUserId),
      };
      await audit({
        action: 'service_user.export',
        entityType: 'service_user',
        entityId: serviceUserId,
        subjectId: serviceUserId,
        detail: {
          format,
          counts: Object.fromEntries(Object.entries(data).filter(([, v]) => Array.isArray(v)).map(([k, v]) => [k, (v as unknown[]).length])),
        },
      });
      return data;
    });
  }
}
