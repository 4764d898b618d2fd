import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import type { AppointmentView } from '@beside/shared/contracts';
import type { Page } from '@beside/shared/util';
import { decodeCursor, encodeCursor } from '../../common/cursor';
import { changedRows } from '../../database/changed-rows';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditWriter } from '../audit/audit-writer';
import type { Actor, RequestOrigin } from '../authz/actor';
import { identityContext } from '../identity/identity-context';
import { JourneyAccess } from '../journeys/journey-access';
import { JourneyRecordAccess } from '../journeys/journey-record-access';
import { pickChanges, staleVersion, versionedUpdate } from '../journeys/versioned-update';
import { advocatesOf, APPOINTMENT_SELECT, assertAppointmentLength, assertNoClash, findAppointment } from './appointment.repository';
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
  ) {}

  /** A journey's appointments, earliest first, a page at a time. */
  async list(actor: Actor, journeyId: string, query: AppointmentListQueryDto, origin: RequestOrigin): Promise<Page<AppointmentView>> {
    const limit = query.limit ?? 50;
    const after = decodeCursor(query.cursor, 2);
    return this.uow.run(identityContext(actor), async (em) => {
      const scope = await this.journeys.require(em, actor, journeyId);
      const rows: AppointmentView[] = await em.query(
        `${APPOINTMENT_SELECT}
         WHERE a.journey_id = $1 AND ($2::timestamptz IS NULL OR (a.starts_at, a.id) > ($2::timestamptz, $3::uuid))
         ORDER BY a.starts_at, a.id LIMIT $4`,
        [journeyId, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
      );
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      await this.audit.append(em, actor, origin, [
        { action: 'appointment.list', entityType: 'appointment', subjectId: scope.serviceUserId, detail: { journeyId, count: page.length, ids: page.map((r) => r.id) } },
      ]);
      return { items: page, nextCursor: rows.length > limit && last ? encodeCursor([new Date(last.startsAt).toISOString(), last.id]) : null };
    });
  }

  async read(actor: Actor, appointmentId: string, origin: RequestOrigin): Promise<AppointmentView> {
    return this.uow.run(identityContext(actor), async (em) => {
      const scope = await this.records.require(em, actor, 'appointment', appointmentId);
      const appointment = (await findAppointment(em, appointmentId)) as AppointmentView;
      await this.audit.append(em, actor, origin, [
        { action: 'appointment.read', entityType: 'appointment', entityId: appointmentId, subjectId: scope.serviceUserId },
      ]);
      return appointment;
    });
  }

  async create(actor: Actor, journeyId: string, body: CreateAppointmentDto, origin: RequestOrigin): Promise<AppointmentView> {
    assertAppointmentLength(body.startsAt, body.endsAt);
    return this.uow.run(identityContext(actor), async (em) => {
      const scope = await this.journeys.require(em, actor, journeyId);
      const [row]: { id: string }[] = await em.query(
        `INSERT INTO appointment (organisation_id, journey_id, service_user_id, professional_role, professional_organisation,
                                  starts_at, ends_at, location, remote, purpose, preparation, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id`,
        [
          actor.organisationId, journeyId, scope.serviceUserId, body.professionalRole, body.professionalOrganisation ?? null,
          body.startsAt, body.endsAt, body.location ?? null, body.remote ?? false, body.purpose ?? null, body.preparation ?? null, actor.userId,
        ],
      );
      await this.audit.append(em, actor, origin, [
        { action: 'appointment.created', entityType: 'appointment', entityId: row.id, subjectId: scope.serviceUserId, detail: { journeyId, fields: Object.keys(body) } },
      ]);
      return (await findAppointment(em, row.id)) as AppointmentView;
    });
  }

  async update(actor: Actor, appointmentId: string, body: UpdateAppointmentDto, origin: RequestOrigin): Promise<AppointmentView> {
    return this.uow.run(identityContext(actor), async (em) => {
      const scope = await this.records.require(em, actor, 'appointment', appointmentId);
      const current = (await findAppointment(em, appointmentId)) as AppointmentView;
      if (current.status === 'rescheduled') {
        throw new ConflictException({ message: 'This appointment was rescheduled: change its replacement instead.', current });
      }
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
      return (await findAppointment(em, appointmentId)) as AppointmentView;
    });
  }

  /** The old appointment becomes `rescheduled` and links to its replacement, made in the same transaction. */
  async reschedule(actor: Actor, appointmentId: string, body: RescheduleAppointmentDto, origin: RequestOrigin): Promise<AppointmentView> {
    assertAppointmentLength(body.startsAt, body.endsAt);
    return this.uow.run(identityContext(actor), async (em) => {
      const scope = await this.records.require(em, actor, 'appointment', appointmentId);
      const current = (await findAppointment(em, appointmentId)) as AppointmentView;
      if (current.version !== body.version) throw staleVersion(current);
      if (current.status !== 'planned') {
        throw new ConflictException({ message: `Only a planned appointment can be rescheduled; this one is ${current.status}.`, current });
      }
      const [replacement]: { id: string }[] = await em.query(
        `INSERT INTO appointment (organisation_id, journey_id, service_user_id, professional_role, professional_organisation,
                                  starts_at, ends_at, location, remote, purpose, preparation, created_by, updated_by)
         SELECT organisation_id, journey_id, service_user_id, professional_role, professional_organisation,
                $2, $3, CASE WHEN $4::boolean THEN $5 ELSE location END, coalesce($6, remote), purpose, preparation, $7, $7
         FROM appointment WHERE id = $1 RETURNING id`,
        [appointmentId, body.startsAt, body.endsAt, body.location !== undefined, body.location ?? null, body.remote ?? null, actor.userId],
      );
      if (!(await versionedUpdate(em, 'appointment', appointmentId, body.version, { status: 'rescheduled', replaced_by_id: replacement.id }, actor.userId))) {
        throw staleVersion(await findAppointment(em, appointmentId));
      }
      // The planned accompaniment goes with her to the new time (it had not happened yet), if its advocates are free then.
      const moved = await changedRows<{ id: string }>(
        em,
        `UPDATE accompaniment SET appointment_id = $2, version = version + 1, updated_at = now(), updated_by = $3 WHERE appointment_id = $1 RETURNING id`,
        [appointmentId, replacement.id, actor.userId],
      );
      if (moved.length) await assertNoClash(em, await advocatesOf(em, replacement.id), replacement.id);
      await this.audit.append(em, actor, origin, [
        { action: 'appointment.updated', entityType: 'appointment', entityId: appointmentId, subjectId: scope.serviceUserId, detail: { fields: ['status', 'replacedById'] } },
        { action: 'appointment.created', entityType: 'appointment', entityId: replacement.id, subjectId: scope.serviceUserId, detail: { replaces: appointmentId, fields: Object.keys(body).filter((f) => f !== 'version') } },
        ...moved.map((m) => ({ action: 'accompaniment.updated', entityType: 'accompaniment', entityId: m.id, subjectId: scope.serviceUserId, detail: { fields: ['appointmentId'] } })),
      ]);
      return (await findAppointment(em, replacement.id)) as AppointmentView;
    });
  }
}
