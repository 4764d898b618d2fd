import { inject, Injectable, signal } from '@angular/core';
import type { CampaignRequest, CampaignView } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import type { Observable } from 'rxjs';
import { CampaignsApi, type CampaignItemKind } from './campaigns-api';

/**
 * Campaigns that follow the panel's findings: `list` for the campaigns page, `current` for one campaign. Every change
 * to a campaign or its asks, targets, actions and outcomes carries the version it was read at; a stale one is a 409.
 */
@Injectable()
export class CampaignsStore {
  private readonly api = inject(CampaignsApi);
  readonly list = signal<CampaignView[] | null>(null);
  readonly current = signal<CampaignView | null>(null);
  readonly problem = signal<string | null>(null);

  loadAll(): Promise<boolean> {
    return readInto(this.api.campaigns(), (list) => this.list.set(list), this.problem);
  }

  load(id: string): Promise<boolean> {
    return readInto(this.api.campaign(id), (campaign) => this.current.set(campaign), this.problem);
  }

  create(request: CampaignRequest, idempotencyKey?: string): Promise<WriteResult<CampaignView>> {
    return this.write(this.api.create(request, idempotencyKey));
  }

  update(request: Partial<CampaignRequest>): Promise<WriteResult<CampaignView>> {
    const campaign = this.open();
    return this.write(this.api.update(campaign.id, { ...request, version: campaign.version }));
  }

  addItem(kind: CampaignItemKind, body: object, idempotencyKey?: string): Promise<WriteResult<CampaignView>> {
    const campaign = this.open();
    return this.write(this.api.addItem(campaign.id, kind, { ...body, version: campaign.version }, idempotencyKey));
  }

  updateItem(kind: CampaignItemKind, itemId: string, body: object): Promise<WriteResult<CampaignView>> {
    const campaign = this.open();
    return this.write(this.api.updateItem(campaign.id, kind, itemId, { ...body, version: campaign.version }));
  }

  removeItem(kind: CampaignItemKind, itemId: string): Promise<WriteResult<CampaignView>> {
    const campaign = this.open();
    return this.write(this.api.removeItem(campaign.id, kind, itemId, campaign.version));
  }

  private open(): CampaignView {
    const campaign = this.current();
    if (!campaign) throw new Error('No campaign is open');
    return campaign;
  }

  private async write(request: Observable<CampaignView>): Promise<WriteResult<CampaignView>> {
    const result = await attemptWrite(request);
    if (result.ok) {
      const campaign = result.value;
      this.current.set(campaign);
      const list = this.list();
      if (list) this.list.set([...list.filter((c) => c.id !== campaign.id), campaign]);
    }
    return result;
  }
}
