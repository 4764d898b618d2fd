import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FindingView, PanelSettingsView } from '@beside/shared/contracts';
import { OutOfScopeException } from '../../../common/out-of-scope.exception';
import { STALE_VERSION_MESSAGE, staleVersion, versionedUpdate } from '../../../database/versioned-update';
import { AuditedWork } from '../../audit';
import type { Actor, RequestOrigin } from '../../authz';
import { FindingEvidence } from './finding-evidence';
import {
  approvedIds,
  castVote,
  findEvidence,
  findFinding,
  insertFinding,
  listFindings,
  namedVotes,
  readSettings,
  replaceEvidence,
  setPriorities,
  votedOn,
  writeSettings,
  type FindingRow,
} from './finding.repository';
import type { CastVoteDto, DecideFindingDto, PanelSettingsDto, ProposeFindingDto, RankFindingsDto, UpdateFindingDto } from './panel.dto';

export const FINDING_NOT_FOUND = 'Finding not found';

/**
 * The lived-experience panel's findings (issue 18; docs/VOICE.md): proposed by panel members and managers with
 * their evidence; voted on, decided and ranked by the panel alone (the routes' permission).
 */
@Injectable()
export class FindingsService {
  constructor(
    private readonly work: AuditedWork,
    private readonly evidence: FindingEvidence,
  ) {}

  settings(actor: Actor, origin: RequestOrigin): Promise<PanelSettingsView> {
    return this.work.run(actor, origin, (em) => readSettings(em));
  }

  /** Named voting on or off: for the findings no one has voted on yet (a finding keeps the way its first vote was cast). */
  updateSettings(actor: Actor, body: PanelSettingsDto, origin: RequestOrigin): Promise<PanelSettingsView> {
    return this.work.run(actor, origin, async (em, audit) => {
      const before = await readSettings(em);
      if (!(await writeSettings(em, actor.organisationId, body.namedVoting, body.version, actor.userId))) throw staleVersion(before);
      await audit({ action: 'panel_settings.updated', entityType: 'panel_settings', entityId: actor.organisationId, detail: { namedVoting: { from: before.namedVoting, to: body.namedVoting } } });
      return readSettings(em);
    });
  }

  /** Audited like the results they show figures of. */
  list(actor: Actor, origin: RequestOrigin): Promise<FindingView[]> {
    return this.work.run(actor, origin, async (em, audit) => {
      const rows = await listFindings(em);
      await audit({ action: 'finding.list', entityType: 'finding', detail: { count: rows.length } });
      return this.views(em, rows);
    });
  }

  get(actor: Actor, id: string, origin: RequestOrigin): Promise<FindingView> {
    return this.work.run(actor, origin, async (em, audit) => {
      const row = await this.require(em, id);
      await audit({ action: 'finding.read', entityType: 'finding', entityId: id });
      return this.view(em, row);
    });
  }

  propose(actor: Actor, body: ProposeFindingDto, origin: RequestOrigin): Promise<FindingView> {
    return this.work.run(actor, origin, async (em, audit) => {
      const evidence = await this.evidence.check(em, body.evidence);
      const id = await insertFinding(em, actor.organisationId, { title: body.title.trim(), summary: body.summary.trim(), by: actor.userId });
      await replaceEvidence(em, actor.organisationId, id, evidence);
      await audit({ action: 'finding.created', entityType: 'finding', entityId: id, detail: { evidence: evidence.length } });
      return this.view(em, await this.require(em, id));
    });
  }

  /** While it is proposed and no one has voted: what the panel votes on does not change under it. */
  update(actor: Actor, id: string, body: UpdateFindingDto, origin: RequestOrigin): Promise<FindingView> {
    if ([body.title, body.summary, body.evidence].every((v) => v === undefined)) throw new BadRequestException(['Send at least one field to change.']);
    return this.work.run(actor, origin, async (em, audit) => {
      const row = await this.require(em, id, true);
      if (row.status !== 'proposed') throw new ConflictException('The panel has decided this finding: it can no longer change.');
      if (row.namedVoting !== null) throw new ConflictException('The panel has started voting on this finding: it can no longer change. Propose a new one instead.');
      const evidence = body.evidence ? await this.evidence.check(em, body.evidence) : null;
      const changes = { ...(body.title !== undefined ? { title: body.title.trim() } : {}), ...(body.summary !== undefined ? { summary: body.summary.trim() } : {}) };
      if (!(await versionedUpdate(em, 'finding', id, body.version, changes, actor.userId))) throw staleVersion(await this.view(em, row));
      if (evidence) await replaceEvidence(em, actor.organisationId, id, evidence);
      await audit({ action: 'finding.updated', entityType: 'finding', entityId: id, detail: { fields: [...Object.keys(changes), ...(evidence ? ['evidence'] : [])] } });
      return this.view(em, await this.require(em, id));
    });
  }

