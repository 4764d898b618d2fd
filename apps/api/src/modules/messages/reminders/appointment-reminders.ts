import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { londonDay, londonInstant, londonTime } from '@beside/shared/util';
import { Environment } from '../../../config/environment';
import { NO_CONTEXT, UnitOfWork } from '../../../database/unit-of-work';
import { HerMessages } from '../outbox/her-messages';
import { insertOutboxMessage } from '../outbox/outbox.repository';
import { findUpcomingAppointments, organisationsWithUpcomingAppointments, type UpcomingAppointment } from './reminder.repository';

/** How far ahead the scan looks: the longest lead time she can choose. */
export const REMINDER_HORIZON_HOURS = 72;
/** The lead times she can choose, in hours. */
export const REMINDER_LEAD_HOURS = [2, 24, 48, 72] as const;
const ADVOCATE_REMINDER_LONDON_MINUTE = 9 * 60;

export interface ReminderScan {
  forHer: number;
  forAdvocates: number;
}

/**
 * Queues the reminders of planned appointments in the coming days, each once (its dedupe key
 * names the appointment, the person and the start time): for her, if she asked, her lead time
 * before, by her safe channel at her safe times; for the advocates going with her, at 9:00 the
 * day before, by email, with a time and a link only. Run again and again on every instance: a
 * moved appointment gets new reminders, and the worker withdraws the old ones.
 */
@Injectable()
export class AppointmentReminders {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly env: Environment,
    private readonly her: HerMessages,
  ) {}

  async scan(now: Date): Promise<ReminderScan> {
    const to = new Date(now.getTime() + REMINDER_HORIZON_HOURS * 3_600_000);
    const scan: ReminderScan = { forHer: 0, forAdvocates: 0 };
    const organisations = await this.uow.run(NO_CONTEXT, (em) => organisationsWithUpcomingAppointments(em, now, to));
    for (const organisationId of organisations) {
      await this.uow.run({ organisationId, userId: null, role: null }, async (em) => {
        for (const appointment of await findUpcomingAppointments(em, now, to)) {
          scan.forHer += await this.remindHer(em, appointment, now);
          scan.forAdvocates += await this.remindAdvocates(em, appointment, now);
        }
      });
    }
    return scan;
  }

  private async remindHer(em: EntityManager, appointment: UpcomingAppointment, now: Date): Promise<number> {
    if (!appointment.herLeadHours || !REMINDER_LEAD_HOURS.includes(appointment.herLeadHours as (typeof REMINDER_LEAD_HOURS)[number])) return 0;
    const startsAt = new Date(appointment.startsAt);
    const sendAt = new Date(startsAt.getTime() - appointment.herLeadHours * 3_600_000);
    if (sendAt.getTime() > now.getTime() + 60 * 60_000) return 0; // queued nearer the time, with her rules as they are then
    const when = `${londonDay(startsAt.toISOString())} at ${londonTime(startsAt.toISOString())}`;
    const queued = await this.her.queue(em, {
      serviceUserId: appointment.serviceUserId,
      purpose: 'reminder',
      subject: 'A reminder',
      body: `A reminder: you have an appointment on ${when}.\n\nSign in to see the details: ${this.env.PUBLIC_URL}/sign-in\n`,
      appointmentId: appointment.appointmentId,
      aboutStartsAt: startsAt,
      sendAfter: sendAt > now ? sendAt : null,
      dedupeKey: `reminder:${appointment.appointmentId}:her:${startsAt.toISOString()}`,
    });
    return queued.outboxId ? 1 : 0;
  }

  private async remindAdvocates(em: EntityManager, appointment: UpcomingAppointment, now: Date): Promise<number> {
    const startsAt = new Date(appointment.startsAt);
    const sendAt = dayBeforeAtNine(startsAt);
    if (sendAt.getTime() > now.getTime() + 60 * 60_000) return 0;
    let queued = 0;
    for (const advocate of appointment.advocates) {
      const id = await insertOutboxMessage(em, {
        recipient: advocate.email,
        purpose: 'reminder',
        channel: 'email',
        subject: 'A reminder for tomorrow',
        body: `You are going to an appointment with someone tomorrow at ${londonTime(startsAt.toISOString())}.\n\nDetails: ${this.env.PUBLIC_URL}/journeys/${appointment.journeyId}?tab=appointments\n`,
        appointmentId: appointment.appointmentId,
        aboutStartsAt: startsAt,
        sendAfter: sendAt > now ? sendAt : null,
        dedupeKey: `reminder:${appointment.appointmentId}:${advocate.id}:${startsAt.toISOString()}`,
      });
      if (id) queued++;
    }
    return queued;
  }
}

/** 9:00 London time on the day before the appointment (London calendar days, clock changes included). */
export function dayBeforeAtNine(startsAt: Date): Date {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(startsAt);
  const [y, m, d] = day.split('-').map(Number);
  const before = new Date(Date.UTC(y, m - 1, d - 1));
  return londonInstant(before.getUTCFullYear(), before.getUTCMonth() + 1, before.getUTCDate(), ADVOCATE_REMINDER_LONDON_MINUTE);
}
