import { EntityManager } from 'typeorm';
import type { ChangeProposalStatus, ChangeProposalTarget, ChangeProposalView } from '@beside/shared/contracts';
import { changedRows } from '../../../database/changed-rows';
import { insertId, selectRow, selectRows } from '../../../database/sql';
import type { ProposalTable } from './proposal-targets';

export const PROPOSAL_SELECT = `
  SELECT p.id, p.journey_id AS "journeyId", p.service_user_id AS "serviceUserId", coalesce(su.preferred_name, su.name) AS "serviceUserName",
         p.target_type AS "targetType", p.target_id AS "targetId", p.field, p.original_value AS "originalValue",
         p.proposed_value AS "proposedValue", p.reason, p.status, p.reply, d.display_name AS "decidedByName",
         p.decided_at AS "decidedAt", p.created_at AS "createdAt", p.version
  FROM change_proposal p
  JOIN service_user su ON su.id = p.service_user_id
  LEFT JOIN user_account d ON d.id = p.decided_by`;

export async function findProposal(em: EntityManager, id: string): Promise<ChangeProposalView | null> {
  return selectRow<ChangeProposalView>(em, `${PROPOSAL_SELECT} WHERE p.id = $1`, [id]);
}

/** Hers, newest first: she does not need her own name on each. */
export async function findHerProposals(em: EntityManager, serviceUserId: string): Promise<ChangeProposalView[]> {
  const rows = await selectRows<ChangeProposalView>(
    em,
    `${PROPOSAL_SELECT} WHERE p.service_user_id = $1 ORDER BY p.created_at DESC, p.id DESC LIMIT 500`,
    [serviceUserId],
  );
  return rows.map(forHer);
}

export function forHer({ serviceUserName: _n, ...rest }: ChangeProposalView): ChangeProposalView {
  return rest;
}

/** A journey's proposals, newest first, of one status or all. */
export async function findJourneyProposals(em: EntityManager, journeyId: string, status: ChangeProposalStatus | null): Promise<ChangeProposalView[]> {
  return selectRows<ChangeProposalView>(
    em,
    `${PROPOSAL_SELECT} WHERE p.journey_id = $1 AND ($2::text IS NULL OR p.status = $2) ORDER BY p.created_at DESC, p.id DESC LIMIT 500`,
    [journeyId, status],
  );
}

export type ProposalPageRow = ChangeProposalView & { cursor_at: string };

/**
 * Across the caseload (an advocate's own journeys, a manager's whole organisation), newest first, after the cursor
 * (created at, id); limit is the page size + 1.
 */
