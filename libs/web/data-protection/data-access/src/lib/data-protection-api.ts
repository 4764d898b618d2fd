import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AnswerDataRequestRequest,
  BreachActionRequest,
  BreachDecisionRequest,
  BreachView,
  CaseloadEntry,
  DataRequestView,
  DecideDataRequestRequest,
  ExtendDataRequestRequest,
  RecordBreachRequest,
  RecordDataRequestRequest,
  UpdateBreachRequest,
} from '@beside/shared/contracts';
import type { Page } from '@beside/shared/util';
import { idempotencyHeaders } from '@beside/web/core';
import type { Observable } from 'rxjs';

/** Which requests to list: those not yet answered, or all of them. */
export type DataRequestFilter = 'open' | 'all';

/** Whom a breach decision is about: the Information Commissioner, or the women affected. */
export type BreachAudience = 'ico' | 'women';

/** The managers' data protection routes: requests from the women (/api/data-requests) and the breach register (/api/breaches). */
@Injectable({ providedIn: 'root' })
export class DataProtectionApi {
  private readonly http = inject(HttpClient);

  requests(status: DataRequestFilter): Observable<DataRequestView[]> {
    return this.http.get<DataRequestView[]>('/api/data-requests', { params: { status } });
  }
  request(id: string): Observable<DataRequestView> {
    return this.http.get<DataRequestView>(`/api/data-requests/${id}`);
  }
  recordRequest(body: RecordDataRequestRequest, key?: string): Observable<DataRequestView> {
    return this.http.post<DataRequestView>('/api/data-requests', body, { headers: idempotencyHeaders(key) });
  }
  extend(id: string, body: ExtendDataRequestRequest, key?: string): Observable<DataRequestView> {
    return this.http.post<DataRequestView>(`/api/data-requests/${id}/extend`, body, { headers: idempotencyHeaders(key) });
  }
  decide(id: string, body: DecideDataRequestRequest, key?: string): Observable<DataRequestView> {
    return this.http.post<DataRequestView>(`/api/data-requests/${id}/decision`, body, { headers: idempotencyHeaders(key) });
  }
  answer(id: string, body: AnswerDataRequestRequest, key?: string): Observable<DataRequestView> {
    return this.http.post<DataRequestView>(`/api/data-requests/${id}/answer`, body, { headers: idempotencyHeaders(key) });
  }
  /** Women on the organisation's caseload whose name matches, to record a request made by letter or in person. */
  findWomen(q: string): Observable<Page<CaseloadEntry>> {
    return this.http.get<Page<CaseloadEntry>>('/api/journeys', { params: { q, sort: 'name', limit: 20 } });
  }

  breaches(): Observable<BreachView[]> {
    return this.http.get<BreachView[]>('/api/breaches');
  }
  breach(id: string): Observable<BreachView> {
    return this.http.get<BreachView>(`/api/breaches/${id}`);
  }
  recordBreach(body: RecordBreachRequest, key?: string): Observable<BreachView> {
    return this.http.post<BreachView>('/api/breaches', body, { headers: idempotencyHeaders(key) });
  }
  updateBreach(id: string, body: UpdateBreachRequest): Observable<BreachView> {
    return this.http.patch<BreachView>(`/api/breaches/${id}`, body);
  }
  decideBreach(id: string, audience: BreachAudience, body: BreachDecisionRequest, key?: string): Observable<BreachView> {
    return this.http.post<BreachView>(`/api/breaches/${id}/${audience}-decision`, body, { headers: idempotencyHeaders(key) });
  }
  addAction(id: string, body: BreachActionRequest, key?: string): Observable<BreachView> {
    return this.http.post<BreachView>(`/api/breaches/${id}/actions`, body, { headers: idempotencyHeaders(key) });
  }
  closeBreach(id: string, version: number, key?: string): Observable<BreachView> {
    return this.http.post<BreachView>(`/api/breaches/${id}/close`, { version }, { headers: idempotencyHeaders(key) });
  }
}
