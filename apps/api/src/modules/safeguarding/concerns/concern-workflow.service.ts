import { BadRequestException, ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { CONCERN_TRANSITIONS, type ConcernDetail } from '@beside/shared/contracts';
import { Clock } from '../../../common/clock';
import { changedRows } from '../../../database/changed-rows';
import { UnitOfWork } from '../../../database/unit-of-work';
import { AuditWriter } from '../../audit/audit-writer';
import type { Actor, RequestOrigin } from '../../authz/actor';
import { identityContext } from '../../identity/identity-context';
import { staleVersion } from '../../journeys/versioned-update';
import { findConcernDetail } from './concern.repository';
import { VISIBLE_TO_STAFF_MEMBER } from './concern-visibility';
import { ConcernsService, confidentiality } from './concerns.service';
import { AddConcernActionDto, CompleteConcernActionDto, ConcernTransitionDto } from './dto/concern.dto';

/** Moving a concern through raised → triaged → action → referred → closed, and its actions. */
@Injectable()
export class ConcernWorkflowService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly concerns: ConcernsService,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
  ) {}

  async transition(actor: Actor, concernId: string, body: ConcernTransitionDto, origin: RequestOrigin): Promise<ConcernDetail> {
    const errors = [
      ...(body.to === 'referred' && !body.referredTo ? ['referredTo is required to refer a concern: who it was referred to'] : []),
      ...(body.to === 'closed' && !body.outcome ? ['outcome is required to close a concern'] : []),
      ...(body.to === 'closed' && !body.outcomeForRaiser ? ['outcomeForRaiser is required to close a concern: what the person who raised it is told'] : []),
      ...(body.to !== 'triaged' && body.severity ? ['severity can only be set at triage'] : []),
      ...(body.to !== 'referred' && body.referredTo ? ['referredTo is only for referring a concern'] : []),
      ...(body.to !== 'closed' && (body.outcome || body.outcomeForRaiser) ? ['outcome and outcomeForRaiser are only for closing a concern'] : []),
    ];
    if (errors.length) throw new BadRequestException(errors);
    return this.uow.run(identityContext(actor), async (em) => {
      const current = await this.concerns.requireVisible(em, actor, concernId);
      if (current.version !== body.version) throw staleVersion(current);
      if (!CONCERN_TRANSITIONS[current.status].includes(body.to)) {
        const next = CONCERN_TRANSITIONS[current.status];
        throw new ConflictException({
          message: next.length
            ? `A ${current.status} concern cannot move to ${body.to}; it can move to ${next.join(' or ')}.`
            : `This concern is closed; it cannot move to ${body.to}.`,
          current,
        });
      }
      const now = this.clock.now();
      const sets: string[] = ['status = $3', 'version = version + 1', 'updated_at = $4', 'updated_by = $5'];
      const params: unknown[] = [concernId, body.version, body.to, now, actor.userId];
      const set = (column: string, value: unknown) => {
        params.push(value);
        sets.push(`${column} = $${params.length}`);
      };
      const fields = ['status', 'note'];
      if (body.to === 'triaged') set('triaged_at', now);
      if (body.severity) {
        set('severity', body.severity);
        fields.push('severity');
      }
      if (body.referredTo) {
        set('referred_to', body.referredTo.trim());
        fields.push('referredTo');
      }
      if (body.to === 'closed') {
        set('closed_at', now);
        set('outcome', body.outcome?.trim());
        set('outcome_for_raiser', body.outcomeForRaiser?.trim());
        fields.push('outcome', 'outcomeForRaiser');
      }
      const updated = await changedRows(em, `UPDATE concern SET ${sets.join(', ')} WHERE id = $1 AND version = $2 RETURNING id`, params);
      if (!updated.length) throw staleVersion(await findConcernDetail(em, concernId, now));
      await em.query(
        `INSERT INTO concern_event (organisation_id, concern_id, from_status, to_status, note, changed_at, changed_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [actor.organisationId, concernId, current.status, body.to, body.note.trim(), now, actor.userId],
      );
      await this.audit.append(em, actor, origin, [
        {
          action: 'concern.updated',
          entityType: 'concern',
          entityId: concernId,
          subjectId: current.serviceUserId,
          detail: { fields, from: current.status, to: body.to, ...confidentiality([current]) },
        },
      ]);
      return (await findConcernDetail(em, concernId, now)) as ConcernDetail;
    });
  }

  async addAction(actor: Actor, concernId: string, body: AddConcernActionDto, origin: RequestOrigin): Promise<ConcernDetail> {
    return this.uow.run(identityContext(actor), async (em) => {
      const current = await this.concerns.requireVisible(em, actor, concernId);
      if (current.status === 'closed') throw new ConflictException({ message: 'This concern is closed: reopen it as a new concern to act on it.', current });
      const owner: unknown[] = await em.query(`SELECT 1 FROM concern c WHERE c.id = $1 AND EXISTS (${VISIBLE_TO_STAFF_MEMBER})`, [concernId, body.ownerId]);
      if (!owner.length) {
        throw new BadRequestException(['ownerId must be an active advocate or manager who can see this concern (not the person it is about)']);
      }
      const [action]: { id: string }[] = await em.query(
        `INSERT INTO concern_action (organisation_id, concern_id, description, owner_id, due_on, created_at, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [actor.organisationId, concernId, body.description.trim(), body.ownerId, body.dueOn, this.clock.now(), actor.userId],
      );
      await this.audit.append(em, actor, origin, [
        {
          action: 'concern_action.created',
          entityType: 'concern_action',
          entityId: action.id,
          subjectId: current.serviceUserId,
          detail: { concernId, fields: ['description', 'ownerId', 'dueOn'], ownerId: body.ownerId, ...confidentiality([current]) },
        },
      ]);
      return (await findConcernDetail(em, concernId, this.clock.now())) as ConcernDetail;
    });
  }

  async completeAction(actor: Actor, concernId: string, actionId: string, body: CompleteConcernActionDto, origin: RequestOrigin): Promise<ConcernDetail> {
    return this.uow.run(identityContext(actor), async (em) => {
      const current = await this.concerns.requireVisible(em, actor, concernId);
      const action = current.actions.find((a) => a.id === actionId);
      if (!action) throw new BadRequestException(['actionId is not an action of this concern']);
      if (actor.role !== 'manager' && action.owner.id !== actor.userId) {
        throw new ForbiddenException('Only the action’s owner or a manager can mark it done.');
      }
      const now = this.clock.now();
      const done = await changedRows(
        em,
        `UPDATE concern_action SET done_at = $2, done_by = $3, done_note = $4 WHERE id = $1 AND done_at IS NULL RETURNING id`,
        [actionId, now, actor.userId, body.note?.trim() || null],
      );
      if (!done.length) throw new ConflictException({ message: 'This action is already done.', current });
      await this.audit.append(em, actor, origin, [
        {
          action: 'concern_action.updated',
          entityType: 'concern_action',
          entityId: actionId,
          subjectId: current.serviceUserId,
          detail: { concernId, fields: body.note ? ['done', 'note'] : ['done'], ...confidentiality([current]) },
        },
      ]);
      return (await findConcernDetail(em, concernId, now)) as ConcernDetail;
    });
  }
}
