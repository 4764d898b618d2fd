import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AccessLogEntry, AuditEventView, AuditPerson, BreakGlassReasonCategory, ChainVerification } from '@beside/shared/contracts';
import type { Page } from '@beside/shared/util';
import type { Observable } from 'rxjs';

export interface AuditFilters {
  actorId?: string;
  subjectId?: string;
  action?: string;
  outcome?: 'success' | 'denied' | 'error';
  from?: string;
  to?: string;
}

export interface BreakGlassGrant {
  id: string;
  journeyId: string;
  serviceUserId: string;
  userId: string;
  userName: string;
  /** The woman whose journey was opened. */
  serviceUserName: string;
  reasonCategory: BreakGlassReasonCategory;
  /** False: the access let her read, not change. */
  allowsWrite: boolean;
  reason: string;
  grantedAt: string;
  expiresAt: string;
  reviewedAt: string | null;
  reviewedByName: string | null;
  reviewComment: string | null;
}

export type AuditScope = 'all' | 'account';

function toParams(filters: AuditFilters, cursor?: string | null): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value) params = params.set(key, value);
  }
  return cursor ? params.set('cursor', cursor) : params;
}

@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  search(scope: AuditScope, filters: AuditFilters, cursor?: string | null): Observable<Page<AuditEventView>> {
    const path = scope === 'account' ? '/api/audit/account-events' : '/api/audit/events';
    return this.http.get<Page<AuditEventView>>(path, { params: toParams(filters, cursor) });
  }

  /** A same-origin link: the browser downloads it with the session cookie. */
  csvUrl(filters: AuditFilters): string {
    const query = toParams(filters).toString();
    return `/api/audit/events.csv${query ? `?${query}` : ''}`;
  }

  /** People to search by, by name: accounts for "who did it", women for "whose data". */
  people(as: 'actor' | 'subject', q: string): Observable<AuditPerson[]> {
    return this.http.get<AuditPerson[]>('/api/audit/people', { params: new HttpParams().set('as', as).set('q', q) });
  }

  verify(): Observable<ChainVerification> {
    return this.http.get<ChainVerification>('/api/audit/verify');
  }

  breakGlassToReview(): Observable<BreakGlassGrant[]> {
    return this.http.get<BreakGlassGrant[]>('/api/break-glass');
  }

  review(grantId: string, comment: string): Observable<void> {
    return this.http.post<void>(`/api/break-glass/${grantId}/review`, { comment });
  }

  accessLog(cursor?: string | null): Observable<Page<AccessLogEntry>> {
    return this.http.get<Page<AccessLogEntry>>('/api/my/access-log', { params: toParams({}, cursor) });
  }
}
