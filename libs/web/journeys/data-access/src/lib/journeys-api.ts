import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CaseloadEntry,
  ConsentView,
  IntakeRequest,
  JourneyDetail,
  InvitationCreated,
  ReassignAdvocatesRequest,
  ServiceUserProfile,
  ServiceUserProfileInput,
  StaffMember,
  StatusChangeRequest,
  TimelineEntry,
  TrendPoint,
} from '@beside/shared/contracts';
import type { Page } from '@beside/shared/util';
import { idempotencyHeaders } from '@beside/web/core';
import type { Observable } from 'rxjs';
import type { CaseloadFilters, JourneyView } from './journey-view';

export function pageParams(cursor?: string | null, extra: Record<string, string | undefined> = {}): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(extra)) if (value) params = params.set(key, value);
  return cursor ? params.set('cursor', cursor) : params;
}

/** Journeys, her profile and consents, timeline and trend. Her name goes in a query parameter of the API call only, never in the page address. */
@Injectable({ providedIn: 'root' })
export class JourneysApi {
  private readonly http = inject(HttpClient);

  caseload(filters: CaseloadFilters = {}, cursor?: string | null, limit = 50): Observable<Page<CaseloadEntry>> {
    const params = pageParams(cursor, { q: filters.q, status: filters.status, sort: filters.sort, advocateId: filters.advocateId, limit: String(limit) });
    return this.http.get<Page<CaseloadEntry>>('/api/journeys', { params });
  }

  /** Active colleagues of her organisation who can be named on a journey. */
  staff(role?: StaffMember['role']): Observable<StaffMember[]> {
    return this.http.get<StaffMember[]>('/api/staff', { params: pageParams(null, { role }) });
  }

  /** An account for her, opening her own profile; the link goes by email. */
  inviteServiceUser(serviceUserId: string, invitation: { email: string; displayName: string }, idempotencyKey?: string): Observable<InvitationCreated> {
    return this.http.post<InvitationCreated>(
      '/api/accounts/invitations',
      { ...invitation, role: 'service_user', serviceUserId },
      { headers: idempotencyHeaders(idempotencyKey) },
    );
  }

  intake(request: IntakeRequest, idempotencyKey?: string): Observable<JourneyDetail> {
    return this.http.post<JourneyDetail>('/api/journeys', request, { headers: idempotencyHeaders(idempotencyKey) });
  }

  journey(journeyId: string): Observable<JourneyView> {
    return this.http.get<JourneyView>(`/api/journeys/${journeyId}`);
  }

  updateJourney(journeyId: string, changes: { planReviewDate?: string | null; version: number }): Observable<JourneyDetail> {
    return this.http.patch<JourneyDetail>(`/api/journeys/${journeyId}`, changes);
  }

  changeStatus(journeyId: string, request: StatusChangeRequest): Observable<JourneyDetail> {
    return this.http.post<JourneyDetail>(`/api/journeys/${journeyId}/status`, request);
  }

  /** A manager changes the journey's advocates; both are told in the app. */
  reassignAdvocates(journeyId: string, request: ReassignAdvocatesRequest): Observable<JourneyDetail> {
    return this.http.post<JourneyDetail>(`/api/journeys/${journeyId}/advocates`, request);
  }

  serviceUser(serviceUserId: string): Observable<ServiceUserProfile> {
    return this.http.get<ServiceUserProfile>(`/api/service-users/${serviceUserId}`);
  }

  updateServiceUser(serviceUserId: string, changes: ServiceUserProfileInput & { version: number }): Observable<ServiceUserProfile> {
    return this.http.patch<ServiceUserProfile>(`/api/service-users/${serviceUserId}`, changes);
  }

  consents(serviceUserId: string): Observable<ConsentView[]> {
    return this.http.get<ConsentView[]>(`/api/service-users/${serviceUserId}/consents`);
  }

  recordConsent(
    serviceUserId: string,
    consent: { agreement: string; sharedWith: string | null; givenOn: string; validUntil: string | null },
    idempotencyKey?: string,
  ): Observable<ConsentView> {
    return this.http.post<ConsentView>(`/api/service-users/${serviceUserId}/consents`, consent, { headers: idempotencyHeaders(idempotencyKey) });
  }

  withdrawConsent(consentId: string, version: number): Observable<ConsentView> {
    return this.http.post<ConsentView>(`/api/consents/${consentId}/withdraw`, { version });
  }

  timeline(journeyId: string, cursor?: string | null): Observable<Page<TimelineEntry>> {
    return this.http.get<Page<TimelineEntry>>(`/api/journeys/${journeyId}/timeline`, { params: pageParams(cursor) });
  }

  trend(journeyId: string): Observable<TrendPoint[]> {
    return this.http.get<TrendPoint[]>(`/api/journeys/${journeyId}/trend`);
  }
}
