import type { EntityManager } from 'typeorm';
import type { FindingStatus, PanelVote } from '@beside/shared/contracts';
import { changedRows } from '../../../database/changed-rows';
import { execute, insertId, selectRow, selectRows } from '../../../database/sql';

export interface FindingRow {
  id: string;
  title: string;
  summary: string;
  status: FindingStatus;
  priority: number | null;
  namedVoting: boolean | null;
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
  decidedAt: Date | null;
  proposedBy: string;
  proposedAt: Date;
  version: number;
}

export interface EvidenceRow {
  id: string;
  findingId: string;
  consultationId: string;
  questionId: string | null;
  themeId: string | null;
  quoteId: string | null;
  note: string;
}

export interface NewEvidence extends Omit<EvidenceRow, 'id' | 'findingId'> {
  consultationOrganisationId: string;
}

const SELECT = `
  SELECT f.id, f.title, f.summary, f.status, f.priority, f.named_voting AS "namedVoting", f.votes_for AS "votesFor",
         f.votes_against AS "votesAgainst", f.votes_abstain AS "votesAbstain", f.decided_at AS "decidedAt",
         coalesce(u.display_name, 'Someone who has left') AS "proposedBy", f.proposed_at AS "proposedAt", f.version
  FROM finding f LEFT JOIN user_account u ON u.organisation_id = f.organisation_id AND u.id = f.proposed_by`;

/** The organisation's findings: approved in the panel's order first, then proposed, then set aside, newest first. */
export function listFindings(em: EntityManager, where = 'TRUE', params: unknown[] = []): Promise<FindingRow[]> {
  return selectRows<FindingRow>(
    em,
    `${SELECT} WHERE ${where}
     ORDER BY CASE f.status WHEN 'approved' THEN 0 WHEN 'proposed' THEN 1 ELSE 2 END, f.priority NULLS LAST, f.proposed_at DESC, f.id`,
    params,
  );
}

/** One finding in reach; `lock` holds it for a vote or decision. */
export function findFinding(em: EntityManager, id: string, lock = false): Promise<FindingRow | null> {
  return selectRow<FindingRow>(em, `${SELECT} WHERE f.id = $1${lock ? ' FOR UPDATE OF f' : ''}`, [id]);
}

export function insertFinding(em: EntityManager, organisationId: string, f: { title: string; summary: string; by: string }): Promise<string> {
  return insertId(
    em,
    `INSERT INTO finding (organisation_id, title, summary, proposed_by, updated_by) VALUES ($1, $2, $3, $4, $4) RETURNING id`,
    [organisationId, f.title, f.summary, f.by],
  );
}

