import { ConflictException, Injectable } from '@nestjs/common';
import type { ChangeProposalView } from '@beside/shared/contracts';
import type { Page } from '@beside/shared/util';
import { EntityManager } from 'typeorm';
import { existing } from '../../../common/existing';
import { cutPage, pageRequest } from '../../../common/keyset-page';
import { OutOfScopeException } from '../../../common/out-of-scope.exception';
import { UnitOfWork } from '../../../database/unit-of-work';
import { type AuditEntry, AuditWriter, listEvents } from '../../audit';
import type { Actor, RequestOrigin } from '../../authz';
import { JourneyAccess } from '../../journeys';
import { staleVersion, versionedUpdate } from '../../../database/versioned-update';
import { keepNoteVersion } from '../../notes';
import {
  acceptSectionWords,
  decideProposal,
  findCaseloadProposalPage,
  findJourneyProposals,
  findProposalTarget,
  findProposal,
  lockProposal,
  lockTargetVersion,
  type ProposalRow,
} from './change-proposal.repository';
import { AcceptChangeProposalDto, ChangeProposalQueryDto, DeclineChangeProposalDto } from './dto/change-proposal.dto';
import { ruleFor, TARGET_TABLE } from './proposal-targets';

const NOT_FOUND = 'Change proposal not found';

/**
 * Staff answer her proposals: the journey's advocates and managers (journey:write and the
 * journey in reach). Accepting applies her words to the record in the same transaction,
 * attributed to her; declining needs a reply she will read. Nothing she wrote is dropped.
 */
@Injectable()
export class ChangeProposalsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly journeys: JourneyAccess,
    private readonly audit: AuditWriter,
  ) {}

  async forJourney(actor: Actor, journeyId: string, query: ChangeProposalQueryDto, origin: RequestOrigin): Promise<ChangeProposalView[]> {
    return this.uow.runAs(actor, async (em) => {
      const scope = await this.journeys.require(em, actor, journeyId);
      const rows = await findJourneyProposals(em, journeyId, query.status ?? null);
      await this.audit.append(em, actor, origin, [
        { action: 'change_proposal.list', entityType: 'change_proposal', subjectId: scope.serviceUserId, detail: { journeyId, count: rows.length, ids: rows.map((r) => r.id) } },
      ]);
      return rows;
    });
  }

  /** Across the caseload: an advocate's own journeys, a manager's whole organisation; newest first. */
  async caseload(actor: Actor, query: ChangeProposalQueryDto, origin: RequestOrigin): Promise<Page<ChangeProposalView>> {
    const { limit, after } = pageRequest(query);
    return this.uow.runAs(actor, async (em) => {
      const rows = await findCaseloadProposalPage(em, actor, query.status ?? null, after, limit + 1);
      const { page, nextCursor } = cutPage(rows, limit, (r) => r.cursor_at);
      // One event per woman shown (her proposed words are in the list): each names her as subject.
      await this.audit.append(
        em,
        actor,
        origin,
        listEvents({ action: 'change_proposal.list', entityType: 'change_proposal', detail: { status: query.status ?? null } }, page.map((r) => ({ id: r.id, subjectId: r.serviceUserId }))),
      );
      return { items: page.map(({ cursor_at: _c, ...p }) => p), nextCursor };
    });
  }

  async accept(actor: Actor, proposalId: string, body: AcceptChangeProposalDto, origin: RequestOrigin): Promise<ChangeProposalView> {
    return this.uow.runAs(actor, async (em) => {
      const p = await this.requirePending(em, actor, proposalId, body.version);
      const table = TARGET_TABLE[p.target_type];
      const { rule, value } = ruleFor(p.target_type, p.field, p.proposed_value);
      const version = await lockTargetVersion(em, table, p.target_id);
      const changed = { fields: [p.field], changeProposalId: p.id, proposedBy: p.created_by };
      let targetEvent: AuditEntry = { action: `${p.target_type}.updated`, entityType: p.target_type, entityId: p.target_id, subjectId: p.service_user_id, detail: changed };
      if (table === 'safety_plan_section') {
        // Her words in her safety plan become hers (by_her), so she edits them directly from now on; the earlier words are kept.
        await acceptSectionWords(em, p.target_id, version, value ?? '', actor.userId);
        targetEvent = { ...targetEvent, action: 'safety_plan.section_saved', detail: { ...changed, byHer: true } };
      } else {
        if (table === 'letter' && (await findProposalTarget(em, table, rule.column, p.target_id)).status === 'sent') {
          throw new ConflictException({ message: 'This letter has been sent since she asked: its words can no longer change.', current: await findProposal(em, p.id) });
        }
        // The note's earlier words are kept, as every note edit keeps them.
        if (table === 'note') await keepNoteVersion(em, p.target_id);
        // Her words, attributed to her: updated_by is the woman who proposed them.
        await versionedUpdate(em, table, p.target_id, version, { [rule.column]: value }, p.created_by);
      }
      await this.decide(em, actor, p, 'accepted', body.reply ?? null);
      await this.audit.append(em, actor, origin, [
        { action: 'change_proposal.updated', entityType: 'change_proposal', entityId: p.id, subjectId: p.service_user_id, detail: { status: 'accepted', fields: ['status', ...(body.reply ? ['reply'] : [])] } },
        targetEvent,
      ]);
      return existing(await findProposal(em, p.id), 'change proposal');
    });
  }

  async decline(actor: Actor, proposalId: string, body: DeclineChangeProposalDto, origin: RequestOrigin): Promise<ChangeProposalView> {
    return this.uow.runAs(actor, async (em) => {
      const p = await this.requirePending(em, actor, proposalId, body.version);
      await this.decide(em, actor, p, 'declined', body.reply);
      await this.audit.append(em, actor, origin, [
        { action: 'change_proposal.updated', entityType: 'change_proposal', entityId: p.id, subjectId: p.service_user_id, detail: { status: 'declined', fields: ['status', 'reply'] } },
      ]);
      return existing(await findProposal(em, p.id), 'change proposal');
    });
  }

  /** The proposal, locked, in reach, still pending and at the version the caller saw. */
  private async requirePending(em: EntityManager, actor: Actor, proposalId: string, version: number): Promise<ProposalRow> {
    const p = await lockProposal(em, proposalId);
    if (!p) throw new OutOfScopeException('change_proposal', proposalId, false, NOT_FOUND);
    await this.journeys.require(em, actor, p.journey_id).catch((e: unknown) => {
      throw e instanceof OutOfScopeException ? new OutOfScopeException('change_proposal', proposalId, true, NOT_FOUND) : e;
    });
    if (p.status !== 'pending') {
      throw new ConflictException({ message: `This proposal was already ${p.status}.`, current: await findProposal(em, proposalId) });
    }
    if (p.version !== version) throw staleVersion(await findProposal(em, proposalId));
    return p;
  }

  private async decide(em: EntityManager, actor: Actor, p: ProposalRow, status: 'accepted' | 'declined', reply: string | null): Promise<void> {
    if (!(await decideProposal(em, p, status, reply, actor.userId))) throw staleVersion(await findProposal(em, p.id));
  }
}
