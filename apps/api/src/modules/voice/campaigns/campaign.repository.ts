import type { EntityManager } from 'typeorm';
import type { CampaignActionView, CampaignAskView, CampaignOutcomeView, CampaignStatus, CampaignTargetView } from '@beside/shared/contracts';
import { changedRows } from '../../../database/changed-rows';
import { execute, insertId, selectRow, selectRows } from '../../../database/sql';

export interface CampaignRow {
  id: string;
  title: string;
  summary: string;
  status: CampaignStatus;
  version: number;
}

/** A campaign's items: asks, targets, actions and outcomes, each its own table; the API's field → its column. */
export const CAMPAIGN_ITEMS = {
  asks: { table: 'campaign_ask', columns: { words: 'words' } },
  targets: { table: 'campaign_target', columns: { name: 'name', description: 'description' } },
  actions: { table: 'campaign_action', columns: { what: 'what', owner: 'owner', dueOn: 'due_on', status: 'status', doneOn: 'done_on' } },
  outcomes: { table: 'campaign_outcome', columns: { what: 'what', achievedOn: 'achieved_on', evidence: 'evidence' } },
} as const;
export type CampaignItemKind = keyof typeof CAMPAIGN_ITEMS;

const SELECT = `SELECT c.id, c.title, c.summary, c.status, c.version FROM campaign c`;

export function listCampaigns(em: EntityManager): Promise<CampaignRow[]> {
  return selectRows<CampaignRow>(em, `${SELECT} ORDER BY CASE c.status WHEN 'active' THEN 0 ELSE 1 END, c.created_at DESC, c.id`);
}

export function findCampaign(em: EntityManager, id: string): Promise<CampaignRow | null> {
  return selectRow<CampaignRow>(em, `${SELECT} WHERE c.id = $1`, [id]);
}

