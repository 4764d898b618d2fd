import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import type { AppointmentView } from '@beside/shared/contracts';
import type { Page } from '@beside/shared/util';
import { Clock } from '../../common/clock';
import { decodeCursor } from '../../common/cursor';
import { cutPage } from '../../common/keyset-page';
import { UnitOfWork } from '../../database/unit-of-work';
import { pickChanges, staleVersion, versionedUpdate } from '../../database/versioned-update';
import { AuditWriter, type AuditEntry } from '../audit';
import type { Actor, RequestOrigin } from '../authz';
import { JourneyAccess, JourneyRecordAccess } from '../journeys';
import { assertAccompanimentChange, assertAppointmentChange, assertJourneyTakesAppointments } from './appointment-rules';
import {
  advocatesOf,
  assertAppointmentLength,
  assertNoClash,
  findAppointment,
  findJourneyAppointments,
  findJourneyStatus,
  getAppointment,
  insertAccompaniment,
  insertAppointment,
  insertReplacementAppointment,
  moveAccompaniments,
  requireActiveAdvocates,
} from './appointment.repository';
import { AppointmentListQueryDto, CreateAppointmentDto, RescheduleAppointmentDto, UpdateAppointmentDto } from './dto/appointment.dto';

const COLUMNS: Partial<Record<keyof UpdateAppointmentDto, string>> = {
  professionalRole: 'professional_role',
  professionalOrganisation: 'professional_organisation',
  startsAt: 'starts_at',
  endsAt: 'ends_at',
  location: 'location',
  remote: 'remote',
  purpose: 'purpose',
  status: 'status',
  preparation: 'preparation',
  outcome: 'outcome',
};

