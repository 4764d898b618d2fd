import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CastVoteRequest,
  DecideFindingRequest,
  FindingView,
  PanelSettingsView,
  ProposeFindingRequest,
  RankFindingsRequest,
  UpdatePanelSettingsRequest,
} from '@beside/shared/contracts';
import { idempotencyHeaders } from '@beside/web/core';
import type { Observable } from 'rxjs';

const finding = (id: string) => `/api/findings/${encodeURIComponent(id)}`;

/** The lived-experience panel's routes: its settings, its findings with their votes and decisions, and the order of its priorities. */
@Injectable({ providedIn: 'root' })
export class PanelApi {
  private readonly http = inject(HttpClient);

  settings(): Observable<PanelSettingsView> {
    return this.http.get<PanelSettingsView>('/api/panel/settings');
  }

  saveSettings(request: UpdatePanelSettingsRequest): Observable<PanelSettingsView> {
    return this.http.put<PanelSettingsView>('/api/panel/settings', request);
  }

  findings(): Observable<FindingView[]> {
    return this.http.get<FindingView[]>('/api/findings');
  }

  finding(id: string): Observable<FindingView> {
    return this.http.get<FindingView>(finding(id));
  }

  propose(request: ProposeFindingRequest, idempotencyKey?: string): Observable<FindingView> {
    return this.http.post<FindingView>('/api/findings', request, { headers: idempotencyHeaders(idempotencyKey) });
  }

  vote(id: string, request: CastVoteRequest, idempotencyKey?: string): Observable<FindingView> {
    return this.http.post<FindingView>(`${finding(id)}/votes`, request, { headers: idempotencyHeaders(idempotencyKey) });
  }

  decide(id: string, request: DecideFindingRequest): Observable<FindingView> {
    return this.http.post<FindingView>(`${finding(id)}/decision`, request);
  }

  rank(request: RankFindingsRequest): Observable<unknown> {
    return this.http.put('/api/findings/priorities', request);
  }
}