export async function findCaseloadProposalPage(
  em: EntityManager,
  reader: { role: string; userId: string },
  status: ChangeProposalStatus | null,
  after: (string | number)[] | null,
  limit: number,
): Promise<ProposalPageRow[]> {
  return selectRows<ProposalPageRow>(
    em,
    `${PROPOSAL_SELECT.replace('SELECT p.id,', 'SELECT p.created_at::text AS cursor_at, p.id,')}
       JOIN journey j ON j.id = p.journey_id
       WHERE ($1 = 'manager' OR j.primary_advocate_id = $2 OR j.secondary_advocate_id = $2)
         AND ($3::text IS NULL OR p.status = $3)
         AND ($4::timestamptz IS NULL OR (p.created_at, p.id) < ($4::timestamptz, $5::uuid))
       ORDER BY p.created_at DESC, p.id DESC LIMIT $6`,
    [reader.role, reader.userId, status, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

/** A proposal as answering it needs it. */
export interface ProposalRow {
  id: string;
  journey_id: string;
  service_user_id: string;
  target_type: ChangeProposalTarget;
  target_id: string;
  field: string;
  proposed_value: string;
  status: ChangeProposalStatus;
  version: number;
  created_by: string;
}

/** The proposal, locked to the end of the transaction, or null when there is none. */
export async function lockProposal(em: EntityManager, proposalId: string): Promise<ProposalRow | null> {
  return selectRow<ProposalRow>(
    em,
    `SELECT id, journey_id, service_user_id, target_type, target_id, field, proposed_value, status, version, created_by
     FROM change_proposal WHERE id = $1 FOR UPDATE`,
    [proposalId],
  );
}

/** Records the answer at the version read; false when the version is stale. */
export async function decideProposal(
  em: EntityManager,
  p: { id: string; version: number },
  status: 'accepted' | 'declined',
  reply: string | null,
  deciderId: string,
): Promise<boolean> {
  const rows = await changedRows<{ id: string }>(
    em,
    `UPDATE change_proposal SET status = $3, reply = $4, decided_by = $5, decided_at = now(),
            version = version + 1, updated_at = now(), updated_by = $5
     WHERE id = $1 AND version = $2 RETURNING id`,
    [p.id, p.version, status, reply, deciderId],
  );
  return rows.length > 0;
}

/** The record's version, locked to the end of the transaction. */
export async function lockTargetVersion(em: EntityManager, table: ProposalTable, id: string): Promise<number> {
  const [target] = await selectRows<{ version: number }>(em, `SELECT version FROM ${table} WHERE id = $1 FOR UPDATE`, [id]);
  return target.version;
}

/** What a proposal would change: who wrote the record, the column as text now, and (a note) whether it is shared. */
export interface ProposalTarget {
  created_by: string | null;
  current: string | null;
  visibility?: string;
  /** A letter's: draft, shared or sent. */
  status?: string;
  /** A safety plan section's: her own words (she changes them directly), not staff's. */
  by_her?: boolean;
}

const TARGET_EXTRAS: Partial<Record<ProposalTable, string>> = { note: ', visibility', letter: ', status', safety_plan_section: ', by_her' };

export async function findProposalTarget(em: EntityManager, table: ProposalTable, column: string, id: string): Promise<ProposalTarget> {
  const [target] = await selectRows<ProposalTarget>(em, `SELECT created_by, ${column}::text AS current${TARGET_EXTRAS[table] ?? ''} FROM ${table} WHERE id = $1`, [id]);
  return target;
}

/** The journey a section of her safety plan belongs to, or null when there is none (or it is not in reach of row-level security). */
export async function findSectionJourneyId(em: EntityManager, sectionId: string): Promise<string | null> {
  const row = await selectRow<{ journey_id: string }>(em, `SELECT journey_id FROM safety_plan_section WHERE id = $1`, [sectionId]);
  return row?.journey_id ?? null;
}

/**
 * Her accepted words in a section of her safety plan: they are hers now (by_her), so she edits them directly from
 * here on; updated_by is the staff member who accepted them. The database keeps the earlier words.
 */
export async function acceptSectionWords(em: EntityManager, sectionId: string, version: number, body: string, acceptedBy: string): Promise<boolean> {
  const rows = await changedRows(
    em,
    `UPDATE safety_plan_section SET body = $3, by_her = true, updated_by = $4, updated_at = now(), version = version + 1
     WHERE id = $1 AND version = $2 RETURNING id`,
    [sectionId, version, body, acceptedBy],
  );
  return rows.length > 0;
}

export interface NewProposal {
  organisationId: string;
  journeyId: string;
  serviceUserId: string;
  targetType: ChangeProposalTarget;
  targetId: string;
  field: string;
  originalValue: string | null;
  proposedValue: string;
  reason: string;
  createdBy: string;
}

export async function insertProposal(em: EntityManager, p: NewProposal): Promise<string> {
  return insertId(
    em,
    `INSERT INTO change_proposal (organisation_id, journey_id, service_user_id, target_type, target_id, field,
                                  original_value, proposed_value, reason, created_by, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id`,
    [p.organisationId, p.journeyId, p.serviceUserId, p.targetType, p.targetId, p.field, p.originalValue, p.proposedValue, p.reason, p.createdBy],
  );
}
