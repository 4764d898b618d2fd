import { Injectable } from '@nestjs/common';
import type { NotificationKind } from '@beside/shared/contracts';
import { londonToday } from '@beside/shared/util';
import { NO_CONTEXT, UnitOfWork } from '../../../database/unit-of-work';
import { AuditWriter } from '../../audit';
import { Job, type ScheduledJob } from '../../jobs';
import { notifyUsers } from '../../notifications';
import { findOrganisationsWithSafetyReminders, markActionsDue, markMeetingsSoon, markPlanReviewsDue, type Reminder } from './safety-reminders.repository';

const SYSTEM_ORIGIN = { requestId: 'job:safety-reminders', ip: null, userAgent: null };

/** What each reminder says: a date and a link, never her name or anything of her plan. */
const KINDS: { kind: NotificationKind & `safety.${string}`; entityType: string; text: (on: string) => string; tab: string; mark: typeof markActionsDue }[] = [
  { kind: 'safety.action_due', entityType: 'referral_action', text: (on) => `An action for us on a multi-agency referral is due on ${on}.`, tab: 'safety', mark: markActionsDue },
  { kind: 'safety.meeting_soon', entityType: 'multi_agency_referral', text: (on) => `A multi-agency meeting is on ${on}.`, tab: 'safety', mark: markMeetingsSoon },
  { kind: 'safety.plan_review_due', entityType: 'safety_plan', text: (on) => `A safety plan was due for review on ${on}.`, tab: 'safety', mark: markPlanReviewsDue },
];

/**
 * Once a day at most per thing: the owner of an action due within three days, her advocates a week before a
 * multi-agency meeting, and her advocates when her safety plan's review date has come. The overview and the journey page
 * show the same dates on every read; this only makes sure someone is told.
 */
@Injectable()
@Job()
export class SafetyReminderJob implements ScheduledJob {
  readonly name = 'safety-reminders';
  readonly order = 25;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditWriter,
  ) {}

  async run(now: Date): Promise<Record<string, unknown>> {
    const today = londonToday(now);
    const organisations = await this.uow.run(NO_CONTEXT, (em) => findOrganisationsWithSafetyReminders(em, today));
    let told = 0;
    for (const organisationId of organisations) {
      const context = { organisationId, userId: null, role: null };
      told += await this.uow.run(context, async (em) => {
        let n = 0;
        for (const k of KINDS) {
          const due: Reminder[] = await k.mark(em, today);
          for (const r of due) await notifyUsers(em, organisationId, r.recipients, { kind: k.kind, text: k.text(r.on), link: `/journeys/${r.journeyId}?tab=${k.tab}` });
          if (due.length) await this.audit.append(em, context, SYSTEM_ORIGIN, due.map((r) => ({ action: k.kind, entityType: k.entityType, entityId: r.id, detail: { on: r.on } })));
          n += due.length;
        }
        return n;
      });
    }
    return { organisations: organisations.length, told };
  }
}
