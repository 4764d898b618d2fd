import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import type { ChangeProposalTarget, ChangeProposalView } from '@beside/shared/contracts';
import { OutOfScopeException } from '../../../common/out-of-scope.exception';
import type { Actor, RequestOrigin } from '../../authz';
import { JourneyAccess, JourneyWork, type JourneyTask } from '../../journeys';
import { PortalWork } from '../portal-work';
import { existing } from '../../../common/existing';
import { findHerProposals, findProposal, findProposalTarget, findSectionJourneyId, forHer, insertProposal } from './change-proposal.repository';
import { CreateChangeProposalDto } from './dto/change-proposal.dto';
import { ruleFor, TARGET_TABLE } from './proposal-targets';

const SECTION_NOT_FOUND = 'Section not found';

/** She asks to change something staff wrote in her plan, appointments, letters or safety plan, with her reason. */
@Injectable()
export class MyChangeProposalsService {
  constructor(
    private readonly portal: PortalWork,
    private readonly work: JourneyWork,
    private readonly journeys: JourneyAccess,
  ) {}

  async propose(actor: Actor, body: CreateChangeProposalDto, origin: RequestOrigin): Promise<ChangeProposalView> {
    const { rule } = ruleFor(body.targetType, body.field, body.proposedValue);
    return this.inReach(actor, origin, body.targetType, body.targetId, async (em, scope, audit) => {
      // A record that is not hers (or a staff-only note, which she cannot see) is not found.
      const table = TARGET_TABLE[body.targetType];
      const target = await findProposalTarget(em, table, rule.column, body.targetId);
      if (table === 'note' && target.visibility !== 'shared') {
        throw new BadRequestException(['targetId must be a note shared with you']);
      }
      if (table === 'letter' && target.status === 'sent') {
        throw new ConflictException({ message: 'This letter has been sent: it can no longer change. Talk to your advocate about what to do next.' });
      }
      if (table === 'safety_plan_section' ? target.by_her : target.created_by === actor.userId) {
        throw new ConflictException({ message: 'You wrote this yourself, so you can change it directly.' });
      }
      if ((target.current ?? '') === body.proposedValue) {
        throw new BadRequestException(['proposedValue is the same as what it says now']);
      }
      const proposalId = await insertProposal(em, {
        organisationId: actor.organisationId,
        journeyId: scope.id,
        serviceUserId: scope.serviceUserId,
        targetType: body.targetType,
        targetId: body.targetId,
        field: body.field,
        originalValue: target.current,
        proposedValue: body.proposedValue,
        reason: body.reason,
        createdBy: actor.userId,
      });
      await audit({
        action: 'change_proposal.created',
        entityType: 'change_proposal',
        entityId: proposalId,
        subjectId: scope.serviceUserId,
        detail: { targetType: body.targetType, targetId: body.targetId, field: body.field },
      });
      return forHer(existing(await findProposal(em, proposalId), 'change proposal'));
    });
  }

  async mine(actor: Actor, origin: RequestOrigin): Promise<ChangeProposalView[]> {
    return this.portal.listHers(actor, origin, 'change_proposal', findHerProposals);
  }

  /** The target's journey, in her reach: a journey record by its own id, or a section of her safety plan. */
  private inReach<T>(actor: Actor, origin: RequestOrigin, targetType: ChangeProposalTarget, targetId: string, task: JourneyTask<T>): Promise<T> {
    if (targetType !== 'safety_plan_section') return this.work.onRecord(actor, origin, targetType, targetId, task);
    return this.work.run(actor, origin, async (em, audit) => {
      const journeyId = await findSectionJourneyId(em, targetId);
      if (!journeyId) throw new OutOfScopeException(targetType, targetId, false, SECTION_NOT_FOUND);
      const scope = await this.journeys.require(em, actor, journeyId).catch((e: unknown) => {
        throw e instanceof OutOfScopeException ? new OutOfScopeException(targetType, targetId, true, SECTION_NOT_FOUND) : e;
      });
      return task(em, scope, audit);
    });
  }
}
