import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  APPOINTMENT_FEEDBACK_STATEMENTS,
  FEEDBACK_AGREEMENT,
  type AppointmentFeedbackReport,
  type Dashboard,
  type FeedbackInvitationView,
} from '@beside/shared/contracts';
import { Clock } from '../../../common/clock';
import { OutOfScopeException } from '../../../common/out-of-scope.exception';
import { AuditedWork } from '../../audit';
import type { Actor, RequestOrigin } from '../../authz';
import { findServiceUserIdForAccount } from '../../service-users';
import { londonToday } from '../consultations.service';
import { advocateFeedbackTrend, feedbackMonths, monthsBetween } from './appointment-feedback-report';
import { countFeedback, findWaitingFeedback, giveFeedback, type FeedbackOutcome } from './appointment-feedback.repository';
import { AppointmentFeedbackDto } from './dto/appointment-feedback.dto';

const INVITATION_NOT_FOUND = 'Appointment not found: there is no feedback waiting for it';
const MAX_MONTHS = 36;
const REPORT_NOTE =
  'Anonymous: answers are counted in the month they moved into the figures, five or more at once, so the last answers of a month may wait into the next. Counts from 1 to 4 are shown as "<5"; the share who agree is shown only when five or more answered and no small number could be worked out from it.';

const REFUSED: Record<Exclude<FeedbackOutcome, 'ok'>, () => Error> = {
  not_found: () => new NotFoundException(INVITATION_NOT_FOUND),
  answered: () => new ConflictException('You have already given feedback on this appointment. Thank you.'),
};

/**
 * Feedback after accompanied appointments (issue 18): she is asked, in her portal, after each appointment an advocate
 * went to with her; her answer is anonymous exactly as an anonymous consultation's (the invitation only says answered;
 * the answer waits in a pool no one reads and moves five or more at once). Managers read monthly figures.
 */
@Injectable()
export class AppointmentFeedbackService {
  constructor(
    private readonly work: AuditedWork,
    private readonly clock: Clock,
  ) {}

  waiting(actor: Actor, origin: RequestOrigin): Promise<FeedbackInvitationView[]> {
    return this.work.run(actor, origin, async (em, audit) => {
      const serviceUserId = await her(em, actor);
      const invitations = await findWaitingFeedback(em);
      await audit({ action: 'appointment_feedback.list', entityType: 'appointment_feedback', subjectId: serviceUserId, detail: { count: invitations.length } });
      return invitations;
    });
  }

  give(actor: Actor, appointmentId: string, body: AppointmentFeedbackDto, origin: RequestOrigin): Promise<{ answered: true }> {
    const answers = checkFeedback(body.answers);
    return this.work.run(actor, origin, async (em, audit) => {
      const serviceUserId = await her(em, actor);
      const outcome = await giveFeedback(em, appointmentId, answers);
      if (outcome !== 'ok') throw REFUSED[outcome]();
      // Her giving it, never what she gave.
      await audit({ action: 'appointment_feedback.given', entityType: 'appointment', entityId: appointmentId, subjectId: serviceUserId, detail: {} });
      return { answered: true };
    });
  }

  report(actor: Actor, from: string | undefined, to: string | undefined, origin: RequestOrigin): Promise<AppointmentFeedbackReport> {
    const last = to ?? londonToday(this.clock.now()).slice(0, 7);
    const first = from ?? monthsBefore(last, 11);
    if (first > last) throw new BadRequestException(['from must be the same month as to or before it']);
    const months = monthsBetween(first, last);
    if (months.length > MAX_MONTHS) throw new BadRequestException([`from: a report covers at most ${MAX_MONTHS} months`]);
    return this.work.run(actor, origin, async (em, audit) => {
      const report = { from: first, to: last, months: feedbackMonths(months, await countFeedback(em, first, last)), note: REPORT_NOTE };
      await audit({ action: 'appointment_feedback_report.read', entityType: 'appointment_feedback', detail: { from: first, to: last } });
      return report;
    });
  }
}

/** The dashboard's figure, in the dashboard's own unit of work: the last twelve months, oldest first. */
export async function advocateFeedbackTrendFor(em: EntityManager, now: Date): Promise<Dashboard['advocateFeedbackTrend']> {
  const last = londonToday(now).slice(0, 7);
  const first = monthsBefore(last, 11);
  return advocateFeedbackTrend(feedbackMonths(monthsBetween(first, last), await countFeedback(em, first, last)));
}

function monthsBefore(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number);
  const index = year * 12 + (m - 1) - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

async function her(em: EntityManager, actor: Actor): Promise<string> {
  const id = await findServiceUserIdForAccount(em, actor.userId);
  if (!id) throw new OutOfScopeException('service_user', actor.userId, false, 'We could not find your record with the service. Please ask your advocate.');
  return id;
}

/** Her answers checked, every problem named: known statements only, each one of the five answers, at least one given. */
export function checkFeedback(answers: Record<string, unknown>): Record<string, string> {
  const problems: string[] = [];
  for (const [statement, answer] of Object.entries(answers)) {
    if (!(statement in APPOINTMENT_FEEDBACK_STATEMENTS)) problems.push(`answers: ${statement} is not a statement we ask about`);
    else if (!(FEEDBACK_AGREEMENT as readonly unknown[]).includes(answer)) problems.push(`answers.${statement} must be one of: ${FEEDBACK_AGREEMENT.join(', ')}`);
  }
  if (!Object.keys(answers).length) problems.push('answers: give an answer to at least one statement');
  if (problems.length) throw new BadRequestException(problems);
  return answers as Record<string, string>;
}
