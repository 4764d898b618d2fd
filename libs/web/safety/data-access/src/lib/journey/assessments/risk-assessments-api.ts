import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateRiskAssessmentRequest,
  HideRiskAssessmentRequest,
  ReviewHiddenAssessmentRequest,
  RiskAssessmentView,
  RiskChecklistView,
} from '@beside/shared/contracts';
import { idempotencyHeaders } from '@beside/web/core';
import type { Observable } from 'rxjs';

const id = (value: string): string => encodeURIComponent(value);

/** Risk assessments done with her on her journey, the checklists to do them with, and a manager's "not safe to show her". */
@Injectable({ providedIn: 'root' })
export class JourneyRiskAssessmentsApi {
  private readonly http = inject(HttpClient);

  list(journeyId: string): Observable<RiskAssessmentView[]> {
    return this.http.get<RiskAssessmentView[]>(`/api/journeys/${id(journeyId)}/risk-assessments`);
  }

  one(assessmentId: string): Observable<RiskAssessmentView> {
    return this.http.get<RiskAssessmentView>(`/api/risk-assessments/${id(assessmentId)}`);
  }

  create(journeyId: string, request: CreateRiskAssessmentRequest, idempotencyKey?: string): Observable<RiskAssessmentView> {
    return this.http.post<RiskAssessmentView>(`/api/journeys/${id(journeyId)}/risk-assessments`, request, { headers: idempotencyHeaders(idempotencyKey) });
  }

  hide(assessmentId: string, request: HideRiskAssessmentRequest, idempotencyKey?: string): Observable<RiskAssessmentView> {
    return this.http.post<RiskAssessmentView>(`/api/risk-assessments/${id(assessmentId)}/hide`, request, { headers: idempotencyHeaders(idempotencyKey) });
  }

  reviewHidden(assessmentId: string, request: ReviewHiddenAssessmentRequest, idempotencyKey?: string): Observable<RiskAssessmentView> {
    return this.http.post<RiskAssessmentView>(`/api/risk-assessments/${id(assessmentId)}/hide-review`, request, { headers: idempotencyHeaders(idempotencyKey) });
  }

  /** The organisation's checklists with their versions; new assessments use each one's current version. */
  checklists(): Observable<RiskChecklistView[]> {
    return this.http.get<RiskChecklistView[]>('/api/risk-checklists');
  }
}
