import { HttpClient, type HttpResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { MyRiskAssessment, MySharing, SafetyPlanSectionKey, SafetyPlanView, SaveSafetyPlanSectionRequest } from '@beside/shared/contracts';
import type { Observable } from 'rxjs';

/** Her own safety plan, her risk assessments and what was shared about her, from her portal (/api/my/…). */
@Injectable({ providedIn: 'root' })
export class MySafetyApi {
  private readonly http = inject(HttpClient);

  plan(): Observable<SafetyPlanView> {
    return this.http.get<SafetyPlanView>('/api/my/safety-plan');
  }

  saveSection(key: SafetyPlanSectionKey, request: SaveSafetyPlanSectionRequest): Observable<SafetyPlanView> {
    return this.http.put<SafetyPlanView>(`/api/my/safety-plan/sections/${encodeURIComponent(key)}`, request);
  }

  pdf(): Observable<HttpResponse<Blob>> {
    return this.http.get('/api/my/safety-plan/pdf', { responseType: 'blob', observe: 'response' });
  }

  assessments(): Observable<MyRiskAssessment[]> {
    return this.http.get<MyRiskAssessment[]>('/api/my/risk-assessments');
  }

  sharing(): Observable<MySharing[]> {
    return this.http.get<MySharing[]>('/api/my/information-sharing');
  }
}
