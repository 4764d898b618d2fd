import { ConflictException, Injectable } from '@nestjs/common';
import type { ChangeProposalView } from '@beside/shared/contracts';
import type { Page } from '@beside/shared/util';
import { EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor } from '../../../common/cursor';
import { OutOfScopeException } from '../../../common/out-of-scope.exception';
import { changedRows } from '../../../database/changed-rows';
import { UnitOfWork } from '../../../database/unit-of-work';
import { AuditWriter } from '../../audit/audit-writer';
import type { Actor, RequestOrigin } from '../../authz/actor';
import { identityContext } from '../../identity/identity-context';
import { JourneyAccess } from '../../journeys/journey-access';
import { staleVersion, versionedUpdate } from '../../journeys/versioned-update';
import { findProposal, PROPOSAL_SELECT } from './change-proposal.repository';
import { AcceptChangeProposalDto, ChangeProposalQueryDto, DeclineChangeProposalDto } from './dto/change-proposal.dto';
import { ruleFor, TARGET_TABLE } from './proposal-targets';

const NOT_FOUND = 'Change proposal not found';

interface ProposalRow {
  id: string;
  journey_id: string;
  service_user_id: string;
  target_type: ChangeProposalView['targetType'];
  target_id: string;
  field: string;
  proposed_value: string;
  status: ChangeProposalView['status'];
  version: number;
  created_by: string;
}

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
    return this.uow.run(identityContext(actor), async (em) => {
      const scope = await this.journeys.require(em, actor, journeyId);
      const rows: ChangeProposalView[] = await em.query(
        `${PROPOSAL_SELECT} WHERE p.journey_id = $1 AND ($2::text IS NULL OR p.status = $2) ORDER BY p.created_at DESC, p.id DESC LIMIT 500`,
        [journeyId, query.status ?? null],
      );
      await this.audit.append(em, actor, origin, [
        { action: 'change_proposal.list', entityType: 'change_proposal', subjectId: scope.serviceUserId, detail: { journeyId, count: rows.length, ids: rows.map((r) => r.id) } },
      ]);
      return rows;
    });
  }

  /** Across the caseload: an advocate's own journeys, a manager's whole organisation; newest first. */
  async caseload(actor: Actor, query: ChangeProposalQueryDto, origin: RequestOrigin): Promise<Page<ChangeProposalView>> {
    const limit = query.limit ?? 50;
    const after = decodeCursor(query.cursor, 2);
    return this.uow.run(identityContext(actor), async (em) => {
      const rows: (ChangeProposalView & { cursor_at: string })[] = await em.query(
        `${PROPOSAL_SELECT.replace('SELECT p.id,', 'SELECT p.created_at::text AS cursor_at, p.id,')}
           JOIN journey j ON j.id = p.journey_id
           WHERE ($1 = 'manager' OR j.primary_advocate_id = $2 OR j.secondary_advocate_id = $2)
             AND ($3::text IS NULL OR p.status = $3)
             AND ($4::timestamptz IS NULL OR (p.created_at, p.id) < ($4::timestamptz, $5::uuid))
           ORDER BY p.created_at DESC, p.id DESC LIMIT $6`,
        [actor.role, actor.userId, query.status ?? null, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
      );
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      await this.audit.append(em, actor, origin, [
        { action: 'change_proposal.list', entityType: 'change_proposal', detail: { status: query.status ?? null, count: page.length, ids: page.map((r) => r.id) } },
      ]);
      return { items: page.map(({ cursor_at: _c, ...p }) => p), nextCursor: rows.length > limit && last ? encodeCursor([last.cursor_at, last.id]) : null };
    });
  }

  async accept(actor: Actor, proposalId: string, body: AcceptChangeProposalDto, origin: RequestOrigin): Promise<ChangeProposalView> {
    return this.uow.run(identityContext(actor), async (em) => {
      const p = await this.requirePending(em, actor, proposalId, body.version);
      const table = TARGET_TABLE[p.target_type];
      const { rule, value } = ruleFor(p.target_type, p.field, p.proposed_value);
      const [target]: { version: number }[] = await em.query(`SELECT version FROM ${table} WHERE id = $1 FOR UPDATE`, [p.target_id]);
      if (table === 'note') {
        // The note's earlier words are kept, as every note edit keeps them.
        await em.query(
          `INSERT INTO note_version (organisation_id, note_id, version, visibility, body, written_at, written_by)
           SELECT organisation_id, id, version, visibility, body, updated_at, updated_by FROM note WHERE id = $1`,
          [p.target_id],
        );
      }
      // Her words, attributed to her: updated_by is the woman who proposed them.
      await versionedUpdate(em, table, p.target_id, target.version, { [rule.column]: value }, p.created_by);
      await this.decide(em, actor, p, 'accepted', body.reply ?? null);
      await this.audit.append(em, actor, origin, [
        { action: 'change_proposal.updated', entityType: 'change_proposal', entityId: p.id, subjectId: p.service_user_id, detail: { status: 'accepted', fields: ['status', ...(body.reply ? ['reply'] : [])] } },
        { action: `${p.target_type}.updated`, entityType: p.target_type, entityId: p.target_id, subjectId: p.service_user_id, detail: { fields: [p.field], changeProposalId: p.id, proposedBy: p.created_by } },
      ]);
      return (await findProposal(em, p.id)) as ChangeProposalView;
    });
  }

  async decline(actor: Actor, proposalId: string, body: DeclineChangeProposalDto, origin: RequestOrigin): Promise<ChangeProposalView> {
    return this.uow.run(identityContext(actor), async (em) => {
      const p = await this.requirePending(em, actor, proposalId, body.version);
      await this.decide(em, actor, p, 'declined', body.reply);
      await this.audit.append(em, actor, origin, [
        { action: 'change_proposal.updated', entityType: 'change_proposal', entityId: p.id, subjectId: p.service_user_id, detail: { status: 'declined', fields: ['status', 'reply'] } },
      ]);
      return (await findProposal(em, p.id)) as ChangeProposalView;
    });
  }

  /** The proposal, locked, in reach, still pending and at the version the caller saw. */
  private async requirePending(em: EntityManager, actor: Actor, proposalId: string, version: number): Promise<ProposalRow> {
    const [p]: ProposalRow[] = await em.query(
      `SELECT id, journey_id, service_user_id, target_type, target_id, field, proposed_value, status, version, created_by
       FROM change_proposal WHERE id = $1 FOR UPDATE`,
      [proposalId],
    );
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
    const rows = await changedRows<{ id: string }>(
      em,
      `UPDATE change_proposal SET status = $3, reply = $4, decided_by = $5, decided_at = now(),
              version = version + 1, updated_at = now(), updated_by = $5
       WHERE id = $1 AND version = $2 RETURNING id`,
      [p.id, p.version, status, reply, actor.userId],
    );
    if (!rows.length) throw staleVersion(await findProposal(em, p.id));
  }
}
