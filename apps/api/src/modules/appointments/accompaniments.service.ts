import { ConflictException, Injectable } from '@nestjs/common';
import type { AccompanimentView } from '@beside/shared/contracts';
import { Clock } from '../../common/clock';
import { UnitOfWork } from '../../database/unit-of-work';
import { pickChanges, staleVersion, versionedUpdate } from '../../database/versioned-update';
import { AuditWriter } from '../audit';
import type { Actor, RequestOrigin } from '../authz';
import { JourneyRecordAccess } from '../journeys';
import { assertAccompanimentChange } from './appointment-rules';
import {
  assertNoClash,
  deleteAccompanimentAdvocates,
  findAccompaniedAppointment,
  findAccompaniment,
  findAppointmentState,
  getAccompaniment,
  hasAccompaniment,
  insertAccompaniment,
  insertAccompanimentAdvocates,
  requireActiveAdvocates,
} from './appointment.repository';
import { CreateAccompanimentDto, UpdateAccompanimentDto } from './dto/accompaniment.dto';

@Injectable()
export class AccompanimentsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly records: JourneyRecordAccess,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, appointmentId: string, body: CreateAccompanimentDto, origin: RequestOrigin): Promise<AccompanimentView> {
    return this.uow.runAs(actor, async (em) => {
      const scope = await this.records.require(em, actor, 'appointment', appointmentId);
      assertAccompanimentChange(await findAppointmentState(em, appointmentId), body, this.clock.now());
      await requireActiveAdvocates(em, body.advocateIds);
      if (await hasAccompaniment(em, appointmentId)) throw new ConflictException('This appointment already has its accompaniment: change that one.');
      await assertNoClash(em, body.advocateIds, appointmentId);
      const id = await insertAccompaniment(em, { organisationId: actor.organisationId, appointmentId, journeyId: scope.id, userId: actor.userId }, body);
      await this.audit.append(em, actor, origin, [
        { action: 'accompaniment.created', entityType: 'accompaniment', entityId: id, subjectId: scope.serviceUserId, detail: { appointmentId, fields: Object.keys(body) } },
      ]);
      return getAccompaniment(em, id);
    });
  }

  async update(actor: Actor, accompanimentId: string, body: UpdateAccompanimentDto, origin: RequestOrigin): Promise<AccompanimentView> {
    return this.uow.runAs(actor, async (em) => {
      const scope = await this.records.require(em, actor, 'accompaniment', accompanimentId);
      const appointment = await findAccompaniedAppointment(em, accompanimentId);
      assertAccompanimentChange(appointment, body, this.clock.now());
      const { changes, fields } = pickChanges(body, {
        supportLevel: 'support_level',
        timeSpentMinutes: 'time_spent_minutes',
        debrief: 'debrief',
      });
      if (!(await versionedUpdate(em, 'accompaniment', accompanimentId, body.version, changes, actor.userId))) {
        throw staleVersion(await findAccompaniment(em, accompanimentId));
      }
      if (body.advocateIds) {
        await requireActiveAdvocates(em, body.advocateIds);
        await assertNoClash(em, body.advocateIds, appointment.appointmentId);
        await deleteAccompanimentAdvocates(em, accompanimentId);
        await insertAccompanimentAdvocates(em, actor.organisationId, accompanimentId, body.advocateIds);
        fields.push('advocateIds');
      }
      await this.audit.append(em, actor, origin, [
        { action: 'accompaniment.updated', entityType: 'accompaniment', entityId: accompanimentId, subjectId: scope.serviceUserId, detail: { fields } },
      ]);
      return getAccompaniment(em, accompanimentId);
    });
  }
}
