import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CampaignRequest, CampaignView } from '@beside/shared/contracts';
import { idempotencyHeaders } from '@beside/web/core';
import type { Observable } from 'rxjs';

/** The four kinds of thing a campaign holds, each with its own routes under the campaign. */
export type CampaignItemKind = 'asks' | 'targets' | 'actions' | 'outcomes';

const campaign = (id: string) => `/api/campaigns/${encodeURIComponent(id)}`;
const item = (id: string, kind: CampaignItemKind, itemId: string) => `${campaign(id)}/${kind}/${encodeURIComponent(itemId)}`;

/** Campaigns that follow the panel's findings: asks, targets, actions and outcomes, each written with the campaign's version. */
@Injectable({ providedIn: 'root' })
export class CampaignsApi {
  private readonly http = inject(HttpClient);

  campaigns(): Observable<CampaignView[]> {
    return this.http.get<CampaignView[]>('/api/campaigns');
  }

  campaign(id: string): Observable<CampaignView> {
    return this.http.get<CampaignView>(campaign(id));
  }

  create(request: CampaignRequest, idempotencyKey?: string): Observable<CampaignView> {
    return this.http.post<CampaignView>('/api/campaigns', request, { headers: idempotencyHeaders(idempotencyKey) });
  }

  update(id: string, request: Partial<CampaignRequest> & { version: number }): Observable<CampaignView> {
    return this.http.patch<CampaignView>(campaign(id), request);
  }

  addItem(id: string, kind: CampaignItemKind, body: object & { version: number }, idempotencyKey?: string): Observable<CampaignView> {
    return this.http.post<CampaignView>(`${campaign(id)}/${kind}`, body, { headers: idempotencyHeaders(idempotencyKey) });
  }

  updateItem(id: string, kind: CampaignItemKind, itemId: string, body: object & { version: number }): Observable<CampaignView> {
    return this.http.patch<CampaignView>(item(id, kind, itemId), body);
  }

  removeItem(id: string, kind: CampaignItemKind, itemId: string, version: number): Observable<CampaignView> {
    return this.http.delete<CampaignView>(item(id, kind, itemId), { body: { version } });
  }
}
