import { BadRequestException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CampaignView } from '@beside/shared/contracts';
import { OutOfScopeException } from '../../../common/out-of-scope.exception';
import { pickChanges, staleVersion, versionedUpdate } from '../../../database/versioned-update';
import { AuditedWork, type AuditNow } from '../../audit';
import type { Actor, RequestOrigin } from '../../authz';
import {
  approvedFindingIds,
  CAMPAIGN_ITEMS,
  campaignFindings,
  campaignItems,
  deleteCampaign,
  deleteItem,
  findCampaign,
  findItem,
  insertCampaign,
  insertItem,
  listCampaigns,
  replaceCampaignFindings,
  updateItem,
  type CampaignItemKind,
  type CampaignRow,
} from './campaign.repository';
import type { CampaignDto, UpdateCampaignDto } from './campaign.dto';

export const CAMPAIGN_NOT_FOUND = 'Campaign not found';
const ITEM_NOT_FOUND: Record<CampaignItemKind, string> = { asks: 'Ask not found', targets: 'Target not found', actions: 'Action not found', outcomes: 'Outcome not found' };

type ItemBody = Record<string, unknown> & { version: number };

/** Campaigns that follow the panel's approved findings (issue 18): kept up to date by managers and the panel. */
@Injectable()
export class CampaignsService {
  constructor(private readonly work: AuditedWork) {}

  list(actor: Actor, origin: RequestOrigin): Promise<CampaignView[]> {
    return this.work.run(actor, origin, async (em, audit) => {
      const rows = await listCampaigns(em);
      await audit({ action: 'campaign.list', entityType: 'campaign', detail: { count: rows.length } });
      return this.views(em, rows);
    });
  }

  get(actor: Actor, id: string, origin: RequestOrigin): Promise<CampaignView> {
    return this.work.run(actor, origin, async (em, audit) => {
      const row = await this.require(em, id);
      await audit({ action: 'campaign.read', entityType: 'campaign', entityId: id });
      return this.view(em, row);
    });
  }

  create(actor: Actor, body: CampaignDto, origin: RequestOrigin): Promise<CampaignView> {
    return this.work.run(actor, origin, async (em, audit) => {
      await this.checkFindings(em, body.findingIds);
      const id = await insertCampaign(em, actor.organisationId, { title: body.title.trim(), summary: body.summary.trim(), status: body.status ?? 'active', by: actor.userId });
      await replaceCampaignFindings(em, actor.organisationId, id, [...new Set(body.findingIds)]);
      await audit({ action: 'campaign.created', entityType: 'campaign', entityId: id, detail: { findings: body.findingIds.length } });
      return this.view(em, await this.require(em, id));
    });
  }

  update(actor: Actor, id: string, body: UpdateCampaignDto, origin: RequestOrigin): Promise<CampaignView> {
    if ([body.title, body.summary, body.status, body.findingIds].every((v) => v === undefined)) throw new BadRequestException(['Send at least one field to change.']);
    return this.work.run(actor, origin, async (em, audit) => {
      const row = await this.require(em, id);
      if (body.findingIds) await this.checkFindings(em, body.findingIds);
      const { changes, fields } = pickChanges(body, { title: 'title', summary: 'summary', status: 'status' }, { title: trim, summary: trim });
      if (!(await versionedUpdate(em, 'campaign', id, body.version, changes, actor.userId))) throw staleVersion(await this.view(em, row));
      if (body.findingIds) await replaceCampaignFindings(em, actor.organisationId, id, [...new Set(body.findingIds)]);
      await audit({ action: 'campaign.updated', entityType: 'campaign', entityId: id, detail: { fields: [...fields, ...(body.findingIds ? ['findingIds'] : [])] } });
      return this.view(em, await this.require(em, id));
    });
  }

  remove(actor: Actor, id: string, version: number, origin: RequestOrigin): Promise<{ removed: true }> {
    return this.work.run(actor, origin, async (em, audit) => {
      const row = await this.require(em, id);
      if (!(await deleteCampaign(em, id, version))) throw staleVersion(await this.view(em, row));
      await audit({ action: 'campaign.removed', entityType: 'campaign', entityId: id, detail: { title: row.title } });
      return { removed: true };
    });
  }

  addItem(actor: Actor, id: string, kind: CampaignItemKind, body: ItemBody, origin: RequestOrigin): Promise<CampaignView> {
    return this.changeItems(actor, id, body.version, origin, async (em, audit) => {
      const values = itemValues(kind, checkAction(kind, body));
      const itemId = await insertItem(em, kind, actor.organisationId, id, values);
      await audit({ action: 'campaign.item_added', entityType: 'campaign', entityId: id, detail: { kind, itemId } });
    });
  }