  /** Her one vote. Under counts-only voting nothing records how she voted, only the tally and that she voted. */
  vote(actor: Actor, id: string, body: CastVoteDto, origin: RequestOrigin): Promise<FindingView> {
    return this.work.run(actor, origin, async (em, audit) => {
      const row = await this.require(em, id, true);
      if (row.status !== 'proposed') throw new ConflictException('The panel has decided this finding: voting has ended.');
      const named = row.namedVoting ?? (await readSettings(em)).namedVoting;
      if (!(await castVote(em, actor.organisationId, row, actor.userId, body.vote, named))) throw new ConflictException('You have already voted on this finding.');
      await audit({ action: 'finding.vote_cast', entityType: 'finding', entityId: id, detail: named ? { vote: body.vote, named } : { named } });
      return this.view(em, await this.require(em, id));
    });
  }

  /** Approved as a priority (more for than against) or set aside, with the counts at this moment. */
  decide(actor: Actor, id: string, body: DecideFindingDto, origin: RequestOrigin): Promise<FindingView> {
    return this.work.run(actor, origin, async (em, audit) => {
      const row = await this.require(em, id, true);
      if (row.status !== 'proposed') throw new ConflictException('The panel has already decided this finding.');
      if (row.version !== body.version) throw staleVersion(await this.view(em, row));
      if (body.outcome === 'approved' && row.votesFor <= row.votesAgainst) {
        throw new ConflictException(`Approving needs more votes for than against: ${row.votesFor} for, ${row.votesAgainst} against.`);
      }
      const changed = await versionedUpdate(em, 'finding', id, body.version, { status: body.outcome, decided_at: new Date() }, actor.userId);
      if (!changed) throw new ConflictException(STALE_VERSION_MESSAGE);
      const votes = { for: row.votesFor, against: row.votesAgainst, abstain: row.votesAbstain };
      await audit({ action: 'finding.decided', entityType: 'finding', entityId: id, detail: { outcome: body.outcome, votes } });
      return this.view(em, await this.require(em, id));
    });
  }

  /** The approved findings in the panel's order: every one of them, each once. */
  rank(actor: Actor, body: RankFindingsDto, origin: RequestOrigin): Promise<FindingView[]> {
    return this.work.run(actor, origin, async (em, audit) => {
      const approved = await approvedIds(em);
      const given = body.findingIds;
      const problems = [
        ...approved.filter((id) => !given.includes(id)).map((id) => `findingIds: the approved finding ${id} is missing`),
        ...given.filter((id) => !approved.includes(id)).map((id) => `findingIds: ${id} is not an approved finding`),
        ...(new Set(given).size !== given.length ? ['findingIds: each finding may be given only once'] : []),
      ];
      if (problems.length) throw new BadRequestException(problems);
      await setPriorities(em, given, actor.userId);
      await audit({ action: 'finding.priorities_set', entityType: 'finding', detail: { order: given } });
      return this.views(em, await listFindings(em, `f.status = 'approved'`));
    });
  }

  private async require(em: EntityManager, id: string, lock = false): Promise<FindingRow> {
    const row = await findFinding(em, id, lock);
    if (!row) throw new OutOfScopeException('finding', id, false, FINDING_NOT_FOUND);
    return row;
  }

  private async view(em: EntityManager, row: FindingRow): Promise<FindingView> {
    return (await this.views(em, [row]))[0];
  }

  private async views(em: EntityManager, rows: FindingRow[]): Promise<FindingView[]> {
    const ids = rows.map((r) => r.id);
    const evidence = await this.evidence.views(em, await findEvidence(em, ids));
    const voted = await votedOn(em, ids);
    const named = await namedVotes(em, ids);
    const namedNow = (await readSettings(em)).namedVoting;
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      summary: r.summary,
      status: r.status,
      priority: r.priority,
      proposedBy: r.proposedBy,
      proposedAt: r.proposedAt.toISOString(),
      evidence: evidence.get(r.id) ?? [],
      votes: { for: r.votesFor, against: r.votesAgainst, abstain: r.votesAbstain },
      namedVotes: (r.namedVoting ?? namedNow) ? named.filter((v) => v.findingId === r.id).map(({ name, vote }) => ({ name, vote })) : null,
      voted: voted.has(r.id),
      decidedAt: r.decidedAt?.toISOString() ?? null,
      version: r.version,
    }));
  }
}
