import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AddConcernActionRequest,
  AdvocateCaseload,
  CompleteConcernActionRequest,
  ConcernDetail,
  ConcernRegisterView,
  ConcernSeverity,
  ConcernSummary,
  ConcernTransitionRequest,
  Dashboard,
  JourneyDetail,
  MonthlyReport,
  NotificationList,
  RaiseStaffConcernRequest,
  ReassignAdvocatesRequest,
  StaffMember,
} from '@beside/shared/contracts';
import type { Page } from '@beside/shared/util';
import { idempotencyHeaders } from '@beside/web/core';
import type { Observable } from 'rxjs';

export interface ConcernFilters {
  view: ConcernRegisterView;
  severity?: ConcernSeverity;
  journeyId?: string;
}

function params(values: Record<string, string | null | undefined>): HttpParams {
  let p = new HttpParams();
  for (const [key, value] of Object.entries(values)) if (value) p = p.set(key, value);
  return p;
}

/** The safeguarding routes of the API: concerns, notifications, allocation, dashboard and the monthly report. */
@Injectable({ providedIn: 'root' })
export class SafeguardingApi {
  private readonly http = inject(HttpClient);

  concerns(filters: ConcernFilters, cursor: string | null, limit = 50): Observable<Page<ConcernSummary>> {
    const query = params({ view: filters.view, severity: filters.severity, journeyId: filters.journeyId, cursor, limit: String(limit) });
    return this.http.get<Page<ConcernSummary>>('/api/concerns', { params: query });
  }

  concern(concernId: string): Observable<ConcernDetail> {
    return this.http.get<ConcernDetail>(`/api/concerns/${concernId}`);
  }

  raise(request: RaiseStaffConcernRequest, idempotencyKey?: string): Observable<ConcernDetail> {
    return this.http.post<ConcernDetail>('/api/concerns', request, { headers: idempotencyHeaders(idempotencyKey) });
  }

  transition(concernId: string, request: ConcernTransitionRequest, idempotencyKey?: string): Observable<ConcernDetail> {
    return this.http.post<ConcernDetail>(`/api/concerns/${concernId}/transitions`, request, { headers: idempotencyHeaders(idempotencyKey) });
  }

  addAction(concernId: string, request: AddConcernActionRequest, idempotencyKey?: string): Observable<ConcernDetail> {
    return this.http.post<ConcernDetail>(`/api/concerns/${concernId}/actions`, request, { headers: idempotencyHeaders(idempotencyKey) });
  }

  /** Who may own an action on this concern: the API's own rule, so the list never offers someone it would refuse. */
  actionOwners(concernId: string): Observable<StaffMember[]> {
    return this.http.get<StaffMember[]>(`/api/concerns/${concernId}/action-owners`);
  }

  completeAction(concernId: string, actionId: string, request: CompleteConcernActionRequest): Observable<ConcernDetail> {
    return this.http.post<ConcernDetail>(`/api/concerns/${concernId}/actions/${actionId}/done`, request);
  }

  journeyConcerns(journeyId: string): Observable<ConcernSummary[]> {
    return this.http.get<ConcernSummary[]>(`/api/journeys/${journeyId}/concerns`);
  }

  /** Active colleagues: owners of actions, the staff member a concern is about, advocates to allocate. */
  staff(role?: StaffMember['role']): Observable<StaffMember[]> {
    return this.http.get<StaffMember[]>('/api/staff', { params: params({ role }) });
  }

  notifications(): Observable<NotificationList> {
    return this.http.get<NotificationList>('/api/notifications');
  }

  markRead(notificationId: string): Observable<void> {
    return this.http.post<void>(`/api/notifications/${notificationId}/read`, {});
  }

  markAllRead(): Observable<void> {
    return this.http.post<void>('/api/notifications/read-all', {});
  }

  allocation(): Observable<AdvocateCaseload[]> {
    return this.http.get<AdvocateCaseload[]>('/api/allocation');
  }

  reassign(journeyId: string, request: ReassignAdvocatesRequest): Observable<JourneyDetail> {
    return this.http.post<JourneyDetail>(`/api/journeys/${journeyId}/advocates`, request);
  }

  dashboard(): Observable<Dashboard> {
    return this.http.get<Dashboard>('/api/dashboard');
  }

  monthlyReport(month: string): Observable<MonthlyReport> {
    return this.http.get<MonthlyReport>('/api/reports/monthly', { params: params({ month }) });
  }
}

/** The address of the monthly report as a CSV download (a plain link: the browser saves the attachment). */
export function monthlyReportCsvUrl(month: string): string {
  return `/api/reports/monthly.csv?month=${encodeURIComponent(month)}`;
}
