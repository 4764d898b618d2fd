import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CreateRiskChecklistRequest, RiskChecklistBody, RiskChecklistView } from '@beside/shared/contracts';
import { idempotencyHeaders } from '@beside/web/core';
import type { Observable } from 'rxjs';

const checklist = (key: string): string => `/api/risk-checklists/${encodeURIComponent(key)}`;

/** The organisation's risk checklists and their versions, as managers keep them. */
@Injectable({ providedIn: 'root' })
export class RiskChecklistsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<RiskChecklistView[]> {
    return this.http.get<RiskChecklistView[]>('/api/risk-checklists');
  }

  /** A checklist of the organisation's own (a licensed text it holds), at version 1. */
  create(request: CreateRiskChecklistRequest, idempotencyKey?: string): Observable<RiskChecklistView> {
    return this.http.post<RiskChecklistView>('/api/risk-checklists', request, { headers: idempotencyHeaders(idempotencyKey) });
  }

  /** A new version, used for assessments from now on. */
  addVersion(key: string, body: RiskChecklistBody, idempotencyKey?: string): Observable<RiskChecklistView> {
    return this.http.post<RiskChecklistView>(`${checklist(key)}/versions`, body, { headers: idempotencyHeaders(idempotencyKey) });
  }

  /** Changes a version no assessment has used (409 for the shipped one and one in use). */
  editVersion(key: string, version: number, body: RiskChecklistBody): Observable<RiskChecklistView> {
    return this.http.put<RiskChecklistView>(`${checklist(key)}/versions/${version}`, body);
  }

  archive(key: string): Observable<RiskChecklistView> {
    return this.http.delete<RiskChecklistView>(checklist(key));
  }
}
