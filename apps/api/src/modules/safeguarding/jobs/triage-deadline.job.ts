import { Injectable } from '@nestjs/common';
import { NO_CONTEXT, UnitOfWork } from '../../../database/unit-of-work';
import { AuditWriter } from '../../audit';
import { activeManagers, notifyUsers } from '../../notifications';
import { Job, type ScheduledJob } from '../../jobs';
import { findOrganisationsWithOverdueConcerns, flagOverdueConcerns } from './triage-deadline.repository';

const SYSTEM_ORIGIN = { requestId: 'job:triage-deadlines', ip: null, userAgent: null };

/**
 * Concerns past their triage deadline and still untriaged: each is flagged once, managers are
 * told in-app, and the flag is audited as the system's doing. Overdue is also computed on every
 * read, so a manager sees it even between runs.
 */
@Injectable()
@Job()
export class TriageDeadlineJob implements ScheduledJob {
  readonly name = 'concern-triage-deadlines';
  readonly order = 10;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditWriter,
  ) {}

  async run(now: Date): Promise<Record<string, unknown>> {
    const organisations = await this.uow.run(NO_CONTEXT, (em) => findOrganisationsWithOverdueConcerns(em, now));
    let flagged = 0;
    for (const organisationId of organisations) {
      flagged += await this.uow.run({ organisationId, userId: null, role: null }, async (em) => {
        const overdue = await flagOverdueConcerns(em, now);
        const managers = overdue.length ? await activeManagers(em, organisationId) : [];
        for (const c of overdue) {
          await notifyUsers(em, organisationId, managers.filter((m) => m !== c.about_staff_user_id), {
            kind: 'concern.overdue',
            text: `Concern ${c.reference} (${c.severity}) has passed its triage deadline.`,
            link: `/concerns/${c.id}`,
          });
        }
        await this.audit.append(
          em,
          { userId: null, role: null, organisationId },
          SYSTEM_ORIGIN,
          overdue.map((c) => ({ action: 'concern.overdue', entityType: 'concern', entityId: c.id, detail: { severity: c.severity } })),
        );
        return overdue.length;
      });
    }
    return { organisations: organisations.length, flagged };
  }
}
