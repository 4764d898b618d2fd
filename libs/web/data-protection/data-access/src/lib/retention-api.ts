import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AnonymiseRecordRequest,
  CaseloadEntry,
  JourneyRetentionView,
  KeepRecordRequest,
  LegalHoldRequest,
  RetentionRecordType,
  RetentionReviewView,
  RetentionRuleView,
  SaveRetentionRuleRequest,
} from '@beside/shared/contracts';
import type { Page } from '@beside/shared/util';
import { idempotencyHeaders } from '@beside/web/core';
import type { Observable } from 'rxjs';

/** The retention schedule, the review queue and legal holds (docs/DATA-PROTECTION.md "Retention schedule"). */
@Injectable({ providedIn: 'root' })
export class RetentionApi {
  private readonly http = inject(HttpClient);

  rules(): Observable<RetentionRuleView[]> {
    return this.http.get<RetentionRuleView[]>('/api/retention-rules');
  }
  saveRule(recordType: RetentionRecordType, body: SaveRetentionRuleRequest): Observable<RetentionRuleView> {
    return this.http.put<RetentionRuleView>(`/api/retention-rules/${recordType}`, body);
  }
  reviews(): Observable<RetentionReviewView[]> {
    return this.http.get<RetentionReviewView[]>('/api/retention-reviews');
  }
  keep(reviewId: string, body: KeepRecordRequest, key?: string): Observable<RetentionReviewView> {
    return this.http.post<RetentionReviewView>(`/api/retention-reviews/${reviewId}/keep`, body, { headers: idempotencyHeaders(key) });
  }
  anonymise(reviewId: string, body: AnonymiseRecordRequest, key?: string): Observable<RetentionReviewView> {
    return this.http.post<RetentionReviewView>(`/api/retention-reviews/${reviewId}/anonymise`, body, { headers: idempotencyHeaders(key) });
  }
  journey(journeyId: string): Observable<JourneyRetentionView> {
    return this.http.get<JourneyRetentionView>(`/api/journeys/${journeyId}/retention`);
  }
  hold(journeyId: string, body: LegalHoldRequest, key?: string): Observable<JourneyRetentionView> {
    return this.http.post<JourneyRetentionView>(`/api/journeys/${journeyId}/legal-hold`, body, { headers: idempotencyHeaders(key) });
  }
  lift(journeyId: string, body: LegalHoldRequest, key?: string): Observable<JourneyRetentionView> {
    return this.http.post<JourneyRetentionView>(`/api/journeys/${journeyId}/legal-hold/lift`, body, { headers: idempotencyHeaders(key) });
  }
  /** Journeys on the organisation's caseload whose woman's name matches, to find one to hold. */
  findJourneys(q: string): Observable<Page<CaseloadEntry>> {
    return this.http.get<Page<CaseloadEntry>>('/api/journeys', { params: { q, sort: 'name', limit: 20 } });
  }
}