/** Its evidence, in the order given, replacing any before. */
export async function replaceEvidence(em: EntityManager, organisationId: string, findingId: string, evidence: NewEvidence[]): Promise<void> {
  await execute(em, `DELETE FROM finding_evidence WHERE organisation_id = $1 AND finding_id = $2`, [organisationId, findingId]);
  for (const [i, e] of evidence.entries()) {
    await execute(
      em,
      `INSERT INTO finding_evidence (organisation_id, finding_id, position, consultation_organisation_id, consultation_id, question_id, theme_id, quote_id, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [organisationId, findingId, i + 1, e.consultationOrganisationId, e.consultationId, e.questionId, e.themeId, e.quoteId, e.note],
    );
  }
}

export function findEvidence(em: EntityManager, findingIds: string[]): Promise<EvidenceRow[]> {
  return selectRows<EvidenceRow>(
    em,
    `SELECT id, finding_id AS "findingId", consultation_id AS "consultationId", question_id AS "questionId", theme_id AS "themeId",
            quote_id AS "quoteId", note
     FROM finding_evidence WHERE finding_id = ANY($1::uuid[]) ORDER BY finding_id, position`,
    [findingIds],
  );
}

/** Of these findings, the ones the caller has voted on (only her own rows are in her reach). */
export async function votedOn(em: EntityManager, findingIds: string[]): Promise<Set<string>> {
  const rows = await selectRows<{ findingId: string }>(
    em,
    `SELECT finding_id AS "findingId" FROM finding_vote_cast WHERE finding_id = ANY($1::uuid[]) AND account_id = (SELECT beside_current_user())`,
    [findingIds],
  );
  return new Set(rows.map((r) => r.findingId));
}

/** Who voted how, where the finding was voted on under named voting. */
export function namedVotes(em: EntityManager, findingIds: string[]): Promise<{ findingId: string; name: string; vote: PanelVote }[]> {
  return selectRows(
    em,
    `SELECT v.finding_id AS "findingId", coalesce(u.display_name, 'Someone who has left') AS name, v.vote
     FROM finding_vote v LEFT JOIN user_account u ON u.organisation_id = v.organisation_id AND u.id = v.account_id
     WHERE v.finding_id = ANY($1::uuid[]) ORDER BY name, v.account_id`,
    [findingIds],
  );
}

/**
 * Her one vote. The tally goes on the finding; apart from it, only THAT she voted; who voted how only under
 * named voting (fixed for the finding by its first vote). False when she had voted already.
 */
export async function castVote(em: EntityManager, organisationId: string, finding: FindingRow, accountId: string, vote: PanelVote, named: boolean): Promise<boolean> {
  const cast = await selectRows(
    em,
    `INSERT INTO finding_vote_cast (organisation_id, finding_id, account_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING finding_id`,
    [organisationId, finding.id, accountId],
  );
  if (!cast.length) return false;
  if (named) {
    await execute(em, `INSERT INTO finding_vote (organisation_id, finding_id, account_id, vote) VALUES ($1, $2, $3, $4)`, [organisationId, finding.id, accountId, vote]);
  }
  const column = { for: 'votes_for', against: 'votes_against', abstain: 'votes_abstain' }[vote];
  await execute(em, `UPDATE finding SET ${column} = ${column} + 1, named_voting = $2 WHERE id = $1`, [finding.id, named]);
  return true;
}

/** The panel's order of its approved findings: each id's position, 1 first. */
export async function setPriorities(em: EntityManager, findingIds: string[], by: string): Promise<void> {
  await changedRows(
    em,
    `UPDATE finding f SET priority = o.n, version = version + 1, updated_at = now(), updated_by = $2
     FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, n) WHERE f.id = o.id AND f.status = 'approved' RETURNING f.id`,
    [findingIds, by],
  );
}

export async function approvedIds(em: EntityManager): Promise<string[]> {
  return (await selectRows<{ id: string }>(em, `SELECT id FROM finding WHERE status = 'approved' FOR UPDATE`)).map((r) => r.id);
}

// ——— The panel's settings ———

export async function readSettings(em: EntityManager): Promise<{ namedVoting: boolean; version: number }> {
  const row = await selectRow<{ namedVoting: boolean; version: number }>(
    em,
    `SELECT named_voting AS "namedVoting", version FROM panel_settings WHERE organisation_id = (SELECT beside_current_organisation())`,
  );
  // Until the panel first changes them, the settings are the defaults, at version 1.
  return row ?? { namedVoting: false, version: 1 };
}

/** Writes the settings at the version seen (1 while they are the defaults); false when they moved on. */
export async function writeSettings(em: EntityManager, organisationId: string, namedVoting: boolean, version: number, by: string): Promise<boolean> {
  const rows =
    version === 1
      ? await selectRows(
          em,
          `INSERT INTO panel_settings (organisation_id, named_voting, version, updated_by) VALUES ($1, $2, 2, $3)
           ON CONFLICT (organisation_id) DO NOTHING RETURNING version`,
          [organisationId, namedVoting, by],
        )
      : await changedRows(
          em,
          `UPDATE panel_settings SET named_voting = $2, version = version + 1, updated_at = now(), updated_by = $4
           WHERE organisation_id = $1 AND version = $3 RETURNING version`,
          [organisationId, namedVoting, version, by],
        );
  return rows.length > 0;
}
