import { Injectable } from '@nestjs/common';
import type { AccessLogEntry, ConsentView, MyData, Role, ServiceUserProfile } from '@beside/shared/contracts';
import { EntityManager } from 'typeorm';
import { UnitOfWork } from '../../../database/unit-of-work';
import { AuditWriter } from '../../audit/audit-writer';
import { describeForHer } from '../../audit/plain-language';
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
        accessLog: await accessLog(em, actor, serviceUserId),
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

/** The same entries as GET /api/my/access-log (every access by someone other than her), up to the export's limit. */
async function accessLog(em: EntityManager, actor: Actor, serviceUserId: string): Promise<AccessLogEntry[]> {
  const rows: { id: string; occurred_at: Date; name: string | null; role: Role | null; action: string; entity_type: string }[] = await em.query(
    `SELECT e.id, e.occurred_at, u.display_name AS name, e.actor_role AS role, e.action, e.entity_type
     FROM audit_event e LEFT JOIN user_account u ON u.id = e.actor_user_id
     WHERE e.organisation_id = $1 AND e.subject_id = $2 AND e.actor_user_id IS DISTINCT FROM $3 AND e.outcome = 'success'
     ORDER BY e.occurred_at DESC, e.id DESC LIMIT $4`,
    [actor.organisationId, serviceUserId, actor.userId, MAX_ROWS],
  );
  return rows.map((r) => ({
    id: r.id,
    occurredAt: new Date(r.occurred_at).toISOString(),
    who: r.name ?? 'Someone from the service',
    role: r.role,
    what: describeForHer(r.action, r.entity_type),
  }));
}
