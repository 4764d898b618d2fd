import { ConflictException, Injectable } from '@nestjs/common';
import type { AccompanimentView } from '@beside/shared/contracts';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditWriter } from '../audit/audit-writer';
import type { Actor, RequestOrigin } from '../authz/actor';
import { identityContext } from '../identity/identity-context';
import { JourneyRecordAccess } from '../journeys/journey-record-access';
import { pickChanges, staleVersion, versionedUpdate } from '../journeys/versioned-update';
import { assertNoClash, findAccompaniment, requireActiveAdvocates } from './appointment.repository';
import { CreateAccompanimentDto, UpdateAccompanimentDto } from './dto/accompaniment.dto';

@Injectable()
export class AccompanimentsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly records: JourneyRecordAccess,
    private readonly audit: AuditWriter,
  ) {}

  async create(actor: Actor, appointmentId: string, body: CreateAccompanimentDto, origin: RequestOrigin): Promise<AccompanimentView> {
    return this.uow.run(identityContext(actor), async (em) => {
      const scope = await this.records.require(em, actor, 'appointment', appointmentId);
      await requireActiveAdvocates(em, body.advocateIds);
      const existing: unknown[] = await em.query(`SELECT 1 FROM accompaniment WHERE appointment_id = $1`, [appointmentId]);
      if (existing.length) throw new ConflictException('This appointment already has its accompaniment: change that one.');
      await assertNoClash(em, body.advocateIds, appointmentId);
      const [row]: { id: string }[] = await em.query(
        `INSERT INTO accompaniment (organisation_id, appointment_id, journey_id, support_level, time_spent_minutes, debrief, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
        [actor.organisationId, appointmentId, scope.id, body.supportLevel, body.timeSpentMinutes ?? null, body.debrief ?? null, actor.userId],
      );
      await this.setAdvocates(em, actor.organisationId, row.id, body.advocateIds);
      await this.audit.append(em, actor, origin, [
        { action: 'accompaniment.created', entityType: 'accompaniment', entityId: row.id, subjectId: scope.serviceUserId, detail: { appointmentId, fields: Object.keys(body) } },
      ]);
      return (await findAccompaniment(em, row.id)) as AccompanimentView;
    });
  }

  async update(actor: Actor, accompanimentId: string, body: UpdateAccompanimentDto, origin: RequestOrigin): Promise<AccompanimentView> {
    return this.uow.run(identityContext(actor), async (em) => {
      const scope = await this.records.require(em, actor, 'accompaniment', accompanimentId);
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
        const [{ appointment_id }]: { appointment_id: string }[] = await em.query(`SELECT appointment_id FROM accompaniment WHERE id = $1`, [accompanimentId]);
        await assertNoClash(em, body.advocateIds, appointment_id);
        await em.query(`DELETE FROM accompaniment_advocate WHERE accompaniment_id = $1`, [accompanimentId]);
        await this.setAdvocates(em, actor.organisationId, accompanimentId, body.advocateIds);
        fields.push('advocateIds');
      }
      await this.audit.append(em, actor, origin, [
        { action: 'accompaniment.updated', entityType: 'accompaniment', entityId: accompanimentId, subjectId: scope.serviceUserId, detail: { fields } },
      ]);
      return (await findAccompaniment(em, accompanimentId)) as AccompanimentView;
    });
  }

  private async setAdvocates(em: Parameters<typeof findAccompaniment>[0], organisationId: string, accompanimentId: string, advocateIds: string[]): Promise<void> {
    await em.query(
      `INSERT INTO accompaniment_advocate (accompaniment_id, advocate_id, organisation_id) SELECT $1, id, $3 FROM unnest($2::uuid[]) AS id`,
      [accompanimentId, advocateIds, organisationId],
    );
  }
}