export function insertCampaign(em: EntityManager, organisationId: string, c: { title: string; summary: string; status: CampaignStatus; by: string }): Promise<string> {
  return insertId(
    em,
    `INSERT INTO campaign (organisation_id, title, summary, status, created_by, updated_by) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
    [organisationId, c.title, c.summary, c.status, c.by],
  );
}

export async function deleteCampaign(em: EntityManager, id: string, version: number): Promise<boolean> {
  return (await changedRows(em, `DELETE FROM campaign WHERE id = $1 AND version = $2 RETURNING id`, [id, version])).length > 0;
}

/** Of these ids, the organisation's approved findings. */
export async function approvedFindingIds(em: EntityManager, ids: string[]): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(em, `SELECT id FROM finding WHERE id = ANY($1::uuid[]) AND status = 'approved'`, [ids]);
  return rows.map((r) => r.id);
}

export async function replaceCampaignFindings(em: EntityManager, organisationId: string, campaignId: string, findingIds: string[]): Promise<void> {
  await execute(em, `DELETE FROM campaign_finding WHERE organisation_id = $1 AND campaign_id = $2`, [organisationId, campaignId]);
  await execute(
    em,
    `INSERT INTO campaign_finding (organisation_id, campaign_id, finding_id) SELECT $1, $2, f FROM unnest($3::uuid[]) AS f`,
    [organisationId, campaignId, findingIds],
  );
}

export function campaignFindings(em: EntityManager, campaignIds: string[]): Promise<{ campaignId: string; id: string; title: string }[]> {
  return selectRows(
    em,
    `SELECT cf.campaign_id AS "campaignId", f.id, f.title FROM campaign_finding cf
     JOIN finding f ON f.organisation_id = cf.organisation_id AND f.id = cf.finding_id
     WHERE cf.campaign_id = ANY($1::uuid[]) ORDER BY f.priority NULLS LAST, f.title`,
    [campaignIds],
  );
}

export interface CampaignItems {
  asks: (CampaignAskView & { campaignId: string })[];
  targets: (CampaignTargetView & { campaignId: string })[];
  actions: (CampaignActionView & { campaignId: string })[];
  outcomes: (CampaignOutcomeView & { campaignId: string })[];
}

const DATE = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;
const ITEM_SELECT: Record<CampaignItemKind, string> = {
  asks: `id, words`,
  targets: `id, name, description`,
  actions: `id, what, owner, ${DATE('due_on')} AS "dueOn", status, ${DATE('done_on')} AS "doneOn"`,
  outcomes: `id, what, ${DATE('achieved_on')} AS "achievedOn", evidence`,
};
const ITEM_ORDER: Record<CampaignItemKind, string> = {
  asks: 'created_at, id',
  targets: 'created_at, id',
  actions: 'due_on NULLS LAST, created_at, id',
  outcomes: 'achieved_on, created_at, id',
};

/** The items of these campaigns, of every kind. */
export async function campaignItems(em: EntityManager, campaignIds: string[]): Promise<CampaignItems> {
  const items = {} as Record<CampaignItemKind, unknown[]>;
  for (const kind of Object.keys(CAMPAIGN_ITEMS) as CampaignItemKind[]) {
    items[kind] = await selectRows(
      em,
      `SELECT campaign_id AS "campaignId", ${ITEM_SELECT[kind]} FROM ${CAMPAIGN_ITEMS[kind].table} WHERE campaign_id = ANY($1::uuid[]) ORDER BY ${ITEM_ORDER[kind]}`,
      [campaignIds],
    );
  }
  return items as unknown as CampaignItems;
}

/** One item of the campaign, as stored (the API's field names). */
export function findItem(em: EntityManager, kind: CampaignItemKind, campaignId: string, itemId: string): Promise<Record<string, unknown> | null> {
  return selectRow(em, `SELECT ${ITEM_SELECT[kind]} FROM ${CAMPAIGN_ITEMS[kind].table} WHERE campaign_id = $1 AND id = $2`, [campaignId, itemId]);
}

export function insertItem(em: EntityManager, kind: CampaignItemKind, organisationId: string, campaignId: string, values: Record<string, unknown>): Promise<string> {
  const columns = Object.keys(values);
  return insertId(
    em,
    `INSERT INTO ${CAMPAIGN_ITEMS[kind].table} (organisation_id, campaign_id, ${columns.join(', ')})
     VALUES ($1, $2, ${columns.map((_, i) => `$${i + 3}`).join(', ')}) RETURNING id`,
    [organisationId, campaignId, ...columns.map((c) => values[c])],
  );
}

export async function updateItem(em: EntityManager, kind: CampaignItemKind, campaignId: string, itemId: string, values: Record<string, unknown>): Promise<void> {
  const columns = Object.keys(values);
  if (!columns.length) return;
  await execute(
    em,
    `UPDATE ${CAMPAIGN_ITEMS[kind].table} SET ${columns.map((c, i) => `${c} = $${i + 3}`).join(', ')} WHERE campaign_id = $1 AND id = $2`,
    [campaignId, itemId, ...columns.map((c) => values[c])],
  );
}

export async function deleteItem(em: EntityManager, kind: CampaignItemKind, campaignId: string, itemId: string): Promise<void> {
  await execute(em, `DELETE FROM ${CAMPAIGN_ITEMS[kind].table} WHERE campaign_id = $1 AND id = $2`, [campaignId, itemId]);
}

/** The campaigns following these findings, one row a finding and campaign. */
export function campaignsFollowing(em: EntityManager, findingIds: string[]): Promise<(CampaignRow & { findingId: string })[]> {
  return selectRows(
    em,
    `SELECT cf.finding_id AS "findingId", c.id, c.title, c.summary, c.status, c.version
     FROM campaign_finding cf JOIN campaign c ON c.organisation_id = cf.organisation_id AND c.id = cf.campaign_id
     WHERE cf.finding_id = ANY($1::uuid[]) ORDER BY c.created_at, c.id`,
    [findingIds],
  );
}
