import { BadRequestException, Injectable } from '@nestjs/common';
import type { AdvocateCaseload, JourneyDetail } from '@beside/shared/contracts';
import { Clock } from '../../../common/clock';
import { existing } from '../../../common/existing';
import { staleVersion, versionedUpdate } from '../../../database/versioned-update';
import type { Actor, RequestOrigin } from '../../authz';
import { findJourneyDetail, JourneyWork, requireActiveAdvocates } from '../../journeys';
import { notifyUsers } from '../../notifications';
import { findCaseloadSizes, findJourneyAllocation } from './allocation.repository';
import { ReassignAdvocatesDto } from './dto/reassign-advocates.dto';

@Injectable()
export class AllocationService {
  constructor(
    private readonly work: JourneyWork,
    private readonly clock: Clock,
  ) {}

  caseloads(actor: Actor, origin: RequestOrigin): Promise<AdvocateCaseload[]> {
    return this.work.run(actor, origin, async (em, audit) => {
      const sizes = await findCaseloadSizes(em, this.clock.now());
      await audit({ action: 'allocation.read', entityType: 'caseload', detail: { advocates: sizes.length } });
      return sizes;
    });
  }

  /** A manager moves a journey to other advocates: audited with the reason, and every advocate involved is told. */
  async reassign(actor: Actor, journeyId: string, body: ReassignAdvocatesDto, origin: RequestOrigin): Promise<JourneyDetail> {
    if (body.secondaryAdvocateId && body.secondaryAdvocateId === body.primaryAdvocateId) {
      throw new BadRequestException(['secondaryAdvocateId must be a different advocate from primaryAdvocateId']);
    }
    return this.work.onJourney(actor, origin, journeyId, async (em, scope, audit) => {
      const wanted = await requireActiveAdvocates(em, body);
      const before = await findJourneyAllocation(em, journeyId);
      if (before.status === 'closed') throw new BadRequestException(['This journey is closed: reopen it before reassigning it']);
      const changes = { primary_advocate_id: body.primaryAdvocateId, secondary_advocate_id: body.secondaryAdvocateId };
      if (!(await versionedUpdate(em, 'journey', journeyId, body.version, changes, actor.userId))) {
        throw staleVersion(await findJourneyDetail(em, journeyId));
      }
      const previous = [before.primaryAdvocateId, before.secondaryAdvocateId].filter((a): a is string => !!a);
      const added = wanted.filter((a) => !previous.includes(a));
      const removed = previous.filter((a) => !wanted.includes(a));
      const roleChanged = before.primaryAdvocateId !== body.primaryAdvocateId ? [before.primaryAdvocateId, body.primaryAdvocateId] : [];
      await notifyUsers(em, actor.organisationId, added.filter((a) => a !== actor.userId), {
        kind: 'journey.reassigned',
        text: 'A journey has been allocated to you.',
        link: `/journeys/${journeyId}`,
      });
      await notifyUsers(em, actor.organisationId, removed.filter((a) => a !== actor.userId), {
        kind: 'journey.reassigned',
        text: 'A journey has moved from your caseload to another advocate.',
        link: `/caseload`,
      });
      const stillThere = roleChanged.filter((a) => wanted.includes(a) && !added.includes(a) && a !== actor.userId);
      await notifyUsers(em, actor.organisationId, stillThere, {
        kind: 'journey.reassigned',
        text: 'Your role on a journey has changed (primary or second advocate).',
        link: `/journeys/${journeyId}`,
      });
      await audit({
        action: 'journey.reassigned',
        entityType: 'journey',
        entityId: journeyId,
        subjectId: scope.serviceUserId,
        reason: body.reason.trim(),
        detail: {
          fields: ['primaryAdvocateId', 'secondaryAdvocateId'],
          from: { primaryAdvocateId: before.primaryAdvocateId, secondaryAdvocateId: before.secondaryAdvocateId },
          to: { primaryAdvocateId: body.primaryAdvocateId, secondaryAdvocateId: body.secondaryAdvocateId },
        },
      });
      return existing(await findJourneyDetail(em, journeyId), `journey ${journeyId}`);
    });
  }
}
