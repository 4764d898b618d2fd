import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CreateSharingDecisionRequest, ReviewSharingDecisionRequest, SharingDecisionView } from '@beside/shared/contracts';
import { idempotencyHeaders } from '@beside/web/core';
import type { Observable } from 'rxjs';

const id = (value: string): string => encodeURIComponent(value);

/** Staff's routes for the decisions to share her information with another agency, and a manager's review of one. */
@Injectable({ providedIn: 'root' })
export class SharingDecisionsApi {
  private readonly http = inject(HttpClient);

  list(journeyId: string): Observable<SharingDecisionView[]> {
    return this.http.get<SharingDecisionView[]>(`/api/journeys/${id(journeyId)}/sharing-decisions`);
  }

  create(journeyId: string, request: CreateSharingDecisionRequest, idempotencyKey?: string): Observable<SharingDecisionView> {
    return this.http.post<SharingDecisionView>(`/api/journeys/${id(journeyId)}/sharing-decisions`, request, { headers: idempotencyHeaders(idempotencyKey) });
  }

  read(decisionId: string): Observable<SharingDecisionView> {
    return this.http.get<SharingDecisionView>(`/api/sharing-decisions/${id(decisionId)}`);
  }

  review(decisionId: string, request: ReviewSharingDecisionRequest, idempotencyKey?: string): Observable<SharingDecisionView> {
    return this.http.post<SharingDecisionView>(`/api/sharing-decisions/${id(decisionId)}/review`, request, { headers: idempotencyHeaders(idempotencyKey) });
  }
}
