import { HttpClient, type HttpResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { SafetyPlanReviewRequest, SafetyPlanSectionKey, SafetyPlanView, SaveSafetyPlanSectionRequest } from '@beside/shared/contracts';
import type { Observable } from 'rxjs';

const id = (value: string): string => encodeURIComponent(value);

/** Her safety plan as staff write it with her: section by section, a review date, and a neutral PDF to print or keep. */
@Injectable({ providedIn: 'root' })
export class JourneySafetyPlanApi {
  private readonly http = inject(HttpClient);

  read(journeyId: string): Observable<SafetyPlanView> {
    return this.http.get<SafetyPlanView>(`/api/journeys/${id(journeyId)}/safety-plan`);
  }

  saveSection(journeyId: string, key: SafetyPlanSectionKey, request: SaveSafetyPlanSectionRequest): Observable<SafetyPlanView> {
    return this.http.put<SafetyPlanView>(`/api/journeys/${id(journeyId)}/safety-plan/sections/${id(key)}`, request);
  }

  setReview(journeyId: string, request: SafetyPlanReviewRequest): Observable<SafetyPlanView> {
    return this.http.put<SafetyPlanView>(`/api/journeys/${id(journeyId)}/safety-plan/review`, request);
  }

  pdf(journeyId: string): Observable<HttpResponse<Blob>> {
    return this.http.get(`/api/journeys/${id(journeyId)}/safety-plan/pdf`, { responseType: 'blob', observe: 'response' });
  }
}