@Injectable()
export class AppointmentsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly journeys: JourneyAccess,
    private readonly records: JourneyRecordAccess,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
  ) {}

  /** A journey's appointments, earliest first, a page at a time. */
  async list(actor: Actor, journeyId: string, query: AppointmentListQueryDto, origin: RequestOrigin): Promise<Page<AppointmentView>> {
    const limit = query.limit ?? 50;
    const after = decodeCursor(query.cursor, 2);
    return this.uow.runAs(actor, async (em) => {
      const scope = await this.journeys.require(em, actor, journeyId);
      const rows = await findJourneyAppointments(em, journeyId, after, limit + 1);
      const { page, nextCursor } = cutPage(rows, limit, (r) => new Date(r.startsAt).toISOString());
      await this.audit.append(em, actor, origin, [
        { action: 'appointment.list', entityType: 'appointment', subjectId: scope.serviceUserId, detail: { journeyId, count: page.length, ids: page.map((r) => r.id) } },
      ]);
      return { items: page, nextCursor };
    });
  }

  async read(actor: Actor, appointmentId: string, origin: RequestOrigin): Promise<AppointmentView> {
    return this.uow.runAs(actor, async (em) => {
      const scope = await this.records.require(em, actor, 'appointment', appointmentId);
      const appointment = await getAppointment(em, appointmentId);
      await this.audit.append(em, actor, origin, [
        { action: 'appointment.read', entityType: 'appointment', entityId: appointmentId, subjectId: scope.serviceUserId },
      ]);
      return appointment;
    });
  }

  /**
   * With `accompaniment`, the appointment and its accompaniment are saved together or not at all: a double booking
   * refuses both, so nothing is left half-made.
   */
  async create(actor: Actor, journeyId: string, body: CreateAppointmentDto, origin: RequestOrigin): Promise<AppointmentView> {
    assertAppointmentLength(body.startsAt, body.endsAt);
    const { accompaniment, ...appointment } = body;
    return this.uow.runAs(actor, async (em) => {
      const scope = await this.journeys.require(em, actor, journeyId);
      assertJourneyTakesAppointments(await findJourneyStatus(em, journeyId));
      if (accompaniment) {
        assertAccompanimentChange({ status: 'planned', startsAt: body.startsAt }, accompaniment, this.clock.now());
        await requireActiveAdvocates(em, accompaniment.advocateIds);
      }
      const appointmentId = await insertAppointment(em, {
        organisationId: actor.organisationId,
        journeyId,
        serviceUserId: scope.serviceUserId,
        professionalRole: body.professionalRole,
        professionalOrganisation: body.professionalOrganisation,
        startsAt: body.startsAt,
        endsAt: body.endsAt,
        location: body.location,
        remote: body.remote,
        purpose: body.purpose,
        preparation: body.preparation,
        userId: actor.userId,
      });
      const events: AuditEntry[] = [
        { action: 'appointment.created', entityType: 'appointment', entityId: appointmentId, subjectId: scope.serviceUserId, detail: { journeyId, fields: Object.keys(appointment) } },
      ];
      if (accompaniment) {
        await assertNoClash(em, accompaniment.advocateIds, appointmentId);
        const at = { organisationId: actor.organisationId, appointmentId, journeyId, userId: actor.userId };
        const accompanimentId = await insertAccompaniment(em, at, accompaniment);
        events.push({
          action: 'accompaniment.created', entityType: 'accompaniment', entityId: accompanimentId, subjectId: scope.serviceUserId,
          detail: { appointmentId, fields: Object.keys(accompaniment) }
        });
      }
      await this.audit.append(em, actor, origin, events);
      return getAppointment(em, appointmentId);
    });
  }

  async update(actor: Actor, appointmentId: string, body: UpdateAppointmentDto, origin: RequestOrigin): Promise<AppointmentView> {
    return this.uow.runAs(actor, async (em) => {
      const scope = await this.records.require(em, actor, 'appointment', appointmentId);
      const current = await getAppointment(em, appointmentId);
      if (current.status === 'rescheduled') {
        throw new ConflictException({ message: 'This appointment was rescheduled: change its replacement instead.', current });
      }
      assertAppointmentChange(current, body, this.clock.now());
      const startsAt = body.startsAt ?? new Date(current.startsAt).toISOString();
      const endsAt = body.endsAt ?? new Date(current.endsAt).toISOString();
      if (Date.parse(endsAt) <= Date.parse(startsAt)) throw new BadRequestException([`endsAt must be after startsAt`]);
      assertAppointmentLength(startsAt, endsAt);
      const { changes, fields } = pickChanges(body, COLUMNS);
      if (!(await versionedUpdate(em, 'appointment', appointmentId, body.version, changes, actor.userId))) {
        throw staleVersion(current);
      }
      if (body.startsAt || body.endsAt || body.status) await assertNoClash(em, await advocatesOf(em, appointmentId), appointmentId);
      await this.audit.append(em, actor, origin, [
        { action: 'appointment.updated', entityType: 'appointment', entityId: appointmentId, subjectId: scope.serviceUserId, detail: { fields } },
      ]);
      return await getAppointment(em, appointmentId);
    });
  }

  /** The old appointment becomes `rescheduled` and links to its replacement, made in the same transaction. */
  async reschedule(actor: Actor, appointmentId: string, body: RescheduleAppointmentDto, origin: RequestOrigin): Promise<AppointmentView> {
    assertAppointmentLength(body.startsAt, body.endsAt);
    return this.uow.runAs(actor, async (em) => {
      const scope = await this.records.require(em, actor, 'appointment', appointmentId);
      const current = await getAppointment(em, appointmentId);
      assertJourneyTakesAppointments(await findJourneyStatus(em, current.journeyId));
      if (current.version !== body.version) throw staleVersion(current);
      if (current.status !== 'planned') {
        throw new ConflictException({ message: `Only a planned appointment can be rescheduled; this one is ${current.status}.`, current });
      }
      const replacementId = await insertReplacementAppointment(em, appointmentId, {
        startsAt: body.startsAt,
        endsAt: body.endsAt,
        location: body.location,
        remote: body.remote,
        userId: actor.userId,
      });
      if (!(await versionedUpdate(em, 'appointment', appointmentId, body.version, { status: 'rescheduled', replaced_by_id: replacementId }, actor.userId))) {
        throw staleVersion(await findAppointment(em, appointmentId));
      }
      // The planned accompaniment goes with her to the new time (it had not happened yet), if its advocates are free then.
      const moved = await moveAccompaniments(em, appointmentId, replacementId, actor.userId);
      if (moved.length) await assertNoClash(em, await advocatesOf(em, replacementId), replacementId);
      await this.audit.append(em, actor, origin, [
        { action: 'appointment.updated', entityType: 'appointment', entityId: appointmentId, subjectId: scope.serviceUserId, detail: { fields: ['status', 'replacedById'] } },
        { action: 'appointment.created', entityType: 'appointment', entityId: replacementId, subjectId: scope.serviceUserId, detail: { replaces: appointmentId, fields: Object.keys(body).filter((f) => f !== 'version') } },
        ...moved.map((id) => ({ action: 'accompaniment.updated', entityType: 'accompaniment', entityId: id, subjectId: scope.serviceUserId, detail: { fields: ['appointmentId'] } })),
      ]);
      return getAppointment(em, replacementId);
    });
  }
}
