import { Injectable } from '@nestjs/common';
import type { MyAppointment, MyAppointments } from '@beside/shared/contracts';
import { Environment } from '../../../config/environment';
import { UnitOfWork } from '../../../database/unit-of-work';
import { AuditWriter } from '../../audit';
import type { Actor, RequestOrigin } from '../../authz';
import { renderCalendar } from '../../calendar';
import { JourneyRecordAccess } from '../../journeys';
import { staleVersion, versionedUpdate } from '../../../database/versioned-update';
import { PortalScope } from '../portal.access';
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
    private readonly uow: UnitOfWork,
    private readonly scope: PortalScope,
    private readonly records: JourneyRecordAccess,
    private readonly audit: AuditWriter,
    private readonly env: Environment,
  ) {}

  /** Upcoming (soonest first) and past (latest first), over all her journeys. */
  async list(actor: Actor, origin: RequestOrigin): Promise<MyAppointments> {
    return this.uow.runAs(actor, async (em) => {
      const serviceUserId = await this.scope.serviceUser(em, actor);
      const upcoming = await findUpcoming(em, serviceUserId);
      const past = await findPast(em, serviceUserId);
      const ids = [...upcoming, ...past].map((a) => a.id);
      await this.audit.append(em, actor, origin, [
        { action: 'appointment.list', entityType: 'appointment', subjectId: serviceUserId, detail: { count: ids.length, ids } },
      ]);
      return { upcoming, past };
    });
  }

  async read(actor: Actor, appointmentId: string, origin: RequestOrigin): Promise<MyAppointment> {
    return this.uow.runAs(actor, async (em) => {
      const scope = await this.records.require(em, actor, 'appointment', appointmentId);
      const appointment = existing(await findMyAppointment(em, appointmentId), 'appointment');
      await this.audit.append(em, actor, origin, [
        { action: 'appointment.read', entityType: 'appointment', entityId: appointmentId, subjectId: scope.serviceUserId },
      ]);
      return appointment;
    });
  }

  /** Her own "what I want to say": the one field of an appointment that is hers to write. */
  async updatePreparation(actor: Actor, appointmentId: string, body: UpdateMyPreparationDto, origin: RequestOrigin): Promise<MyAppointment> {
    return this.uow.runAs(actor, async (em) => {
      const scope = await this.records.require(em, actor, 'appointment', appointmentId);
      if (!(await versionedUpdate(em, 'appointment', appointmentId, body.version, { preparation: body.preparation ?? null }, actor.userId))) {
        throw staleVersion(await findMyAppointment(em, appointmentId));
      }
      await this.audit.append(em, actor, origin, [
        { action: 'appointment.updated', entityType: 'appointment', entityId: appointmentId, subjectId: scope.serviceUserId, detail: { fields: ['preparation'] } },
      ]);
      return existing(await findMyAppointment(em, appointmentId), 'appointment');
    });
  }

  /**
   * One appointment as an .ics file for her own calendar: when, where, with whom and why.
   * Her preparation and the outcome stay out: a phone's calendar can be seen by others.
   */
  async ics(actor: Actor, appointmentId: string, origin: RequestOrigin): Promise<string> {
    return this.uow.runAs(actor, async (em) => {
      const scope = await this.records.require(em, actor, 'appointment', appointmentId);
      const a = existing(await findAppointmentForCalendar(em, appointmentId), 'appointment');
      await this.audit.append(em, actor, origin, [
        { action: 'appointment.export', entityType: 'appointment', entityId: appointmentId, subjectId: scope.serviceUserId, detail: { format: 'ics' } },
      ]);
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
