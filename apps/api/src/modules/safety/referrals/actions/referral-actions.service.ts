import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MultiAgencyReferralView } from '@beside/shared/contracts';
import type { AuditNow } from '../../../audit';
import type { Actor, RequestOrigin } from '../../../authz';
import type { JourneyInScope } from '../../../journeys';
import type { AddReferralActionDto, UpdateReferralActionDto } from '../dto/referral-action.dto';
import { findReferral, type ReferralRow } from '../multi-agency-referral.repository';
import { MultiAgencyReferralsService } from '../multi-agency-referrals.service';
import { keptFromHer } from '../kept-from-her';
import { CLOSED_REFERRAL } from '../referral-status';
import { SafetyRecordWork } from '../safety-record-work';
import { findActionOf, insertAction, isActiveStaffMember, updateAction } from './referral-action.repository';

const OWNER = 'ownerId must be an active advocate or manager in your organisation';
const COLUMNS = { description: 'description', ownerId: 'owner_id', dueOn: 'due_on', doneOn: 'done_on' } as const;

/** Actions for us agreed on a referral (at a MARAC, in an enquiry): each with its owner and due date, and when done. */
@Injectable()
export class ReferralActionsService {
  constructor(
    private readonly work: SafetyRecordWork,
    private readonly referrals: MultiAgencyReferralsService,
  ) {}

  add(actor: Actor, referralId: string, body: AddReferralActionDto, origin: RequestOrigin): Promise<MultiAgencyReferralView> {
    return this.onReferral(actor, referralId, origin, async (em, journey, row, audit) => {
      if (row.status === 'closed') throw new ConflictException({ message: CLOSED_REFERRAL, current: await this.referrals.view(em, referralId) });
      if (!(await isActiveStaffMember(em, body.ownerId))) throw new BadRequestException([OWNER]);
      const actionId = await insertAction(em, { organisationId: actor.organisationId, referralId, description: body.description, ownerId: body.ownerId, dueOn: body.dueOn, userId: actor.userId });
      await audit({
        action: 'multi_agency_referral.action_added',
        entityType: 'multi_agency_referral',
        entityId: referralId,
        subjectId: journey.serviceUserId,
        detail: { actionId, ownerId: body.ownerId, dueOn: body.dueOn, ...keptFromHer(row.heldBackFromHer) },
      });
      return this.referrals.view(em, referralId);
    });
  }

  /** Done (or not after all) at any time; what, who and when only while the referral is open. */
  update(actor: Actor, referralId: string, actionId: string, body: UpdateReferralActionDto, origin: RequestOrigin): Promise<MultiAgencyReferralView> {
    return this.onReferral(actor, referralId, origin, async (em, journey, row, audit) => {
      if (!(await findActionOf(em, referralId, actionId))) throw new NotFoundException('Action not found');
      const fields = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).filter((f) => body[f] !== undefined);
      if (!fields.length) throw new BadRequestException(['Send doneOn, or the description, ownerId or dueOn to change']);
      if (row.status === 'closed' && fields.some((f) => f !== 'doneOn')) {
        throw new ConflictException({ message: `${CLOSED_REFERRAL} Its actions can only be marked done.`, current: await this.referrals.view(em, referralId) });
      }
      if (body.doneOn && body.doneOn > this.referrals.today()) throw new BadRequestException(['doneOn must not be in the future']);
      if (body.ownerId && !(await isActiveStaffMember(em, body.ownerId))) throw new BadRequestException([OWNER]);
      await updateAction(em, actionId, Object.fromEntries(fields.map((f) => [COLUMNS[f], body[f]])));
      await audit({ action: 'multi_agency_referral.action_updated', entityType: 'multi_agency_referral', entityId: referralId, subjectId: journey.serviceUserId, detail: { actionId, fields, ...keptFromHer(row.heldBackFromHer) } });
      return this.referrals.view(em, referralId);
    });
  }

  private onReferral<T>(
    actor: Actor,
    referralId: string,
    origin: RequestOrigin,
    task: (em: EntityManager, journey: JourneyInScope, row: ReferralRow, audit: AuditNow) => Promise<T>,
  ): Promise<T> {
    return this.work.onRecord(actor, origin, 'multi_agency_referral', referralId, async (em, journey, audit) => {
      const row = await findReferral(em, referralId);
      if (!row) throw new ConflictException('This referral is gone.');
      return task(em, journey, row, audit);
    });
  }
}
