import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AcceptReferralRequest,
  DeclineReferralRequest,
  MyReferralView,
  PlanView,
  ReferralDestinationView,
  ReferralStatus,
  ReferralView,
  SendReferralRequest,
  StaffMember,
} from '@beside/shared/contracts';
import { idempotencyHeaders } from '@beside/web/core';
import type { Observable } from 'rxjs';

const id = (value: string): string => encodeURIComponent(value);

/** Referrals between member organisations: sending with her consent, the receiving inbox, and her own view in her portal. */
@Injectable({ providedIn: 'root' })
export class ReferralsApi {
  private readonly http = inject(HttpClient);

  /** Active members other than hers, with what each offers. */
  destinations(): Observable<ReferralDestinationView[]> {
    return this.http.get<ReferralDestinationView[]>('/api/referrals/destinations');
  }

  /** Her plan's goals, from which she picks those that travel. */
  plan(journeyId: string): Observable<PlanView> {
    return this.http.get<PlanView>(`/api/journeys/${id(journeyId)}/plan`);
  }

  sent(journeyId: string): Observable<ReferralView[]> {
    return this.http.get<ReferralView[]>(`/api/journeys/${id(journeyId)}/referrals`);
  }

  send(journeyId: string, request: SendReferralRequest, idempotencyKey?: string): Observable<ReferralView> {
    return this.http.post<ReferralView>(`/api/journeys/${id(journeyId)}/referrals`, request, { headers: idempotencyHeaders(idempotencyKey) });
  }

  withdraw(referralId: string, version: number): Observable<ReferralView> {
    return this.http.post<ReferralView>(`/api/referrals/${id(referralId)}/withdraw`, { version });
  }

  incoming(status?: ReferralStatus | null): Observable<ReferralView[]> {
    const params = status ? new HttpParams().set('status', status) : undefined;
    return this.http.get<ReferralView[]>('/api/referrals/incoming', { params });
  }

  incomingOne(referralId: string): Observable<ReferralView> {
    return this.http.get<ReferralView>(`/api/referrals/incoming/${id(referralId)}`);
  }

  accept(referralId: string, request: AcceptReferralRequest, idempotencyKey?: string): Observable<ReferralView> {
    return this.http.post<ReferralView>(`/api/referrals/incoming/${id(referralId)}/accept`, request, { headers: idempotencyHeaders(idempotencyKey) });
  }

  decline(referralId: string, request: DeclineReferralRequest, idempotencyKey?: string): Observable<ReferralView> {
    return this.http.post<ReferralView>(`/api/referrals/incoming/${id(referralId)}/decline`, request, { headers: idempotencyHeaders(idempotencyKey) });
  }

  /** Advocates of this organisation, to name hers when accepting. */
  advocates(): Observable<StaffMember[]> {
    return this.http.get<StaffMember[]>('/api/staff', { params: new HttpParams().set('role', 'advocate') });
  }

  mine(): Observable<MyReferralView[]> {
    return this.http.get<MyReferralView[]>('/api/my/referrals');
  }

  withdrawMine(referralId: string): Observable<MyReferralView> {
    return this.http.post<MyReferralView>(`/api/my/referrals/${id(referralId)}/withdraw`, {});
  }
}