  updateItem(actor: Actor, id: string, kind: CampaignItemKind, itemId: string, body: ItemBody, origin: RequestOrigin): Promise<CampaignView> {
    const sent = Object.fromEntries(Object.entries(body).filter(([field, v]) => field !== 'version' && v !== undefined));
    if (!Object.keys(sent).length) throw new BadRequestException(['Send at least one field to change.']);
    return this.changeItems(actor, id, body.version, origin, async (em, audit) => {
      const before = await this.requireItem(em, kind, id, itemId);
      const values = itemValues(kind, checkAction(kind, { ...before, ...sent }));
      const changed = Object.fromEntries(Object.entries(itemValues(kind, sent)).map(([column]) => [column, values[column]]));
      await updateItem(em, kind, id, itemId, changed);
      await audit({ action: 'campaign.item_changed', entityType: 'campaign', entityId: id, detail: { kind, itemId, fields: Object.keys(sent) } });
    });
  }

  removeItem(actor: Actor, id: string, kind: CampaignItemKind, itemId: string, version: number, origin: RequestOrigin): Promise<CampaignView> {
    return this.changeItems(actor, id, version, origin, async (em, audit) => {
      await this.requireItem(em, kind, id, itemId);
      await deleteItem(em, kind, id, itemId);
      await audit({ action: 'campaign.item_removed', entityType: 'campaign', entityId: id, detail: { kind, itemId } });
    });
  }

  /** An item's change moves the campaign's version on: one version covers the campaign and all it holds. */
  private changeItems(
    actor: Actor,
    id: string,
    version: number,
    origin: RequestOrigin,
    change: (em: EntityManager, audit: AuditNow) => Promise<void>,
  ): Promise<CampaignView> {
    return this.work.run(actor, origin, async (em, audit) => {
      const row = await this.require(em, id);
      if (!(await versionedUpdate(em, 'campaign', id, version, {}, actor.userId))) throw staleVersion(await this.view(em, row));
      await change(em, audit);
      return this.view(em, await this.require(em, id));
    });
  }

  private async checkFindings(em: EntityManager, ids: string[]): Promise<void> {
    const approved = await approvedFindingIds(em, ids);
    const problems = ids.filter((id) => !approved.includes(id)).map((id) => `findingIds: ${id} is not an approved finding of your organisation`);
    if (problems.length) throw new BadRequestException(problems);
  }

  private async require(em: EntityManager, id: string): Promise<CampaignRow> {
    const row = await findCampaign(em, id);
    if (!row) throw new OutOfScopeException('campaign', id, false, CAMPAIGN_NOT_FOUND);
    return row;
  }

  private async requireItem(em: EntityManager, kind: CampaignItemKind, id: string, itemId: string): Promise<Record<string, unknown>> {
    const item = await findItem(em, kind, id, itemId);
    if (!item) throw new OutOfScopeException('campaign', itemId, false, ITEM_NOT_FOUND[kind]);
    return item;
  }

  private async view(em: EntityManager, row: CampaignRow): Promise<CampaignView> {
    return (await this.views(em, [row]))[0];
  }

  private async views(em: EntityManager, rows: CampaignRow[]): Promise<CampaignView[]> {
    const ids = rows.map((r) => r.id);
    const findings = await campaignFindings(em, ids);
    const items = await campaignItems(em, ids);
    const of = <T extends { campaignId: string }>(list: T[], id: string) => list.filter((x) => x.campaignId === id).map(({ campaignId: _, ...rest }) => rest);
    return rows.map((r) => ({
      ...r,
      findingIds: findings.filter((f) => f.campaignId === r.id).map((f) => f.id),
      findings: of(findings, r.id),
      asks: of(items.asks, r.id),
      targets: of(items.targets, r.id),
      actions: of(items.actions, r.id),
      outcomes: of(items.outcomes, r.id),
    }));
  }
}

const trim = (v: unknown) => String(v).trim();

/** An action is done exactly when it has the date it was done. */
function checkAction(kind: CampaignItemKind, item: Record<string, unknown>): Record<string, unknown> {
  if (kind !== 'actions') return item;
  const status = item['status'] ?? 'planned';
  const doneOn = item['doneOn'] ?? null;
  if (status === 'done' && !doneOn) throw new BadRequestException(['doneOn: give the date a done action was done']);
  if (status !== 'done' && doneOn) throw new BadRequestException(['doneOn: only a done action has a date it was done (set status to done)']);
  return { ...item, status };
}

/** The item's fields as columns, text trimmed; only the fields the kind has. */
function itemValues(kind: CampaignItemKind, item: Record<string, unknown>): Record<string, unknown> {
  const columns: Record<string, string> = CAMPAIGN_ITEMS[kind].columns;
  return Object.fromEntries(
    Object.entries(columns)
      .filter(([field]) => item[field] !== undefined)
      .map(([field, column]) => [column, typeof item[field] === 'string' ? (item[field] as string).trim() : item[field]]),
  );
}
