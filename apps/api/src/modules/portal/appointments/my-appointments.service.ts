import { Injectable } from '@nestjs/common';
import type { MyAppointment, MyAppointments } from '@beside/shared/contracts';
import { Environment } from '../../../config/environment';
import type { Actor, RequestOrigin } from '../../authz';
import { renderCalendar } from '../../calendar';
import { JourneyWork } from '../../journeys';
import { staleVersion, versionedUpdate } from '../../../database/versioned-update';
import { PortalWork } from '../portal-work';
import { UpdateMyPreparationDto } from './dto/my-preparation.dto';
import { existing } from '../../../common/existing';
import { findAppointmentForCalendar, findMyAppointment, findPast, findUpcoming } from './my-appointment.repository';

const sentence = (role: string) => {
  const words = role.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

@Injectable()
export class MyAppointmentsService {
  constructor(
    private readonly portal: PortalWork,
    private readonly work: JourneyWork,
    private readonly env: Environment,
  ) {}

  /** Upcoming (soonest first) and past (latest first), over all her journeys. */
  async list(actor: Actor, origin: RequestOrigin): Promise<MyAppointments> {
    return this.portal.forHer(actor, origin, async (em, serviceUserId, audit) => {
      const upcoming = await findUpcoming(em, serviceUserId);
      const past = await findPast(em, serviceUserId);
      const ids = [...upcoming, ...past].map((a) => a.id);
      await audit({ action: 'appointment.list', entityType: 'appointment', subjectId: serviceUserId, detail: { count: ids.length, ids } });
      return { upcoming, past };
    });
  }

  async read(actor: Actor, appointmentId: string, origin: RequestOrigin): Promise<MyAppointment> {
    return this.work.onRecord(actor, origin, 'appointment', appointmentId, async (em, scope, audit) => {
      const appointment = existing(await findMyAppointment(em, appointmentId), 'appointment');
      await audit({ action: 'appointment.read', entityType: 'appointment', entityId: appointmentId, subjectId: scope.serviceUserId });
      return appointment;
    });
  }

  /** Her own "what I want to say": the one field of an appointment that is hers to write. */
  async updatePreparation(actor: Actor, appointmentId: string, body: UpdateMyPreparationDto, origin: RequestOrigin): Promise<MyAppointment> {
    return this.work.onRecord(actor, origin, 'appointment', appointmentId, async (em, scope, audit) => {
      if (!(await versionedUpdate(em, 'appointment', appointmentId, body.version, { preparation: body.preparation ?? null }, actor.userId))) {
        throw staleVersion(await findMyAppointment(em, appointmentId));
      }
      await audit({ action: 'appointment.updated', entityType: 'appointment', entityId: appointmentId, subjectId: scope.serviceUserId, detail: { fields: ['preparation'] } });
      return existing(await findMyAppointment(em, appointmentId), 'appointment');
    });
  }

  /**
   * One appointment as an .ics file for her own calendar: when, where, with whom and why.
   * Her preparation and the outcome stay out: a phone's calendar can be seen by others.
   */
  async ics(actor: Actor, appointmentId: string, origin: RequestOrigin): Promise<string> {
    return this.work.onRecord(actor, origin, 'appointment', appointmentId, async (em, scope, audit) => {
      const a = existing(await findAppointmentForCalendar(em, appointmentId), 'appointment');
      await audit({ action: 'appointment.export', entityType: 'appointment', entityId: appointmentId, subjectId: scope.serviceUserId, detail: { format: 'ics' } });
      return renderCalendar('Appointment', [
        {
          uid: `${appointmentId}@${new URL(this.env.PUBLIC_URL).host}`,
          start: new Date(a.starts_at),
          end: new Date(a.ends_at),
          summary: `${sentence(a.professional_role)} appointment`,
          location: a.remote ? ['Remote', a.location].filter(Boolean).join(': ') : a.location,
          description: [a.professional_organisation, a.purpose].filter(Boolean).join('\n') || null,
          cancelled: a.status === 'cancelled',
          updatedAt: new Date(a.updated_at),
        },
      ]);
    });
  }
}
