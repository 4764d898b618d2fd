import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ReferralAgencyView, SaveReferralAgencyRequest } from '@beside/shared/contracts';
import type { Observable } from 'rxjs';

const agency = (key: string): string => `/api/referral-agencies/${encodeURIComponent(key)}`;

/** The organisation's agencies for multi-agency referrals: the defaults with its changes, and its own. */
@Injectable({ providedIn: 'root' })
export class ReferralAgenciesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<ReferralAgencyView[]> {
    return this.http.get<ReferralAgencyView[]>('/api/referral-agencies');
  }

  /** A changed default or one of the organisation's own; saving an archived one brings it back. */
  save(key: string, request: SaveReferralAgencyRequest): Observable<ReferralAgencyView> {
    return this.http.put<ReferralAgencyView>(agency(key), request);
  }

  /** No new referrals to it; those made carry on. */
  archive(key: string): Observable<ReferralAgencyView> {
    return this.http.delete<ReferralAgencyView>(agency(key));
  }
}
