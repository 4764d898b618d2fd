import { Injectable } from '@nestjs/common';
import { londonToday } from '@beside/shared/util';
import { NO_CONTEXT, UnitOfWork } from '../../database/unit-of-work';
import { AuditWriter } from '../audit';
import { Job, type ScheduledJob } from '../jobs';
import { notifyUsers } from '../notifications';
import { findOrganisationsWithChallengeDeadlines, markDeadlinesToTell } from './challenge-reminders.repository';
import { daysLeft } from './deadlines/challenge-deadline';

const SYSTEM_ORIGIN = { requestId: 'job:challenge-deadlines', ip: null, userAgent: null };

/**
 * Her advocates are told, once, when a challenge's deadline is near (the organisation's `challengeReminderDays`, 7 by
 * default) and once more if it passes with the stage still open. The journey page and the lists show the same deadline
 * on every read, so nothing waits for this job to be seen.
 */
@Injectable()
@Job()
export class ChallengeDeadlineJob implements ScheduledJob {
  readonly name = 'challenge-deadlines';
  readonly order = 20;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditWriter,
  ) {}

  async run(now: Date): Promise<Record<string, unknown>> {
    const today = londonToday(now);
    const organisations = await this.uow.run(NO_CONTEXT, (em) => findOrganisationsWithChallengeDeadlines(em, today));
    let told = 0;
    for (const organisationId of organisations) {
      told += await this.uow.run({ organisationId, userId: null, role: null }, async (em) => {
        const stages = await markDeadlinesToTell(em, today);
        for (const s of stages) {
          const left = daysLeft(s.deadlineOn, now);
          await notifyUsers(em, organisationId, s.advocateIds, {
            kind: s.missed ? 'challenge.deadline_missed' : 'challenge.deadline_near',
            text: s.missed
              ? `A challenge's deadline has passed (${s.deadlineOn}): check its stage.`
              : `A challenge's deadline is ${left === 0 ? 'today' : `in ${left} day${left === 1 ? '' : 's'}`} (${s.deadlineOn}).`,
            link: `/journeys/${s.journeyId}`,
          });
        }
        await this.audit.append(
          em,
          { userId: null, role: null, organisationId },
          SYSTEM_ORIGIN,
          stages.map((s) => ({ action: s.missed ? 'challenge.deadline_missed' : 'challenge.deadline_near', entityType: 'challenge', entityId: s.challengeId, detail: { deadlineOn: s.deadlineOn } })),
        );
        return stages.length;
      });
    }
    return { organisations: organisations.length, told };
  }
}
