import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateOrganisationRequest,
  InviteOrganisationAdminRequest,
  MemberOrganisationView,
  NetworkFiguresView,
  NetworkPoolSettingView,
  OrganisationAdminView,
  SuspendOrganisationRequest,
  UpdateOrganisationRequest,
} from '@beside/shared/contracts';
import { idempotencyHeaders } from '@beside/web/core';
import type { Observable } from 'rxjs';

function withKey(idempotencyKey?: string): { headers: Record<string, string> } {
  return { headers: idempotencyHeaders(idempotencyKey) };
}

const organisation = (id: string) => `/api/network/organisations/${encodeURIComponent(id)}`;

/** The network operator's routes for member organisations, the pooled figures, and a member's own say on joining them. */
@Injectable({ providedIn: 'root' })
export class NetworkApi {
  private readonly http = inject(HttpClient);

  organisations(): Observable<MemberOrganisationView[]> {
    return this.http.get<MemberOrganisationView[]>('/api/network/organisations');
  }

  organisation(id: string): Observable<MemberOrganisationView> {
    return this.http.get<MemberOrganisationView>(organisation(id));
  }

  create(request: CreateOrganisationRequest, idempotencyKey?: string): Observable<MemberOrganisationView> {
    return this.http.post<MemberOrganisationView>('/api/network/organisations', request, withKey(idempotencyKey));
  }

  update(id: string, request: UpdateOrganisationRequest): Observable<MemberOrganisationView> {
    return this.http.patch<MemberOrganisationView>(organisation(id), request);
  }

  suspend(id: string, request: SuspendOrganisationRequest, idempotencyKey?: string): Observable<MemberOrganisationView> {
    return this.http.post<MemberOrganisationView>(`${organisation(id)}/suspend`, request, withKey(idempotencyKey));
  }

  reinstate(id: string, idempotencyKey?: string): Observable<MemberOrganisationView> {
    return this.http.post<MemberOrganisationView>(`${organisation(id)}/reinstate`, {}, withKey(idempotencyKey));
  }

  inviteAdmin(id: string, request: InviteOrganisationAdminRequest, idempotencyKey?: string): Observable<OrganisationAdminView> {
    return this.http.post<OrganisationAdminView>(`${organisation(id)}/admins`, request, withKey(idempotencyKey));
  }

  figures(from: string, to: string): Observable<NetworkFiguresView> {
    return this.http.get<NetworkFiguresView>('/api/network/figures', { params: new HttpParams().set('from', from).set('to', to) });
  }

  poolSetting(): Observable<NetworkPoolSettingView> {
    return this.http.get<NetworkPoolSettingView>('/api/organisation/network-figures');
  }

  setPoolSetting(sharesNetworkFigures: boolean): Observable<NetworkPoolSettingView> {
    return this.http.put<NetworkPoolSettingView>('/api/organisation/network-figures', { sharesNetworkFigures });
  }
}

/** The CSV of the same figures: a plain link, so the browser downloads it with the session cookie. */
export function networkFiguresCsvUrl(from: string, to: string): string {
  return `/api/network/figures.csv?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
}
