import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AddReferralActionRequest,
  ConcernSummary,
  CreateMultiAgencyReferralRequest,
  MarkReferralSentRequest,
  MoveReferralStatusRequest,
  MultiAgencyReferralView,
  ReferralAgencyView,
  RiskAssessmentView,
  StaffMember,
  UpdateMultiAgencyReferralRequest,
} from '@beside/shared/contracts';
import { idempotencyHeaders } from '@beside/web/core';
import type { Observable } from 'rxjs';

const id = (value: string): string => encodeURIComponent(value);

/** Staff's routes for multi-agency referrals on her journey, and what the form draws on (agencies, concerns, staff, her assessments). */
@Injectable({ providedIn: 'root' })
export class MultiAgencyReferralsApi {
  private readonly http = inject(HttpClient);

  agencies(): Observable<ReferralAgencyView[]> {
    return this.http.get<ReferralAgencyView[]>('/api/referral-agencies');
  }

  list(journeyId: string): Observable<MultiAgencyReferralView[]> {
    return this.http.get<MultiAgencyReferralView[]>(`/api/journeys/${id(journeyId)}/multi-agency-referrals`);
  }

  create(journeyId: string, request: CreateMultiAgencyReferralRequest, idempotencyKey?: string): Observable<MultiAgencyReferralView> {
    return this.http.post<MultiAgencyReferralView>(`/api/journeys/${id(journeyId)}/multi-agency-referrals`, request, { headers: idempotencyHeaders(idempotencyKey) });
  }

  read(referralId: string): Observable<MultiAgencyReferralView> {
    return this.http.get<MultiAgencyReferralView>(`/api/multi-agency-referrals/${id(referralId)}`);
  }

  update(referralId: string, request: UpdateMultiAgencyReferralRequest): Observable<MultiAgencyReferralView> {
    return this.http.patch<MultiAgencyReferralView>(`/api/multi-agency-referrals/${id(referralId)}`, request);
  }

  markSent(referralId: string, request: MarkReferralSentRequest, idempotencyKey?: string): Observable<MultiAgencyReferralView> {
    return this.http.post<MultiAgencyReferralView>(`/api/multi-agency-referrals/${id(referralId)}/sent`, request, { headers: idempotencyHeaders(idempotencyKey) });
  }

  move(referralId: string, request: MoveReferralStatusRequest, idempotencyKey?: string): Observable<MultiAgencyReferralView> {
    return this.http.post<MultiAgencyReferralView>(`/api/multi-agency-referrals/${id(referralId)}/status`, request, { headers: idempotencyHeaders(idempotencyKey) });
  }

  addAction(referralId: string, request: AddReferralActionRequest, idempotencyKey?: string): Observable<MultiAgencyReferralView> {
    return this.http.post<MultiAgencyReferralView>(`/api/multi-agency-referrals/${id(referralId)}/actions`, request, { headers: idempotencyHeaders(idempotencyKey) });
  }

  /** `{ doneOn }` marks it done (null: not done after all). */
  updateAction(referralId: string, actionId: string, change: { doneOn: string | null }): Observable<MultiAgencyReferralView> {
    return this.http.patch<MultiAgencyReferralView>(`/api/multi-agency-referrals/${id(referralId)}/actions/${id(actionId)}`, change);
  }

  /** The concerns on her journey that a referral may be about (the Concerns tab's own route). */
  concerns(journeyId: string): Observable<ConcernSummary[]> {
    return this.http.get<ConcernSummary[]>(`/api/journeys/${id(journeyId)}/concerns`);
  }

  /** Her risk assessments: the latest fills the referral form. */
  assessments(journeyId: string): Observable<RiskAssessmentView[]> {
    return this.http.get<RiskAssessmentView[]>(`/api/journeys/${id(journeyId)}/risk-assessments`);
  }

  /** Active advocates and managers: who may own an action for us. */
  staff(): Observable<StaffMember[]> {
    return this.http.get<StaffMember[]>('/api/staff');
  }
}
