import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import type { JourneyDetail, JourneyStatus } from '@beside/shared/contracts';
import { existing } from '../../common/existing';
import { UnitOfWork } from '../../database/unit-of-work';
import { type AuditEntry, AuditWriter } from '../audit';
import type { Actor, RequestOrigin } from '../authz';
import { insertServiceUser, ServiceUserAccess } from '../service-users';
import { IntakeDto } from './dto/intake.dto';
import { StatusChangeDto, UpdateJourneyDto } from './dto/journey-update.dto';
import { JourneyAccess } from './journey.access';
import { requireActiveAdvocates } from './active-advocates';
import { findJourneyDetail, hasOpenJourney, insertJourney, insertStatusChange } from './journey.repository';
import { pickChanges, staleVersion, versionedUpdate } from '../../database/versioned-update';

// Where a journey may go next. Closing can step back to active; a closed journey reopens to active.
const NEXT: Record<JourneyStatus, JourneyStatus[]> = {
  referred: ['active', 'closed'],
  active: ['closing'],
  closing: ['active', 'closed'],
  closed: ['active'],
};

@Injectable()
export class JourneyLifecycleService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: JourneyAccess,
    private readonly serviceUsers: ServiceUserAccess,
    private readonly audit: AuditWriter,
  ) {}

  /** Intake: the service user (new or known), the referral and the journey, in one transaction. */
  async intake(actor: Actor, body: IntakeDto, origin: RequestOrigin): Promise<JourneyDetail> {
    if (body.serviceUserId && body.serviceUser) throw new BadRequestException(['serviceUser must not be sent with serviceUserId']);
    if (body.secondaryAdvocateId && body.secondaryAdvocateId === body.primaryAdvocateId) {
      throw new BadRequestException(['secondaryAdvocateId must be a different advocate from primaryAdvocateId']);
    }
    if (actor.role === 'advocate' && actor.userId !== body.primaryAdvocateId && actor.userId !== body.secondaryAdvocateId) {
      throw new BadRequestException(['primaryAdvocateId: an advocate takes a referral onto her own caseload; a manager allocates to others']);
    }
    return this.uow.runAs(actor, async (em) => {
      await requireActiveAdvocates(em, body);
      let serviceUserId = body.serviceUserId;
      const events: AuditEntry[] = [];
      if (serviceUserId) {
        await this.serviceUsers.require(em, actor, serviceUserId);
        if (await hasOpenJourney(em, serviceUserId)) throw new ConflictException('She already has an open journey: continue that one, or close it before a new referral.');
      } else {
        // The DTO requires one of the two; this only tells the compiler so.
        if (!body.serviceUser) throw new BadRequestException(['serviceUser is required when serviceUserId is not given']);
        serviceUserId = await insertServiceUser(em, actor.organisationId, actor.userId, body.serviceUser);
        events.push({ action: 'service_user.created', entityType: 'service_user', entityId: serviceUserId, subjectId: serviceUserId, detail: { fields: Object.keys(body.serviceUser) } });
      }
      const journeyId = await insertJourney(em, {
        organisationId: actor.organisationId,
        serviceUserId,
        referralSource: body.referralSource,
        referralDate: body.referralDate,
        referralReason: body.referralReason.trim(),
        primaryAdvocateId: body.primaryAdvocateId,
        secondaryAdvocateId: body.secondaryAdvocateId ?? null,
        createdBy: actor.userId,
      });
      events.push({
        action: 'journey.created',
        entityType: 'journey',
        entityId: journeyId,
        subjectId: serviceUserId,
        detail: { fields: ['referralSource', 'referralDate', 'referralReason', 'primaryAdvocateId', ...(body.secondaryAdvocateId ? ['secondaryAdvocateId'] : [])] },
      });
      await this.audit.append(em, actor, origin, events);
      return existing(await findJourneyDetail(em, journeyId), 'journey');
    });
  }

  async update(actor: Actor, journeyId: string, body: UpdateJourneyDto, origin: RequestOrigin): Promise<JourneyDetail> {
    return this.uow.runAs(actor, async (em) => {
      const scope = await this.access.require(em, actor, journeyId);
      const { changes, fields } = pickChanges(body, {
        planReviewDate: 'plan_review_date',
        referralSource: 'referral_source',
        referralDate: 'referral_date',
        referralReason: 'referral_reason',
      });
      if (!(await versionedUpdate(em, 'journey', journeyId, body.version, changes, actor.userId))) {
        throw staleVersion(await findJourneyDetail(em, journeyId));
      }
      await this.audit.append(em, actor, origin, [
        { action: 'journey.updated', entityType: 'journey', entityId: journeyId, subjectId: scope.serviceUserId, detail: { fields } },
      ]);
      return existing(await findJourneyDetail(em, journeyId), 'journey');
    });
  }

  async changeStatus(actor: Actor, journeyId: string, body: StatusChangeDto, origin: RequestOrigin): Promise<JourneyDetail> {
    const closing = body.status === 'closed';
    const missing = [
      ...(closing && !body.outcome ? ['outcome is required to close a journey'] : []),
      ...(closing && !body.reason?.trim() ? ['reason is required to close a journey'] : []),
      ...(!closing && body.outcome ? ['outcome is only for closing a journey'] : []),
    ];
    if (missing.length) throw new BadRequestException(missing);
    return this.uow.runAs(actor, async (em) => {
      const scope = await this.access.require(em, actor, journeyId);
      const current = existing(await findJourneyDetail(em, journeyId), 'journey');
      if (current.version !== body.version) throw staleVersion(current);
      if (!NEXT[current.status].includes(body.status)) {
        const allowed = NEXT[current.status].join(' or ');
        throw new ConflictException({
          message: `${/^[aeiou]/.test(current.status) ? 'An' : 'A'} ${current.status} journey cannot move to ${body.status}; it can move to ${allowed}.`,
          current,
        });
      }
      const changes: Record<string, unknown> = closing
        ? { status: 'closed', closed_at: new Date(), closure_outcome: body.outcome, closure_reason: body.reason?.trim() }
        : { status: body.status, closed_at: null, closure_outcome: null, closure_reason: null };
      if (!(await versionedUpdate(em, 'journey', journeyId, body.version, changes, actor.userId))) {
        throw staleVersion(await findJourneyDetail(em, journeyId));
      }
      await insertStatusChange(em, {
        organisationId: actor.organisationId,
        journeyId,
        from: current.status,
        to: body.status,
        reason: body.reason?.trim() || null,
        changedBy: actor.userId,
      });
      await this.audit.append(em, actor, origin, [
        {
          action: 'journey.updated',
          entityType: 'journey',
          entityId: journeyId,
          subjectId: scope.serviceUserId,
          detail: { fields: closing ? ['status', 'closureOutcome', 'closureReason'] : ['status'], from: current.status, to: body.status },
        },
      ]);
      return existing(await findJourneyDetail(em, journeyId), 'journey');
    });
  }
}
