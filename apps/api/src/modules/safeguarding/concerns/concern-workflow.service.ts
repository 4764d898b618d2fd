import { BadRequestException, ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { CONCERN_TRANSITIONS, type ConcernDetail, type StaffMember } from '@beside/shared/contracts';
import { Clock } from '../../../common/clock';
import { UnitOfWork } from '../../../database/unit-of-work';
import { staleVersion } from '../../../database/versioned-update';
import { AuditWriter } from '../../audit';
import type { Actor, RequestOrigin } from '../../authz';
import {
  canOwnAction,
  findConcernDetail,
  findEligibleActionOwners,
  getConcernDetail,
  insertConcernAction,
  insertConcernEvent,
  markConcernActionDone,
  updateConcernStatus,
} from './concern.repository';
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
    return this.uow.runAs(actor, async (em) => {
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
      const fields = ['status', 'note'];
      if (body.severity) fields.push('severity');
      if (body.referredTo) fields.push('referredTo');
      if (body.to === 'closed') fields.push('outcome', 'outcomeForRaiser');
      const moved = await updateConcernStatus(em, {
        concernId,
        version: body.version,
        to: body.to,
        at: now,
        by: actor.userId,
        severity: body.severity || undefined,
        referredTo: body.referredTo ? body.referredTo.trim() : undefined,
        outcome: body.outcome?.trim(),
        outcomeForRaiser: body.outcomeForRaiser?.trim(),
      });
      if (!moved) throw staleVersion(await findConcernDetail(em, concernId, now));
      await insertConcernEvent(em, {
        organisationId: actor.organisationId,
        concernId,
        from: current.status,
        to: body.to,
        note: body.note.trim(),
        at: now,
        by: actor.userId,
      });
      await this.audit.append(em, actor, origin, [
        {
          action: 'concern.updated',
          entityType: 'concern',
          entityId: concernId,
          subjectId: current.serviceUserId,
          detail: { fields, from: current.status, to: body.to, ...confidentiality([current]) },
        },
      ]);
      return getConcernDetail(em, concernId, now);
    });
  }

  async addAction(actor: Actor, concernId: string, body: AddConcernActionDto, origin: RequestOrigin): Promise<ConcernDetail> {
    return this.uow.runAs(actor, async (em) => {
      const current = await this.concerns.requireVisible(em, actor, concernId);
      if (current.status === 'closed') throw new ConflictException({ message: 'This concern is closed: reopen it as a new concern to act on it.', current });
      if (!(await canOwnAction(em, concernId, body.ownerId))) {
        throw new BadRequestException(['ownerId must be an active advocate or manager who can see this concern (not the person it is about)']);
      }
      const actionId = await insertConcernAction(em, {
        organisationId: actor.organisationId,
        concernId,
        description: body.description.trim(),
        ownerId: body.ownerId,
        dueOn: body.dueOn,
        at: this.clock.now(),
        by: actor.userId,
      });
      await this.audit.append(em, actor, origin, [
        {
          action: 'concern_action.created',
          entityType: 'concern_action',
          entityId: actionId,
          subjectId: current.serviceUserId,
          detail: { concernId, fields: ['description', 'ownerId', 'dueOn'], ownerId: body.ownerId, ...confidentiality([current]) },
        },
      ]);
      return getConcernDetail(em, concernId, this.clock.now());
    });
  }

  /** Who may own an action on this concern: the people the check in addAction accepts, by name. */
  async eligibleOwners(actor: Actor, concernId: string, origin: RequestOrigin): Promise<StaffMember[]> {
    return this.uow.runAs(actor, async (em) => {
      await this.concerns.requireVisible(em, actor, concernId);
      const owners = await findEligibleActionOwners(em, concernId);
      await this.audit.append(em, actor, origin, [
        { action: 'staff.list', entityType: 'concern', entityId: concernId, detail: { count: owners.length, purpose: 'action_owners' } },
      ]);
      return owners;
    });
  }

  async completeAction(actor: Actor, concernId: string, actionId: string, body: CompleteConcernActionDto, origin: RequestOrigin): Promise<ConcernDetail> {
    return this.uow.runAs(actor, async (em) => {
      const current = await this.concerns.requireVisible(em, actor, concernId);
      const action = current.actions.find((a) => a.id === actionId);
      if (!action) throw new BadRequestException(['actionId is not an action of this concern']);
      if (actor.role !== 'manager' && action.owner.id !== actor.userId) {
        throw new ForbiddenException('Only the action’s owner or a manager can mark it done.');
      }
      const now = this.clock.now();
      if (!(await markConcernActionDone(em, actionId, now, actor.userId, body.note?.trim() || null))) throw new ConflictException({ message: 'This action is already done.', current });
      await this.audit.append(em, actor, origin, [
        {
          action: 'concern_action.updated',
          entityType: 'concern_action',
          entityId: actionId,
          subjectId: current.serviceUserId,
          detail: { concernId, fields: body.note ? ['done', 'note'] : ['done'], ...confidentiality([current]) },
        },
      ]);
      return getConcernDetail(em, concernId, now);
    });
  }
}
